import * as migration_20261123_072610_initial from './20261123_072610_initial';

export const migrations = [
  {
    up: migration_20261123_072610_initial.up,
    down: migration_20261123_072610_initial.down,
    name: '20261123_072610_initial'
  },
];

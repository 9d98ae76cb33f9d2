import * as migration_20261123_072556_initial from './20261123_072556_initial';

export const migrations = [
  {
    up: migration_20261123_072556_initial.up,
    down: migration_20261123_072556_initial.down,
    name: '20261123_072556_initial'
  },
];

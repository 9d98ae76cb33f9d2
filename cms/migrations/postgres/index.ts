import * as migration_20261123_071508_initial from './20261123_071508_initial';

export const migrations = [
  {
    up: migration_20261123_071508_initial.up,
    down: migration_20261123_071508_initial.down,
    name: '20261123_071508_initial'
  },
];

import * as migration_20261123_072610_initial from './20261123_072610_initial';
import * as migration_20261123_080500_releases_and_jobs from './20261123_080500_releases_and_jobs';

export const migrations = [
  {
    up: migration_20261123_072610_initial.up,
    down: migration_20261123_072610_initial.down,
    name: '20261123_072610_initial',
  },
  {
    up: migration_20261123_080500_releases_and_jobs.up,
    down: migration_20261123_080500_releases_and_jobs.down,
    name: '20261123_080500_releases_and_jobs'
  },
];

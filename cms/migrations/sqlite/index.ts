import * as migration_20261123_072556_initial from './20261123_072556_initial';
import * as migration_20261123_080446_releases_and_jobs from './20261123_080446_releases_and_jobs';

export const migrations = [
  {
    up: migration_20261123_072556_initial.up,
    down: migration_20261123_072556_initial.down,
    name: '20261123_072556_initial',
  },
  {
    up: migration_20261123_080446_releases_and_jobs.up,
    down: migration_20261123_080446_releases_and_jobs.down,
    name: '20261123_080446_releases_and_jobs'
  },
];

import * as migration_20261123_072556_initial from './20261123_072556_initial';
import * as migration_20261123_080446_releases_and_jobs from './20261123_080446_releases_and_jobs';
import * as migration_20261123_104440_release_scope from './20261123_104440_release_scope';
import * as migration_20261123_105300_workflow_quality_documents from './20261123_105300_workflow_quality_documents';
import * as migration_20261201_122048_issue8_hardening from './20261201_122048_issue8_hardening';
import * as migration_20261201_133333_i9_loaders from './20261201_133333_i9_loaders';
import * as migration_20261201_142207_i10_unknown_parts from './20261201_142207_i10_unknown_parts';
import * as migration_20261201_173659_change_sets from './20261201_173659_change_sets';
import * as migration_20261201_203659_procedures_type_level_not_stated from './20261201_203659_procedures_type_level_not_stated';
import * as migration_20261201_235650_search_synonyms_and_misses from './20261201_235650_search_synonyms_and_misses';
import * as migration_20261202_000410_i12_folded_search from './20261202_000410_i12_folded_search';
import * as migration_20261202_031809_i12_notification_obsolete from './20261202_031809_i12_notification_obsolete';
import * as migration_20261202_062754_i13_master_change_tasks from './20261202_062754_i13_master_change_tasks';
import * as migration_20261202_071116_i13_forms_not_attached from './20261202_071116_i13_forms_not_attached';
import * as migration_20261202_100138_i13_process_over_time from './20261202_100138_i13_process_over_time';
import * as migration_20261202_140148_i14_service_results from './20261202_140148_i14_service_results';
import * as migration_20261202_173319_i14_quality_objectives from './20261202_173319_i14_quality_objectives';
import * as migration_20261202_183829_i15_read_understood from './20261202_183829_i15_read_understood';
import * as migration_20261202_203911_i15_management_review from './20261202_203911_i15_management_review';
import * as migration_20261202_213731_i15_audits_capa from './20261202_213731_i15_audits_capa';
import * as migration_20261203_013949_i16_storage_instances from './20261203_013949_i16_storage_instances';
import * as migration_20261203_090205_i13_read_indexes from './20261203_090205_i13_read_indexes';
import * as migration_20261205_192501_i_vietnamese_sort from './20261205_192501_i_vietnamese_sort';

export const migrations = [
  {
    up: migration_20261123_072556_initial.up,
    down: migration_20261123_072556_initial.down,
    name: '20261123_072556_initial',
  },
  {
    up: migration_20261123_080446_releases_and_jobs.up,
    down: migration_20261123_080446_releases_and_jobs.down,
    name: '20261123_080446_releases_and_jobs',
  },
  {
    up: migration_20261123_104440_release_scope.up,
    down: migration_20261123_104440_release_scope.down,
    name: '20261123_104440_release_scope',
  },
  {
    up: migration_20261123_105300_workflow_quality_documents.up,
    down: migration_20261123_105300_workflow_quality_documents.down,
    name: '20261123_105300_workflow_quality_documents',
  },
  {
    up: migration_20261201_122048_issue8_hardening.up,
    down: migration_20261201_122048_issue8_hardening.down,
    name: '20261201_122048_issue8_hardening',
  },
  {
    up: migration_20261201_133333_i9_loaders.up,
    down: migration_20261201_133333_i9_loaders.down,
    name: '20261201_133333_i9_loaders',
  },
  {
    up: migration_20261201_142207_i10_unknown_parts.up,
    down: migration_20261201_142207_i10_unknown_parts.down,
    name: '20261201_142207_i10_unknown_parts',
  },
  {
    up: migration_20261201_173659_change_sets.up,
    down: migration_20261201_173659_change_sets.down,
    name: '20261201_173659_change_sets',
  },
  {
    up: migration_20261201_203659_procedures_type_level_not_stated.up,
    down: migration_20261201_203659_procedures_type_level_not_stated.down,
    name: '20261201_203659_procedures_type_level_not_stated',
  },
  {
    up: migration_20261201_235650_search_synonyms_and_misses.up,
    down: migration_20261201_235650_search_synonyms_and_misses.down,
    name: '20261201_235650_search_synonyms_and_misses',
  },
  {
    up: migration_20261202_000410_i12_folded_search.up,
    down: migration_20261202_000410_i12_folded_search.down,
    name: '20261202_000410_i12_folded_search',
  },
  {
    up: migration_20261202_031809_i12_notification_obsolete.up,
    down: migration_20261202_031809_i12_notification_obsolete.down,
    name: '20261202_031809_i12_notification_obsolete',
  },
  {
    up: migration_20261202_062754_i13_master_change_tasks.up,
    down: migration_20261202_062754_i13_master_change_tasks.down,
    name: '20261202_062754_i13_master_change_tasks',
  },
  {
    up: migration_20261202_071116_i13_forms_not_attached.up,
    down: migration_20261202_071116_i13_forms_not_attached.down,
    name: '20261202_071116_i13_forms_not_attached',
  },
  {
    up: migration_20261202_100138_i13_process_over_time.up,
    down: migration_20261202_100138_i13_process_over_time.down,
    name: '20261202_100138_i13_process_over_time',
  },
  {
    up: migration_20261202_140148_i14_service_results.up,
    down: migration_20261202_140148_i14_service_results.down,
    name: '20261202_140148_i14_service_results',
  },
  {
    up: migration_20261202_173319_i14_quality_objectives.up,
    down: migration_20261202_173319_i14_quality_objectives.down,
    name: '20261202_173319_i14_quality_objectives',
  },
  {
    up: migration_20261202_183829_i15_read_understood.up,
    down: migration_20261202_183829_i15_read_understood.down,
    name: '20261202_183829_i15_read_understood',
  },
  {
    up: migration_20261202_203911_i15_management_review.up,
    down: migration_20261202_203911_i15_management_review.down,
    name: '20261202_203911_i15_management_review',
  },
  {
    up: migration_20261202_213731_i15_audits_capa.up,
    down: migration_20261202_213731_i15_audits_capa.down,
    name: '20261202_213731_i15_audits_capa',
  },
  {
    up: migration_20261203_013949_i16_storage_instances.up,
    down: migration_20261203_013949_i16_storage_instances.down,
    name: '20261203_013949_i16_storage_instances',
  },
  {
    up: migration_20261203_090205_i13_read_indexes.up,
    down: migration_20261203_090205_i13_read_indexes.down,
    name: '20261203_090205_i13_read_indexes',
  },
  {
    up: migration_20261205_192501_i_vietnamese_sort.up,
    down: migration_20261205_192501_i_vietnamese_sort.down,
    name: '20261205_192501_i_vietnamese_sort'
  },
];

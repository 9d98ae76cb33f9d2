import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig, type SanitizedConfig } from 'payload'

import { Agencies } from './collections/Agencies'
import { AuditFindings } from './collections/AuditFindings'
import { AuditLog } from './collections/AuditLog'
import { AuditProgrammes } from './collections/AuditProgrammes'
import { AppliedProcedures } from './collections/AppliedProcedures'
import { ComplianceReadings } from './collections/ComplianceReadings'
import { ChangeSets } from './collections/ChangeSets'
import { Decisions } from './collections/Decisions'
import { LegalDocuments } from './collections/LegalDocuments'
import { Localities } from './collections/Localities'
import { Media } from './collections/Media'
import { withFileVisibility } from './collections/Media/withFileVisibility'
import { Notifications } from './collections/Notifications'
import { Procedures } from './collections/Procedures'
import { QualityDocumentIssues } from './collections/QualityDocumentIssues'
import { ReadAcknowledgements } from './collections/ReadAcknowledgements'
import { Nonconformities } from './collections/Nonconformities'
import { CorrectiveActions } from './collections/CorrectiveActions'
import { correctiveActionsAfterTransition } from './collections/CorrectiveActions/documentIssue'
import { readingAfterTransition } from './collections/ReadAcknowledgements/acknowledgements'
import { QualityDocuments } from './collections/QualityDocuments'
import { ManagementReviews } from './collections/ManagementReviews'
import { QualityObjectives } from './collections/QualityObjectives'
import { reviewObjectivesAfterTransition } from './collections/QualityObjectives/reviewOnMiss'
import { Releases } from './collections/Releases'
import { SearchMisses } from './collections/SearchMisses'
import { SearchSynonyms } from './collections/SearchSynonyms'
import { ReviewTasks } from './collections/ReviewTasks'
import { Sectors } from './collections/Sectors'
import { ServiceResults } from './collections/ServiceResults'
import { DataLoads } from './collections/DataLoads'
import { InternalAudits } from './collections/InternalAudits'
import { JobClaims } from './collections/JobClaims'
import { Units } from './collections/Units'
import { Users } from './collections/Users'
import { auditFailedLogin } from './collections/Users/auditFailedLogin'
import { auditTransition } from './collections/AuditLog/auditTransition'
import { notifyTransition } from './collections/Notifications/notifyTransition'
import { closeReviewTasksAfterTransition } from './collections/ReviewTasks/reviewTasks'
import { followMasterAfterTransition } from './collections/AppliedProcedures/followMaster'
import { recheckProcessesAfterTransition } from './collections/QualityDocuments/overTimeLimit'
import { apiTabForAdministrators, isAdmin } from './access'
import { databaseAdapter } from './db'
import { loadDemoTask } from './jobs/loadDemo'
import { markReviewsDueTask } from './jobs/markReviewsDue'
import { publishCatalogue } from './jobs/publishCatalogue'
import { publishOnEffectiveDateTask } from './jobs/publishOnEffectiveDate'
import { atomicBulkWrites } from './lib/atomicBulkWrites'
import { allowedOrigins } from './lib/origins'
import { rootDir } from './lib/paths'
import { keepPublicErrorMessage } from './lib/publicErrorMessage'
import { resolveSecret } from './lib/secret'
import { foldedSearch } from './plugins/foldedSearch'
import { vietnameseSort } from './plugins/vietnameseSort'
import { mediaStorage } from './collections/Media/storage'
import { complianceXlsxEndpoint } from './views/Compliance/xlsxEndpoint'
import { WORK_QUEUE_PATH } from './views/WorkQueue/path'
import { withRequestLimits } from './plugins/requestLimits'
import { autoRunCrons } from './jobs/jobsMode'
import { reviewWorkflowPlugin, type TransitionSubscriber } from './workflow'

/**
 * Payload checks at start-up (outside production) that every Payload package installed has its
 * own version, and crashes the process from a promise nobody awaits when one differs. Its S3
 * storage packages are published at 3.90.1 only, one patch behind the rest (3.90.2), and work
 * with it (package.json holds them to our payload and admin UI through overrides). The same
 * check, with that one known lag allowed, is a test: tests/architecture/payloadPackages.test.ts.
 */
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

/** The fields each collection is searched by without tone marks in the admin (cms/plugins/foldedSearch). */
export const FOLDED_SEARCH = {
  procedures: ['code', 'name'],
  'applied-procedures': ['title'],
  decisions: ['number', 'title'],
  'quality-documents': ['code', 'title'],
  'legal-documents': ['number', 'title'],
  localities: ['name'],
  sectors: ['code', 'name'],
  agencies: ['name'],
  'service-results': ['title'],
  'quality-objectives': ['title'],
  'management-reviews': ['title'],
} as const

/** The names lists sort by in Vietnamese order, whatever the database (cms/plugins/vietnameseSort). */
export const VIETNAMESE_SORT = {
  procedures: ['name'],
  sectors: ['name'],
  agencies: ['name'],
  localities: ['name'],
  users: ['name'],
  'search-synonyms': ['title'],
  'quality-documents': ['title'],
  'legal-documents': ['title'],
} as const

export interface AppConfigOptions {
  databaseURI?: string
  secret?: string
  /** More subscribers to workflow transitions, after the application's own. */
  afterTransition?: TransitionSubscriber[]
  /**
   * Accept the public site's reports of searches that found nothing (cms/collections/SearchMisses).
   * Off unless SEARCH_MISS_REPORTS=on.
   */
  searchMissReports?: boolean
}

export function buildAppConfig({
  databaseURI,
  secret,
  afterTransition = [],
  searchMissReports = process.env.SEARCH_MISS_REPORTS === 'on',
}: AppConfigOptions = {}): Promise<SanitizedConfig> {
  return buildConfig(
    withRequestLimits({
      custom: { searchMissReports },
      admin: {
        user: Users.slug,
        // Gravatar would call an outside server from every officer's browser.
        avatar: 'default',
        meta: {
          titleSuffix: ' – Danh mục thủ tục hành chính',
          description: 'Quản lý danh mục thủ tục hành chính',
        },
        dateFormat: 'dd/MM/yyyy HH:mm',
        components: {
          // The product's name and emblem on the login page (Logo) and atop the navigation (Icon).
          graphics: {
            Logo: '/components/Brand#BrandLogo',
            Icon: '/components/Brand#BrandIcon',
          },
          // Unread notifications in the header of every page. They only read Notifications, so
          // they live with that collection.
          actions: ['/collections/Notifications/components/NotificationBell#NotificationBell'],
          // What awaits each person, derived from the documents' state (cms/views/WorkQueue): on
          // the dashboard, above the notifications, and as a page of its own in the navigation.
          beforeDashboard: [
            '/components/DashboardHeading#DashboardHeading',
            '/views/WorkQueue/WorkQueue#WorkQueue',
            '/collections/Notifications/components/PendingNotifications#PendingNotifications',
            // What is missing, expired or overdue in the reader's part of the province (cms/views/Compliance).
            '/views/Compliance/Compliance#Compliance',
            // Each quality objective of the reader's localities: its latest outcome and trend.
            '/views/QualityObjectives/QualityObjectives#QualityObjectives',
          ],
          beforeNavLinks: ['/views/WorkQueue/WorkQueueNavLink#WorkQueueNavLink'],
          views: {
            workQueue: {
              Component: '/views/WorkQueue/WorkQueueView#WorkQueueView',
              path: WORK_QUEUE_PATH,
              exact: true,
              meta: { title: 'Việc của tôi' },
            },
          },
        },
        importMap: {
          baseDir: path.join(rootDir, 'cms'),
          importMapFile: path.join(rootDir, 'cms', 'app', '(payload)', 'admin', 'importMap.js'),
        },
      },
      // Who reads a file follows who reads the documents that use it (cms/collections/Media).
      collections: apiTabForAdministrators(
        withFileVisibility(
          [
            Procedures,
            AppliedProcedures,
            Decisions,
            SearchSynonyms,
            SearchMisses,
            QualityDocuments,
            QualityDocumentIssues,
            ReadAcknowledgements,
            Nonconformities,
            CorrectiveActions,
            ServiceResults,
            QualityObjectives,
            ManagementReviews,
            AuditProgrammes,
            InternalAudits,
            AuditFindings,
            Units,
            ComplianceReadings,
            ReviewTasks,
            Localities,
            Sectors,
            Agencies,
            LegalDocuments,
            Releases,
            ChangeSets,
            DataLoads,
            JobClaims,
            Media,
            Notifications,
            AuditLog,
            Users,
          ],
          {
            procedures: { public: true },
            // A draft decision's scan stays with the issuing locality's staff and the province's.
            decisions: { public: true, localityField: 'locality' },
            // Internal: never public; a locality's documents are read by its staff and the province's.
            'quality-documents': { public: false, localityField: 'locality' },
          },
        ),
      ),
      endpoints: [complianceXlsxEndpoint],
      jobs: {
        tasks: [publishCatalogue, markReviewsDueTask, publishOnEffectiveDateTask, loadDemoTask],
        // Payload lets any signed-in person run, queue or cancel jobs (GET /api/payload-jobs/run):
        // only administrators may; the publish endpoint and the schedule queue them for everyone else.
        access: {
          run: ({ req }) => isAdmin(req.user),
          queue: ({ req }) => isAdmin(req.user),
          cancel: ({ req }) => isAdmin(req.user),
        },
        // Only the long-running servers and the worker schedule them (not tests or scripts).
        autoRun: autoRunCrons(),
      },
      editor: lexicalEditor(),
      i18n: {
        fallbackLanguage: 'vi',
        supportedLanguages: { vi, en },
        // A refused save names the fields by their labels (cms/lib/refuse.ts); each field shows why.
        translations: {
          vi: {
            general: {
              // A yes/no column: "Đúng/Sai" read as right/wrong; an empty one showed "general:null"
              // (Payload looks the value up as a word) and an empty cell "<Không có …>".
              true: 'Có',
              false: 'Không',
              null: '—',
              noLabel: '—',
            } as Record<string, string>,
            error: {
              followingFieldsInvalid_one: 'Chưa lưu được. Hãy sửa trường được đánh dấu đỏ:',
              followingFieldsInvalid_other: 'Chưa lưu được. Hãy sửa các trường được đánh dấu đỏ:',
              correctInvalidFields: 'Chưa lưu được. Hãy sửa các trường được đánh dấu đỏ.',
            },
            // One vocabulary (docs/glossary.md): a document in force is "ban hành"; "xuất bản" is
            // putting the catalogue on the public site (Bản phát hành).
            version: {
              currentDraft: 'Bản nháp hiện tại',
              currentlyPublished: 'Đang ban hành',
              currentPublishedVersion: 'Phiên bản đang ban hành',
              draftHasPublishedVersion: 'Bản nháp (đã có bản ban hành)',
              published: 'Đã ban hành',
              previouslyPublished: 'Đã ban hành trước đây',
              restoreAsPublished: 'Khôi phục thành phiên bản đã ban hành',
              revertToPublished: 'Quay về bản đang ban hành',
              unpublished: 'Chưa ban hành',
            },
          },
        },
      },
      db: databaseAdapter(databaseURI),
      secret: secret ?? resolveSecret(),
      typescript: {
        outputFile: path.join(rootDir, 'cms', 'payload-types.ts'),
        // Outside production Payload spawns `payload generate:types` on every start, a whole Node
        // process (about 15 s of CPU). Tests start Payload (and the CLIs) dozens of times per run.
        autoGenerate: process.env.NODE_ENV !== 'test',
      },
      graphQL: { disablePlaygroundInProduction: true },
      // The login cookie counts only on requests from the admin's own origins (PUBLIC_ADMIN_URL,
      // ALLOWED_ORIGINS): a cross-site request is anonymous, so access control refuses it.
      csrf: allowedOrigins(),
      cors: allowedOrigins(),
      // Failed logins throw from Payload's login operation; they are recorded on the way out.
      // Public errors keep their Vietnamese message in the minified production build.
      hooks: { afterError: [auditFailedLogin, keepPublicErrorMessage] },
      telemetry: false,
      plugins: [
        // Every change to these reaches citizens only through review (cms/workflow). Each transition
        // closes the document's review tasks when it is published or withdrawn, is audited and tells
        // the next people to act, in the transition's transaction.
        reviewWorkflowPlugin({
          collections: {
            procedures: { localityField: null },
            'applied-procedures': { localityField: 'locality' },
            decisions: { localityField: 'locality' },
            'quality-documents': { localityField: 'locality' },
            'search-synonyms': { localityField: null },
            'service-results': { localityField: 'locality' },
            'quality-objectives': { localityField: 'locality' },
            'management-reviews': { localityField: 'locality' },
            // The yearly internal audit programme is approved by a second person (ISO 9001, 9.2).
            'audit-programmes': { localityField: 'locality' },
          },
          // An import's items are reviewed as one set (cms/collections/ChangeSets).
          changeSets: ChangeSets.slug,
          afterTransition: [
            closeReviewTasksAfterTransition,
            // Locality copies follow an amended, abolished or replaced master.
            followMasterAfterTransition,
            // Internal processes a shorter new time has overtaken (compliance overview).
            recheckProcessesAfterTransition,
            // Quality objectives missed two periods in a row open a review task.
            reviewObjectivesAfterTransition,
            // Read-and-understood tasks for an issue in force; a new issue supersedes the old ones.
            readingAfterTransition,
            // Corrective actions that change the document: recorded on the issue, and done.
            correctiveActionsAfterTransition,
            auditTransition,
            notifyTransition,
            ...afterTransition,
          ],
        }),
        // A bulk update or delete changes every document it matched, or none.
        atomicBulkWrites,
        // Uploads in S3 when S3_BUCKET and S3_ENDPOINT are set; the CMS still decides who reads them.
        mediaStorage(),
        // Last, so its hook folds the title other hooks have just written (applied procedures).
        foldedSearch(FOLDED_SEARCH),
        vietnameseSort(VIETNAMESE_SORT),
      ],
    }),
  )
}

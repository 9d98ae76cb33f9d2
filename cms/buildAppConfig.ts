import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig, type SanitizedConfig } from 'payload'

import { Agencies } from './collections/Agencies'
import { AuditLog } from './collections/AuditLog'
import { AppliedProcedures } from './collections/AppliedProcedures'
import { Decisions } from './collections/Decisions'
import { LegalDocuments } from './collections/LegalDocuments'
import { Localities } from './collections/Localities'
import { Media } from './collections/Media'
import { Notifications } from './collections/Notifications'
import { Procedures } from './collections/Procedures'
import { QualityDocumentIssues } from './collections/QualityDocumentIssues'
import { QualityDocuments } from './collections/QualityDocuments'
import { Releases } from './collections/Releases'
import { ReviewTasks } from './collections/ReviewTasks'
import { Sectors } from './collections/Sectors'
import { Users } from './collections/Users'
import { databaseAdapter } from './db'
import { markReviewsDueTask } from './jobs/markReviewsDue'
import { publishCatalogue } from './jobs/publishCatalogue'
import { rootDir } from './lib/paths'
import { resolveSecret } from './lib/secret'
import { withRequestLimits } from './plugins/requestLimits'

export interface AppConfigOptions {
  databaseURI?: string
  secret?: string
}

export function buildAppConfig({ databaseURI, secret }: AppConfigOptions = {}): Promise<SanitizedConfig> {
  return buildConfig(withRequestLimits({
    admin: {
      user: Users.slug,
      // Gravatar would call an outside server from every officer's browser.
      avatar: 'default',
      meta: { titleSuffix: ' – Thủ tục hành chính', description: 'Quản lý danh mục thủ tục hành chính' },
      dateFormat: 'dd/MM/yyyy HH:mm',
      components: {
        // What awaits each person: unread notifications in the header of every page and on the dashboard.
        actions: ['/components/NotificationBell#NotificationBell'],
        beforeDashboard: ['/components/PendingNotifications#PendingNotifications'],
      },
      importMap: {
        baseDir: path.join(rootDir, 'cms'),
        importMapFile: path.join(rootDir, 'cms', 'app', '(payload)', 'admin', 'importMap.js'),
      },
    },
    collections: [
      Procedures,
      AppliedProcedures,
      Decisions,
      QualityDocuments,
      QualityDocumentIssues,
      ReviewTasks,
      Localities,
      Sectors,
      Agencies,
      LegalDocuments,
      Releases,
      Media,
      Notifications,
      AuditLog,
      Users,
    ],
    jobs: {
      tasks: [publishCatalogue, markReviewsDueTask],
      // 18:00 UTC is 01:00 in Vietnam. Only the long-running server schedules it (not tests or scripts).
      autoRun: process.env.PAYLOAD_JOBS_AUTORUN === 'true' ? [{ cron: '0 18 * * *', queue: 'nightly', limit: 10 }] : [],
    },
    editor: lexicalEditor(),
    i18n: {
      fallbackLanguage: 'vi',
      supportedLanguages: { vi, en },
    },
    db: databaseAdapter(databaseURI),
    secret: secret ?? resolveSecret(),
    typescript: { outputFile: path.join(rootDir, 'cms', 'payload-types.ts') },
    graphQL: { disablePlaygroundInProduction: true },
    telemetry: false,
  }))
}

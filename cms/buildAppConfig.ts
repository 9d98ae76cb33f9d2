import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig, type SanitizedConfig } from 'payload'

import { Agencies } from './collections/Agencies'
import { AppliedProcedures } from './collections/AppliedProcedures'
import { Decisions } from './collections/Decisions'
import { LegalDocuments } from './collections/LegalDocuments'
import { Localities } from './collections/Localities'
import { Media } from './collections/Media'
import { Procedures } from './collections/Procedures'
import { Releases } from './collections/Releases'
import { Sectors } from './collections/Sectors'
import { Users } from './collections/Users'
import { databaseAdapter } from './db'
import { publishCatalogue } from './jobs/publishCatalogue'
import { rootDir } from './lib/paths'
import { resolveSecret } from './lib/secret'

export interface AppConfigOptions {
  databaseURI?: string
  secret?: string
}

export function buildAppConfig({ databaseURI, secret }: AppConfigOptions = {}): Promise<SanitizedConfig> {
  return buildConfig({
    admin: {
      user: Users.slug,
      // Gravatar would call an outside server from every officer's browser.
      avatar: 'default',
      meta: { titleSuffix: ' – Thủ tục hành chính', description: 'Quản lý danh mục thủ tục hành chính' },
      dateFormat: 'dd/MM/yyyy HH:mm',
      importMap: {
        baseDir: path.join(rootDir, 'cms'),
        importMapFile: path.join(rootDir, 'cms', 'app', '(payload)', 'admin', 'importMap.js'),
      },
    },
    collections: [Procedures, AppliedProcedures, Decisions, Localities, Sectors, Agencies, LegalDocuments, Releases, Media, Users],
    jobs: { tasks: [publishCatalogue] },
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
  })
}

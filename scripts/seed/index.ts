/**
 * npm run seed            loads the demo catalogue into an empty database
 * npm run seed -- --reset deletes the catalogue first (never in production)
 */
import { getPayload, type CollectionSlug, type Payload } from 'payload'

import config from '../../cms/payload.config'
import { runMigrations } from '../../cms/db'
import { inSystemTransaction } from '../../cms/lib/transaction'
import { seedDemo } from './seedDemo'

/** Children before parents, so that relations never point at deleted documents midway. */
const COLLECTIONS: CollectionSlug[] = [
  'quality-objectives',
  'service-results',
  'applied-procedures',
  'decisions',
  'search-synonyms',
  'procedures',
  'media',
  'legal-documents',
  'agencies',
  'sectors',
  'users',
  'localities',
]

export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'procedures' })
  return totalDocs === 0
}

async function main() {
  const reset = process.argv.includes('--reset')
  if (reset && process.env.NODE_ENV === 'production') {
    console.error('Không xóa dữ liệu khi NODE_ENV=production.')
    process.exit(1)
  }
  const payload = await getPayload({ config })
  await runMigrations(payload)
  const empty = await isEmpty(payload)
  if (!empty && !reset) {
    console.log(
      'Cơ sở dữ liệu đã có dữ liệu; không nạp lại. Dùng "npm run seed -- --reset" để xóa và nạp dữ liệu mẫu.',
    )
    await payload.destroy()
    return
  }
  const started = Date.now()
  // Reset and load in one transaction: if loading fails, the old data is still there.
  await inSystemTransaction(payload, async (req) => {
    if (!empty)
      for (const collection of COLLECTIONS)
        await payload.delete({ collection, where: { id: { exists: true } }, req })
    await seedDemo(payload, (message) => console.log(`  ${message}`), req)
  })
  console.log(`Đã nạp dữ liệu mẫu trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`)
  await payload.destroy()
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}

import type { Payload } from 'payload'

import { failInterruptedPublishes } from '../../cms/collections/Releases/interruptedPublishes'
import { runMigrations } from '../../cms/db'

/**
 * npm start's database step: the committed migrations, publishes left unfinished by a stopped
 * server closed as failed (cms/collections/Releases/interruptedPublishes.ts), then the demo catalogue when empty (never in production).
 */
export async function prepareDatabase(
  payload: Payload,
  { production, log = console.log }: { production: boolean; log?: (line: string) => void },
): Promise<void> {
  await runMigrations(payload)
  // An SQLite database has one server, this one, so none of its publishes can still be running;
  // beside other instances only those whose runner fell silent are closed.
  const interrupted = await failInterruptedPublishes(payload, { all: payload.db.name === 'sqlite' })
  if (interrupted)
    log(`Đã đánh dấu thất bại ${interrupted} lần xuất bản bị gián đoạn khi máy chủ dừng.`)
  const { totalDocs } = await payload.count({ collection: 'procedures' })
  if (totalDocs === 0 && !production) {
    log('Cơ sở dữ liệu trống: đang nạp dữ liệu mẫu của tỉnh Điện Biên…')
    const { seedDemo } = await import('../seed/seedDemo')
    await seedDemo(payload, (message) => log(`  ${message}`))
  }
}

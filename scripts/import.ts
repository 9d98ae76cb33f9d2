/**
 * npm run import -- <file or folder> [--dry-run] [--format name] [--locality code] [--as email] [--reason text]
 *
 * Reads the files, compares them with the catalogue and prints the report. With --dry-run nothing
 * is written. Otherwise the set is written as drafts in one transaction and submitted for review as
 * the --as user; a second person reviews and approves it in the admin (Lô nhập dữ liệu).
 * DATABASE_URI chooses the database as for npm start. Exit 0: done; 1: errors in the files, nothing
 * written; 2: wrong usage.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { createLocalReq, getPayload, type Payload } from 'payload'

import { mayImportInto } from '../cms/collections/ChangeSets/access'
import { transitionChangeSet } from '../cms/collections/ChangeSets/transition'
import { runMigrations } from '../cms/db'
import { createPlannedSet, writeChangeSet } from '../cms/import/changeSet/changeSet'
import { planChangeSet } from '../cms/import/changeSet/plan'
import { printPlan } from '../cms/import/changeSet/printPlan'
import { readInputs, type ImportInput } from '../cms/import/changeSet/readInputs'
import { IMPORT_FORMATS } from '../cms/import/formats'

const USAGE = `Cách dùng: npm run import -- <tệp hoặc thư mục> [--dry-run] [--format tên] [--locality mã] [--as email] [--reason "lý do"] [--take-unstated mã[:phần]]...
  --dry-run    chỉ so sánh và in báo cáo, không ghi gì
  --format     ${IMPORT_FORMATS.map((f) => f.name).join(' | ')} (mặc định: nhận ra từ nội dung)
  --locality   mã đơn vị hành chính, khi nhập thủ tục áp dụng của một địa phương
  --as         email của người nhập (bắt buộc khi ghi); lô được gửi xem xét dưới tên người này
  --reason     lý do thay đổi ghi vào lô (mặc định: "Nhập dữ liệu từ <tệp>")
  --take-unstated  khi đồng bộ: phần mà hồ sơ mới không nêu được ghi là "Chưa có thông tin"
               thay vì giữ giá trị cũ (mã thủ tục, hoặc mã:phần như 1.001193:methods.direct.fees)`

class UsageError extends Error {}

function parse(argv: string[]) {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        format: { type: 'string' },
        locality: { type: 'string' },
        as: { type: 'string' },
        reason: { type: 'string' },
        'take-unstated': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`)
  }
  const { values, positionals } = parsed
  if (values.help) throw new UsageError(USAGE)
  if (positionals.length !== 1) throw new UsageError(`Hãy chỉ một tệp hoặc một thư mục.\n${USAGE}`)
  if (values.format && !IMPORT_FORMATS.some((f) => f.name === values.format))
    throw new UsageError(
      `Không có định dạng "${values.format}". Các định dạng: ${IMPORT_FORMATS.map((f) => f.name).join(', ')}.`,
    )
  if (!values['dry-run'] && !values.as?.trim())
    throw new UsageError(
      'Hãy cho biết ai nhập lô này: --as <email> (bắt buộc khi ghi; lô được gửi xem xét dưới tên người này). Dùng --dry-run để chỉ xem báo cáo.',
    )
  return {
    target: positionals[0]!,
    dryRun: values['dry-run'],
    format: values.format,
    locality: values.locality?.trim() || null,
    as: values.as?.trim() ?? null,
    reason: values.reason,
    takeUnstated: values['take-unstated'] ?? [],
  }
}

/** A file, or every file of a folder (and its subfolders), in name order. */
function inputsOf(target: string): ImportInput[] {
  if (!fs.existsSync(target)) throw new UsageError(`Không tìm thấy "${target}".`)
  const files: string[] = []
  const walk = (entry: string) => {
    const stat = fs.statSync(entry)
    if (stat.isDirectory())
      for (const name of fs.readdirSync(entry).sort()) {
        if (!name.startsWith('.')) walk(path.join(entry, name))
      }
    else if (stat.isFile()) files.push(entry)
  }
  walk(target)
  if (files.length === 0) throw new UsageError(`Thư mục "${target}" không có tệp nào.`)
  const base = fs.statSync(target).isDirectory() ? target : path.dirname(target)
  return files.map((file) => ({
    name: path.relative(base, file) || path.basename(file),
    bytes: new Uint8Array(fs.readFileSync(file)),
  }))
}

/** Progress on stderr, one line rewritten: rows, percent, time left. */
function progressPrinter() {
  const started = Date.now()
  let last = 0
  return (done: number, total: number) => {
    const now = Date.now()
    if (done < total && now - last < 250) return
    last = now
    const elapsed = (now - started) / 1000
    const percent = total ? Math.floor((done / total) * 100) : 100
    const left = done ? Math.round((elapsed / done) * (total - done)) : null
    process.stderr.write(
      `\rĐang ghi: ${done}/${total} mục (${percent}%)${left === null ? '' : `, còn khoảng ${left} giây`}   ${done === total ? '\n' : ''}`,
    )
  }
}

async function run(payload: Payload, options: ReturnType<typeof parse>): Promise<number> {
  const inputs = inputsOf(options.target)
  const read = await readInputs(inputs, { format: options.format })
  const fileOf = (kind: string, key: string) => read.origins[`${kind}:${key}`] ?? null
  if (options.locality) {
    const { totalDocs } = await payload.count({
      collection: 'localities',
      where: { code: { equals: options.locality } },
    })
    if (!totalDocs) throw new UsageError(`Không có địa phương nào mang mã "${options.locality}".`)
  }
  const { plan } = await planChangeSet(
    payload,
    read.set,
    { locality: options.locality },
    { fileOf, takeUnstated: new Set(options.takeUnstated) },
  )
  console.log(
    `Lô nhập: ${read.formats.map((f) => `${f.name} (${f.format ?? 'không nhận ra'})`).join(', ')}; phạm vi: ${options.locality ? `địa phương ${options.locality}` : 'toàn tỉnh'}`,
  )
  for (const line of printPlan(plan)) console.log(line)
  if (plan.counts.errors > 0) {
    console.log(`\nCó ${plan.counts.errors} lỗi: không ghi gì. Hãy sửa tệp rồi nhập lại.`)
    return 1
  }
  if (options.dryRun) {
    console.log('\nChạy thử (--dry-run): không ghi gì.')
    return 0
  }

  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: options.as!.toLowerCase() } },
    limit: 1,
    depth: 0,
  })
  const user = docs[0]
  if (!user) throw new UsageError(`Không có tài khoản nào với email "${options.as}".`)
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  const localityID = options.locality
    ? String(
        (
          await payload.find({
            collection: 'localities',
            where: { code: { equals: options.locality } },
            limit: 1,
            depth: 0,
          })
        ).docs[0]!.id,
      )
    : null
  if (!mayImportInto(user, localityID))
    throw new UsageError(
      localityID
        ? `${options.as} không phải cán bộ của địa phương ${options.locality}: không được nhập cho địa phương này.`
        : `${options.as} không phải cán bộ pháp chế tỉnh: không được nhập danh mục thủ tục của tỉnh.`,
    )
  const { doc } = await createPlannedSet(req, {
    inputs,
    format: options.format,
    locality: options.locality,
    changeReason: options.reason,
    takeUnstated: options.takeUnstated,
  })
  await writeChangeSet(req, doc.id, progressPrinter())
  const submitted = await transitionChangeSet(req, doc.id, { action: 'submit' })
  submitted.afterCommit()
  console.log(`\nĐã ghi lô "${doc.title}" thành bản dự thảo. ${submitted.message}`)
  console.log(`Xem và phê duyệt trong trang quản trị: /admin/collections/change-sets/${doc.id}`)
  return 0
}

async function main(): Promise<number> {
  let options
  try {
    options = parse(process.argv.slice(2))
  } catch (error) {
    console.error((error as Error).message)
    return 2
  }
  const { default: config } = await import('../cms/payload.config')
  const payload = await getPayload({ config })
  try {
    await runMigrations(payload)
    return await run(payload, options)
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message)
      return 2
    }
    console.error(`Nhập dữ liệu thất bại, không có gì được ghi: ${(error as Error).message}`)
    return 1
  } finally {
    await payload.destroy()
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)

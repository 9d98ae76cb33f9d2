/**
 * The arguments of `npm run export`: without --format the release snapshot (as before), with
 * --format a file in a national shape. Read before Payload starts, so a typo costs nothing.
 */
import { parseArgs } from 'node:util'

import { EXPORT_FORMATS, type ExportFormat } from '../../cms/export/exportProcedures'

export type ExportArgs =
  | { kind: 'snapshot'; out?: string; province?: string }
  | { kind: 'portal'; format: ExportFormat; file: string; draft: boolean }
  | { kind: 'usage'; error: string }

export const EXPORT_USAGE = `Cách dùng:
  npm run export -- [--out <thư mục>] [--province <slug>]
      bản chụp danh mục đã xuất bản cho trang công khai (mặc định vào dist/snapshot)
  npm run export -- --format portal-json <tệp.json> [--draft]
      các thủ tục theo cấu trúc JSON của CSDL quốc gia về TTHC
  npm run export -- --format xlsx <tệp.xlsx> [--draft]
      danh sách Excel: Mã số | Tên | Cơ quan ban hành | Cơ quan thực hiện | Lĩnh vực
  --draft  lấy bản nháp mới nhất của mỗi thủ tục thay vì bản đã xuất bản`

const isFormat = (value: string): value is ExportFormat =>
  (EXPORT_FORMATS as readonly string[]).includes(value)

export function parseExportArgs(argv: string[]): ExportArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        province: { type: 'string' },
        format: { type: 'string' },
        draft: { type: 'boolean' },
      },
    })
  } catch (error) {
    const option = /'(-[^']+)'/.exec(error instanceof Error ? error.message : '')?.[1]
    return {
      kind: 'usage',
      error: option ? `Tham số "${option}" không có hoặc thiếu giá trị.` : 'Tham số không hợp lệ.',
    }
  }
  const { values, positionals } = parsed
  if (values.format === undefined) {
    if (values.draft) return { kind: 'usage', error: '--draft chỉ dùng cùng --format.' }
    if (positionals.length)
      return {
        kind: 'usage',
        error: `Thừa tham số "${positionals.join(' ')}": tên tệp chỉ dùng cùng --format.`,
      }
    return { kind: 'snapshot', out: values.out, province: values.province }
  }
  if (!isFormat(values.format))
    return {
      kind: 'usage',
      error: `Định dạng "${values.format}" không có: chọn ${EXPORT_FORMATS.join(' hoặc ')}.`,
    }
  if (values.out !== undefined || values.province !== undefined)
    return {
      kind: 'usage',
      error: '--out và --province chỉ dùng cho bản chụp; với --format, ghi tên tệp sau định dạng.',
    }
  if (positionals.length !== 1)
    return {
      kind: 'usage',
      error: positionals.length
        ? `Chỉ ghi một tệp, nhận được ${positionals.length}: ${positionals.join(' ')}.`
        : 'Thiếu tên tệp cần ghi.',
    }
  return { kind: 'portal', format: values.format, file: positionals[0], draft: !!values.draft }
}

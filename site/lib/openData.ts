/**
 * The open-data tables: the master list, and each locality's applications, one row each. A part
 * the source does not state reads "Chưa có thông tin", never as empty or free.
 */
import { NOT_STATED, type Method } from '../../content-schemas'
import type { Catalogue } from './catalogue'
import { toCsv } from './csv'
import { formatChannelTime, formatFee, formatTime } from './format'
import { channelLabels, levelLabels, onlineLevelLabels, subjectLabel } from './labels'
import { paths } from '../../content-schemas/urls'

export const PROCEDURE_COLUMNS = [
  'Mã số',
  'Mã trên hệ thống của tỉnh',
  'Tên thủ tục',
  'Lĩnh vực',
  'Cấp thực hiện',
  'Đối tượng thực hiện',
  'Cơ quan thực hiện',
  'Cách thức thực hiện, thời hạn giải quyết',
  'Phí, lệ phí',
  'Dịch vụ công trực tuyến',
  'Căn cứ pháp lý',
  'Địa phương áp dụng',
  'Đường dẫn',
]

export function proceduresCsv(catalogue: Catalogue, url: (path: string) => string): string {
  const rows = catalogue.procedures.map((p) => [
    p.code,
    p.localCode,
    p.name,
    catalogue.sector(p.sectorId).name,
    p.levels.map((l) => levelLabels[l]).join('; '),
    p.subjects.kind === 'stated' ? p.subjects.items.map(subjectLabel).join('; ') : NOT_STATED,
    p.agencies.implementing.kind === 'stated'
      ? p.agencies.implementing.items.map((id) => catalogue.agency(id).name).join('; ')
      : NOT_STATED,
    perChannel(p.methods, (m) => formatChannelTime(m.processingTime) ?? NOT_STATED),
    perChannel(p.methods, (m) =>
      m.fees.kind === 'stated'
        ? m.fees.items
            .map((f) =>
              f.amount === null ? f.description : formatFee(f.amount, f.currency ?? undefined),
            )
            .join(' hoặc ')
        : m.fees.kind === 'none'
          ? 'Miễn phí'
          : NOT_STATED,
    ),
    p.onlineServiceLevel ? onlineLevelLabels[p.onlineServiceLevel] : NOT_STATED,
    p.legalBasisIds.map((id) => catalogue.legal(id).number).join('; '),
    catalogue
      .appliedIn(p.code)
      .map((e) => e.locality.name)
      .join('; '),
    url(paths.procedure(p)),
  ])
  return toCsv(PROCEDURE_COLUMNS, rows)
}

/** "Nộp trực tiếp: …; Nộp trực tuyến: …", a repeated channel named with its case. */
function perChannel(
  methods: { kind: 'stated'; items: Method[] } | { kind: 'unknown' },
  cell: (m: Method) => string | null,
): string {
  if (methods.kind !== 'stated') return NOT_STATED
  const count = (m: Method) => methods.items.filter((o) => o.channel === m.channel).length
  return methods.items
    .map((m) => {
      const name =
        count(m) > 1 && m.description
          ? `${channelLabels[m.channel]} (${m.description})`
          : channelLabels[m.channel]
      return `${name}: ${cell(m)}`
    })
    .join('; ')
}

export const APPLICATION_COLUMNS = [
  'Mã đơn vị hành chính',
  'Địa phương',
  'Mã số thủ tục',
  'Tên thủ tục',
  'Thời hạn theo quy định (nộp trực tiếp)',
  'Thời hạn địa phương cam kết',
  'Nơi tiếp nhận',
  'Áp dụng từ ngày',
  'Quyết định áp dụng',
  'Đường dẫn',
]

export function applicationsCsv(catalogue: Catalogue, url: (path: string) => string): string {
  const rows = catalogue.localCatalogues.flatMap((c) =>
    c.entries.map(({ locality, application, procedure }) => {
      const methods = procedure.methods.kind === 'stated' ? procedure.methods.items : []
      const direct = methods.find((m) => m.channel === 'direct') ?? methods[0]
      return [
        locality.code,
        locality.name,
        procedure.code,
        procedure.name,
        (direct && formatChannelTime(direct.processingTime)) ?? NOT_STATED,
        application.committedTime ? formatTime(application.committedTime) : '',
        application.receivingAddress ?? locality.deskAddress,
        application.appliedFrom,
        application.applyingDecisionId
          ? catalogue.decision(application.applyingDecisionId).number
          : '',
        url(paths.localProcedure(locality, procedure)),
      ]
    }),
  )
  return toCsv(APPLICATION_COLUMNS, rows)
}

/**
 * The open-data tables: the master list, and each locality's applications, one row each. A part
 * the source does not state reads "Chưa có thông tin", never as empty or free.
 */
import {
  countsOfRow,
  DOSSIER_COUNTS,
  dossierCountLabels,
  NOT_STATED,
  onTimeRate,
  type Method,
} from '../../content-schemas'
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

/**
 * Every published report row as CSV: one line per locality, period and procedure (or sector),
 * the counts as reported ("Chưa có thông tin" where the report does not state one, 0 where it
 * says none) and the on-time rate by the contract's formula.
 */
export function serviceResultsCsv(catalogue: Catalogue): string {
  const header = [
    'Mã địa phương',
    'Địa phương',
    'Kỳ',
    'Mã thủ tục',
    'Tên thủ tục',
    'Lĩnh vực',
    ...DOSSIER_COUNTS.map((key) => dossierCountLabels[key].vi),
    'Tỉ lệ đúng hạn (%)',
    'Số liệu minh họa',
  ]
  const rows = (catalogue.snapshot.serviceResults ?? []).flatMap((report) => {
    const locality = catalogue.locality(report.localityId)
    return report.rows.map((row) => {
      const counts = countsOfRow(row)
      const rate = onTimeRate(counts)
      const procedure = row.procedureCode ? catalogue.byCode.get(row.procedureCode) : undefined
      const sector = row.sectorId
        ? catalogue.sector(row.sectorId)
        : procedure
          ? catalogue.sector(procedure.sectorId)
          : undefined
      return [
        locality.code,
        locality.name,
        report.period,
        row.procedureCode,
        procedure?.name ?? (row.procedureCode ? NOT_STATED : null),
        sector?.name,
        ...DOSSIER_COUNTS.map((key) => counts[key] ?? NOT_STATED),
        rate.kind === 'rate'
          ? rate.percent.toFixed(1)
          : rate.kind === 'no-dossiers'
            ? 'Không có hồ sơ'
            : NOT_STATED,
        report.demo ? 'Có' : 'Không',
      ]
    })
  })
  return toCsv(header, rows)
}

/** The same reports as JSON with the counts named, null where the report does not state one. */
export function serviceResultsJson(catalogue: Catalogue): string {
  const { metadata } = catalogue.snapshot
  return JSON.stringify({
    releaseId: metadata.releaseId,
    generatedAt: metadata.generatedAt,
    formula:
      'Tỉ lệ đúng hạn = 100 % − (giải quyết quá hạn + đang giải quyết quá hạn) / (kỳ trước chuyển sang + tiếp nhận trong kỳ)',
    reports: (catalogue.snapshot.serviceResults ?? []).map((report) => ({
      locality: {
        code: catalogue.locality(report.localityId).code,
        name: catalogue.locality(report.localityId).name,
      },
      period: report.period,
      demo: report.demo,
      source: report.source,
      rows: report.rows.map((row) => ({
        procedureCode: row.procedureCode,
        sector: row.sectorId ? catalogue.sector(row.sectorId).name : null,
        counts: countsOfRow(row),
      })),
    })),
  })
}

/** The open-data tables: the master list, and each locality's applications, one row each. */
import type { Catalogue } from './catalogue'
import { toCsv } from './csv'
import { formatFee, formatTime } from './format'
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
    p.subjects.map(subjectLabel).join('; '),
    p.agencies.implementing.map((id) => catalogue.agency(id).name).join('; '),
    p.methods.map((m) => `${channelLabels[m.channel]}: ${formatTime(m.processingTime)}`).join('; '),
    p.methods
      .map(
        (m) =>
          `${channelLabels[m.channel]}: ${m.fees.length ? m.fees.map((f) => formatFee(f.amount)).join(' hoặc ') : 'Miễn phí'}`,
      )
      .join('; '),
    onlineLevelLabels[p.onlineServiceLevel],
    p.legalBasisIds.map((id) => catalogue.legal(id).number).join('; '),
    catalogue
      .appliedIn(p.code)
      .map((e) => e.locality.name)
      .join('; '),
    url(paths.procedure(p)),
  ])
  return toCsv(PROCEDURE_COLUMNS, rows)
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
      const direct = procedure.methods.find((m) => m.channel === 'direct') ?? procedure.methods[0]
      return [
        locality.code,
        locality.name,
        procedure.code,
        procedure.name,
        formatTime(direct.processingTime),
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

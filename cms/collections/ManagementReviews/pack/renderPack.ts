/**
 * The management-review pack (Báo cáo xem xét của lãnh đạo) as a .docx in the administrative
 * layout of the other exports (QualityDocuments/docx/report.ts): the inputs TCVN ISO 9001:2015
 * 9.3.2 asks for, read from the records for the period, then the minutes' conclusions, decisions
 * and actions (9.3.3). Pure: the same model gives the same document.
 */
import { AlignmentType, type Paragraph, type Table } from 'docx'

import {
  formatCount,
  formatRate,
  onTimeRate,
  pending,
  periodPhrase,
  toHandle,
  type DossierCounts,
} from '../../../../content-schemas/serviceResults'
import { cleanText } from '../../QualityDocuments/docx/format'
import {
  SIZE_MARKER,
  cell,
  columns,
  headerRow,
  markerParagraph,
  para,
  row,
  table,
} from '../../QualityDocuments/docx/layout'
import {
  bodyText,
  nationalHeading,
  partHeading,
  renderReport,
  reportTitle,
  signatureWithRecipients,
  type Block,
} from '../../QualityDocuments/docx/report'
import { formatDate } from '../../../lib/dates'
import type { ManagementReviewPack, PackAction } from './model'

/** As the public results pages and formatRate say it. */
const NOT_STATED = 'Chưa có thông tin'
const NOT_RECORDED = 'Chưa ghi nhận'

const day = (value: string | null) => (value ? formatDate(value) : NOT_RECORDED)
const text = (value: string | null | undefined) => cleanText(value ?? '').trim()
/** A typed sentence ends the line without a second full stop ("…; Bộ phận Một cửa." + "."). */
const sentence = (value: string) => value.replace(/[.;,:\s]+$/u, '')

/** A row spanning the whole table, for "nothing to list" lines. */
function emptyRow(widths: number[], message: string) {
  return row([
    cell(message, {
      width: widths.reduce((a, b) => a + b, 0),
      columnSpan: widths.length,
      italics: true,
      align: AlignmentType.CENTER,
    }),
  ])
}

function objectivesPart(pack: ManagementReviewPack): Block[] {
  const widths = columns([6, 34, 12, 30, 18])
  const rows = [
    headerRow(
      ['TT', 'Mục tiêu chất lượng', 'Chỉ tiêu', 'Kết quả từng kỳ', 'Cả kỳ xem xét'],
      widths,
    ),
  ]
  if (pack.objectives.length === 0)
    rows.push(
      emptyRow(widths, 'Địa phương không có mục tiêu chất lượng được ban hành áp dụng trong kỳ.'),
    )
  pack.objectives.forEach((objective, i) => {
    rows.push(
      row([
        cell(String(i + 1), { width: widths[0]!, align: AlignmentType.CENTER }),
        cell([text(objective.title), `Đánh giá theo: ${objective.judgedPer.toLowerCase()}`], {
          width: widths[1]!,
        }),
        cell(objective.target, { width: widths[2]!, align: AlignmentType.CENTER }),
        cell(
          objective.periods.length
            ? objective.periods.map((p) => `${p.label}: ${p.outcome}`)
            : ['Không có kỳ đánh giá nào trong kỳ xem xét.'],
          { width: widths[3]! },
        ),
        cell(objective.overall ?? '—', { width: widths[4]!, align: AlignmentType.CENTER }),
      ]),
    )
  })
  return [table(widths, rows)]
}

function resultsRow(label: string, counts: DossierCounts | null, widths: number[], bold = false) {
  const n = (value: number | null | undefined) =>
    counts ? formatCount(value ?? null, NOT_STATED) : 'Chưa báo cáo'
  const values = [
    label,
    n(counts ? toHandle(counts) : null),
    n(counts?.resolvedEarly),
    n(counts?.resolvedOnTime),
    n(counts?.resolvedLate),
    n(counts ? pending(counts) : null),
    counts ? formatRate(onTimeRate(counts)) : 'Chưa báo cáo',
  ]
  return row(
    values.map((value, i) =>
      cell(value, {
        width: widths[i]!,
        bold,
        align: i === 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
      }),
    ),
  )
}

function resultsPart(pack: ManagementReviewPack): Block[] {
  const widths = columns([18, 14, 13, 13, 13, 14, 15])
  const rows = [
    headerRow(
      [
        'Kỳ',
        'Phải giải quyết',
        'Trước hạn',
        'Đúng hạn',
        'Quá hạn',
        'Đang giải quyết',
        'Tỷ lệ đúng hạn',
      ],
      widths,
    ),
    ...pack.results.months.map((m) => resultsRow(m.label, m.counts, widths)),
    resultsRow(`Cả ${periodPhrase(pack.period)}`, pack.results.total, widths, true),
  ]
  const notes: Paragraph[] = []
  if (!pack.results.total)
    notes.push(
      bodyText(
        'Chưa tính được số liệu cả kỳ: có tháng chưa có báo cáo kết quả giải quyết được phê duyệt.',
        { italics: true },
      ),
    )
  return [table(widths, rows), ...notes]
}

function auditsPart(pack: ManagementReviewPack): Block[] {
  const widths = columns([12, 14, 22, 17, 11, 12, 12])
  const rows = [
    headerRow(
      ['Mã', 'Ngày', 'Phạm vi', 'Chuyên gia đánh giá', 'Phù hợp', 'Khuyến nghị', 'Không phù hợp'],
      widths,
    ),
  ]
  if (pack.audits.length === 0)
    rows.push(emptyRow(widths, 'Không có cuộc đánh giá nội bộ nào trong kỳ.'))
  for (const audit of pack.audits) {
    const center = (value: string, i: number) =>
      cell(value, { width: widths[i]!, align: AlignmentType.CENTER })
    rows.push(
      row([
        cell([text(audit.code), audit.state], { width: widths[0]! }),
        center(day(audit.date), 1),
        cell(text(audit.scope) || NOT_RECORDED, { width: widths[2]! }),
        cell(text(audit.auditors) || NOT_RECORDED, { width: widths[3]! }),
        center(String(audit.findings.conformity), 4),
        center(String(audit.findings.observation), 5),
        center(String(audit.findings.nonconformity), 6),
      ]),
    )
  }
  return [table(widths, rows)]
}

function actionsTable(actions: PackAction[], none: string): Table {
  const widths = columns([14, 32, 18, 15, 21])
  const rows = [
    headerRow(['Mã', 'Nội dung hành động', 'Người thực hiện', 'Thời hạn', 'Tình trạng'], widths),
  ]
  if (actions.length === 0) rows.push(emptyRow(widths, none))
  for (const action of actions)
    rows.push(
      row([
        cell([text(action.code), ...(action.origin ? [`(${text(action.origin)})`] : [])], {
          width: widths[0]!,
        }),
        cell(text(action.what), { width: widths[1]! }),
        cell(text(action.owner) || NOT_RECORDED, { width: widths[2]! }),
        cell(action.due ? formatDate(action.due) : 'Chưa đặt', {
          width: widths[3]!,
          align: AlignmentType.CENTER,
        }),
        cell(action.overdue ? `${action.state} – quá hạn` : action.state, {
          width: widths[4]!,
          bold: action.overdue,
        }),
      ]),
    )
  return table(widths, rows)
}

function nonconformitiesPart(pack: ManagementReviewPack): Block[] {
  const { items, openedInPeriod, closedInPeriod, openAtEnd } = pack.nonconformities
  const widths = columns([13, 15, 17, 37, 18])
  const rows = [headerRow(['Mã', 'Ngày phát hiện', 'Nguồn', 'Nội dung', 'Tình trạng'], widths)]
  if (items.length === 0)
    rows.push(emptyRow(widths, 'Không có sự không phù hợp nào phát sinh hoặc còn mở trong kỳ.'))
  for (const nc of items)
    rows.push(
      row([
        cell(text(nc.code), { width: widths[0]! }),
        cell(day(nc.detectedOn), { width: widths[1]!, align: AlignmentType.CENTER }),
        cell(nc.source, { width: widths[2]! }),
        cell(text(nc.description), { width: widths[3]! }),
        cell(nc.state, { width: widths[4]! }),
      ]),
    )
  return [
    bodyText(
      `Trong kỳ phát sinh ${openedInPeriod}, đã đóng ${closedInPeriod}; đến cuối kỳ còn ${openAtEnd} sự không phù hợp chưa đóng.`,
    ),
    table(widths, rows),
    para('Hành động khắc phục:', {
      bold: true,
      italics: true,
      before: 160,
      after: 80,
      keepNext: true,
    }),
    actionsTable(pack.actions, 'Không có hành động khắc phục nào trong kỳ.'),
  ]
}

function documentsPart(pack: ManagementReviewPack): Block[] {
  const d = pack.documents
  const lines = [
    `Tài liệu đang hiệu lực: ${d.effective}; đang soạn thảo, chờ xem xét hoặc phê duyệt: ${d.inReview}.`,
    `Đã quá hạn rà soát định kỳ: ${d.reviewOverdue}; đến hạn rà soát trong 30 ngày tới: ${d.reviewDueSoon}.`,
    `Quy trình nội bộ dài hơn thời hạn giải quyết đang áp dụng: ${d.overTimeLimit}.`,
    d.unreadDocuments
      ? `Tài liệu có người chưa xác nhận đã đọc và hiểu: ${d.unreadDocuments} (${d.unreadPeople} lượt chưa xác nhận).`
      : 'Mọi người cần đọc đã xác nhận đã đọc và hiểu các tài liệu đang hiệu lực.',
  ]
  const widths = columns([13, 27, 8, 15, 18, 19])
  const rows = [
    headerRow(
      ['Mã hiệu', 'Tên tài liệu', 'Lần BH', 'Ngày BH', 'Nội dung sửa đổi', 'Lý do'],
      widths,
    ),
  ]
  if (d.issued.length === 0)
    rows.push(emptyRow(widths, 'Không có tài liệu nào được ban hành trong kỳ.'))
  for (const issue of d.issued)
    rows.push(
      row([
        cell(text(issue.code), { width: widths[0]! }),
        cell(text(issue.title), { width: widths[1]! }),
        cell(String(issue.issueNumber).padStart(2, '0'), {
          width: widths[2]!,
          align: AlignmentType.CENTER,
        }),
        cell(day(issue.date), { width: widths[3]!, align: AlignmentType.CENTER }),
        cell(text(issue.change), { width: widths[4]! }),
        cell(text(issue.reason), { width: widths[5]! }),
      ]),
    )
  return [
    ...lines.map((line) => bodyText(`- ${line}`)),
    para('Tài liệu ban hành, sửa đổi trong kỳ:', {
      bold: true,
      italics: true,
      before: 120,
      after: 80,
      keepNext: true,
    }),
    table(widths, rows),
  ]
}

function conclusionsPart(pack: ManagementReviewPack): Block[] {
  const blocks: Block[] = []
  blocks.push(
    pack.discussion
      ? bodyText(pack.discussion)
      : bodyText('Chưa ghi nội dung đánh giá của lãnh đạo.', { italics: true }),
  )
  const widths = columns([6, 30, 64])
  const rows = [headerRow(['TT', 'Loại', 'Kết luận, quyết định'], widths)]
  if (pack.decisions.length === 0) rows.push(emptyRow(widths, 'Chưa ghi quyết định nào.'))
  pack.decisions.forEach((decision, i) =>
    rows.push(
      row([
        cell(String(i + 1), { width: widths[0]!, align: AlignmentType.CENTER }),
        cell(decision.kind, { width: widths[1]! }),
        cell(text(decision.text), { width: widths[2]! }),
      ]),
    ),
  )
  blocks.push(table(widths, rows))
  blocks.push(
    para('Hành động được giao:', {
      bold: true,
      italics: true,
      before: 160,
      after: 80,
      keepNext: true,
    }),
    actionsTable(pack.decidedActions, 'Chưa giao hành động nào.'),
  )
  return blocks
}

/** The pack as a .docx. */
export async function renderManagementReviewPack(pack: ManagementReviewPack): Promise<Buffer> {
  const chair = pack.meeting.chair
  const children: Block[] = [
    nationalHeading(pack.issuingBody, pack.place, pack.generatedOn),
    ...reportTitle('Báo cáo', [
      'Xem xét của lãnh đạo về hệ thống quản lý chất lượng',
      `theo TCVN ISO 9001:2015 – ${pack.periodLabel}`,
    ]),
    ...(pack.minutes.approved
      ? []
      : [markerParagraph('DỰ THẢO – BIÊN BẢN CHƯA ĐƯỢC PHÊ DUYỆT', SIZE_MARKER, 160)]),
    bodyText(
      `Số liệu tổng hợp từ hệ thống ngày ${formatDate(pack.generatedOn)} cho kỳ từ ${formatDate(pack.from)} đến ${formatDate(pack.to)}. Số liệu chưa có được ghi “${NOT_STATED}”, không tính là 0.`,
      { italics: true },
    ),
    partHeading('I. THÔNG TIN CHUNG'),
    bodyText(`- Đơn vị: ${text(pack.localityName)}.`),
    bodyText(`- Ngày họp: ${pack.meeting.date ? formatDate(pack.meeting.date) : 'chưa ấn định'}.`),
    bodyText(
      `- Chủ trì: ${chair ? [text(chair.name), text(chair.title)].filter(Boolean).join(', ') : 'chưa ghi'}.`,
    ),
    bodyText(`- Thành phần tham dự: ${sentence(text(pack.meeting.attendees)) || 'chưa ghi'}.`),
    partHeading('II. KẾT QUẢ THỰC HIỆN MỤC TIÊU CHẤT LƯỢNG'),
    ...objectivesPart(pack),
    partHeading('III. KẾT QUẢ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH'),
    ...resultsPart(pack),
    partHeading('IV. KẾT QUẢ ĐÁNH GIÁ NỘI BỘ'),
    ...auditsPart(pack),
    partHeading('V. SỰ KHÔNG PHÙ HỢP VÀ HÀNH ĐỘNG KHẮC PHỤC'),
    ...nonconformitiesPart(pack),
    partHeading('VI. TÌNH TRẠNG TÀI LIỆU CỦA HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG'),
    ...documentsPart(pack),
    partHeading('VII. KẾT LUẬN, QUYẾT ĐỊNH CỦA LÃNH ĐẠO'),
    ...conclusionsPart(pack),
    para('', { after: 240 }),
    signatureWithRecipients(['Lãnh đạo UBND', 'Các bộ phận chuyên môn', 'Lưu: VT, ISO'], {
      role: chair?.title ? chair.title : 'Người chủ trì',
      name: chair?.name ?? null,
    }),
  ]
  return renderReport(
    {
      title: `Báo cáo xem xét của lãnh đạo – ${pack.periodLabel} – ${pack.localityName}`,
      subject: 'Xem xét của lãnh đạo (TCVN ISO 9001:2015, mục 9.3)',
      description: pack.minutes.approved ? undefined : 'Dự thảo',
    },
    children,
  )
}

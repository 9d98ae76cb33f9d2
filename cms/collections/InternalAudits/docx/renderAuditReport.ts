/**
 * DOCX of an internal audit report (Báo cáo đánh giá nội bộ) in the administrative layout of the
 * ISO exports (../../QualityDocuments/docx: the same page, fonts, header block and signature
 * table): general information, scope, team, the findings grouped by type with their clause and the
 * codes of what they concern, the counts, the conclusion and the signatures of the lead auditor
 * and the locality's head. Pure: the same input gives the same document.
 */
import { AlignmentType, Document, Packer, type Paragraph, type Table } from 'docx'

import { cleanText, formatDate } from '../../QualityDocuments/docx/format'
import {
  DOCUMENT_STYLES,
  PAGE_PROPERTIES,
  SIZE_MARKER,
  SIZE_TABLE,
  cell,
  columns,
  headerRow,
  markerParagraph,
  para,
  row,
  table,
} from '../../QualityDocuments/docx/layout'
import { detailLine, letterheadBlock, signatureTable } from '../../QualityDocuments/docx/parts'
import { FINDING_TYPES, findingCounts, findingTypeLabels } from '../rules'
import type { AuditReportExport } from './model'

export { auditReportFilename, DOCX_CONTENT_TYPE } from './filename'

/** Printed on a report that is not issued yet. */
export const DRAFT_MARKER = 'BẢN DỰ THẢO — BÁO CÁO CHƯA BAN HÀNH'
/** An unknown date is said to be unknown, never guessed. */
const UNKNOWN = 'chưa ghi nhận'
const NONE = 'Không có.'

type Block = Paragraph | Table

const heading = (text: string) =>
  para(text, { bold: true, before: 240, after: 120, keepNext: true })
const line = (label: string, value: string) =>
  para(`${label}: ${value}`, { after: 60, firstLine: 567 })
const bullet = (text: string) => para(`– ${text}`, { after: 40, indentLeft: 567 })
const date = (value: string | null) => formatDate(value) ?? UNKNOWN

function teamTable(report: AuditReportExport): Table {
  const widths = columns([8, 37, 35, 20])
  return table(widths, [
    headerRow(['STT', 'Họ và tên', 'Bộ phận công tác', 'Vai trò'], widths),
    ...report.team.map((member, i) =>
      row([
        cell(String(i + 1), { width: widths[0], align: AlignmentType.CENTER }),
        cell(cleanText(member.name).trim(), { width: widths[1] }),
        cell(cleanText(member.unit ?? 'Chưa gán bộ phận').trim(), { width: widths[2] }),
        cell(member.role === 'lead' ? 'Trưởng đoàn' : 'Thành viên', {
          width: widths[3],
          align: AlignmentType.CENTER,
        }),
      ]),
    ),
  ])
}

function countsTable(report: AuditReportExport): Table {
  const widths = columns([70, 30])
  const counts = findingCounts(report.findings)
  return table(widths, [
    headerRow(['Loại phát hiện', 'Số lượng'], widths),
    ...FINDING_TYPES.map((type) =>
      row([
        cell(findingTypeLabels[type].vi, { width: widths[0] }),
        cell(String(counts[type]), { width: widths[1], align: AlignmentType.CENTER }),
      ]),
    ),
    row([
      cell('Tổng cộng', { width: widths[0], bold: true }),
      cell(String(counts.total), { width: widths[1], bold: true, align: AlignmentType.CENTER }),
    ]),
  ])
}

/** One table, a spanning row per type (nonconformities first), its findings numbered under it. */
function findingsTable(report: AuditReportExport): Table {
  const widths = columns([8, 11, 35, 26, 20])
  const full = widths.reduce((a, b) => a + b, 0)
  const rows = [
    headerRow(
      ['STT', 'Điều khoản', 'Nội dung phát hiện', 'Bằng chứng', 'Tài liệu/thủ tục'],
      widths,
    ),
  ]
  for (const type of FINDING_TYPES) {
    const group = report.findings.filter((f) => f.type === type)
    if (group.length === 0) continue
    rows.push(
      row([
        // Kept with its first finding: a group's title never ends a page alone.
        cell(
          [
            para(`${findingTypeLabels[type].vi} (${group.length})`, {
              bold: true,
              size: SIZE_TABLE,
              keepNext: true,
            }),
          ],
          { width: full, columnSpan: widths.length },
        ),
      ]),
    )
    group.forEach((finding, i) =>
      rows.push(
        row(
          [
            cell(String(i + 1), { width: widths[0], align: AlignmentType.CENTER }),
            cell(cleanText(finding.clause).trim(), {
              width: widths[1],
              align: AlignmentType.CENTER,
            }),
            cell(cleanText(finding.description).trim(), { width: widths[2] }),
            cell(cleanText(finding.evidence).trim(), { width: widths[3] }),
            cell(finding.references.map((r) => cleanText(r).trim()).join(', '), {
              width: widths[4],
            }),
          ],
          // A long finding may run onto the next page rather than leave a gap.
          { cantSplit: false },
        ),
      ),
    )
  }
  return table(widths, rows)
}

/** Renders one audit's report as a .docx file. */
export async function renderAuditReportDocx(report: AuditReportExport): Promise<Buffer> {
  const scope: Block[] = [
    line('Bộ phận được đánh giá', report.scope.units.join(', ') || NONE),
    para('Tài liệu ISO:', { after: 40, firstLine: 567, keepNext: true }),
    ...(report.scope.documents.length
      ? report.scope.documents.map((d) => bullet(`${d.code} – ${d.title}`))
      : [bullet(NONE)]),
    para('Thủ tục hành chính áp dụng:', { after: 40, firstLine: 567, keepNext: true }),
    ...(report.scope.procedures.length ? report.scope.procedures.map(bullet) : [bullet(NONE)]),
    ...(report.scope.note ? [line('Ghi chú', report.scope.note)] : []),
  ]
  const children: Block[] = [
    letterheadBlock({
      issuingBody: report.issuingBody,
      typeLabel: 'Báo cáo',
      title: 'Đánh giá nội bộ hệ thống quản lý chất lượng',
      details: [
        detailLine('Mã: ', report.code),
        detailLine('Ngày đánh giá: ', date(report.actualDate)),
        detailLine('Ngày báo cáo: ', report.reportDate ? date(report.reportDate) : 'chưa ban hành'),
      ],
    }),
    ...(report.reportDate
      ? []
      : [para('', { after: 120 }), markerParagraph(DRAFT_MARKER, SIZE_MARKER)]),
    heading('1. THÔNG TIN CHUNG'),
    line('Đơn vị được đánh giá', report.localityName),
    line('Chương trình', report.programmeTitle),
    line('Chuẩn mực đánh giá', report.criteria ?? UNKNOWN),
    line('Ngày dự kiến', date(report.plannedDate)),
    line('Ngày thực hiện', date(report.actualDate)),
    heading('2. PHẠM VI ĐÁNH GIÁ'),
    ...scope,
    heading('3. ĐOÀN ĐÁNH GIÁ'),
    ...(report.team.length ? [teamTable(report)] : [para(NONE, { firstLine: 567 })]),
    heading('4. KẾT QUẢ ĐÁNH GIÁ'),
    para('Tổng hợp số lượng phát hiện:', { after: 60, keepNext: true }),
    countsTable(report),
    para('Chi tiết các phát hiện:', { before: 160, after: 60, keepNext: true }),
    ...(report.findings.length ? [findingsTable(report)] : [para(NONE, { firstLine: 567 })]),
    heading('5. KẾT LUẬN'),
    para(cleanText(report.conclusion).trim() || 'Chưa có kết luận.', {
      after: 240,
      firstLine: 567,
    }),
    signatureTable([
      { heading: 'Trưởng đoàn đánh giá', signatory: report.leadAuditor },
      { heading: 'Lãnh đạo đơn vị', signatory: report.head },
    ]),
    // Word wants the body to end on a paragraph, not a table.
    para(''),
  ]
  const document = new Document({
    creator: 'Danh mục thủ tục hành chính',
    title: `Báo cáo đánh giá nội bộ ${cleanText(report.code).trim()}`,
    subject: 'Báo cáo đánh giá nội bộ',
    description: report.reportDate ? `Ban hành ngày ${date(report.reportDate)}` : DRAFT_MARKER,
    keywords: cleanText(report.code).trim(),
    styles: DOCUMENT_STYLES,
    sections: [{ properties: { page: PAGE_PROPERTIES }, children }],
  })
  return Packer.toBuffer(document)
}

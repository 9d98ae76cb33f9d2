/**
 * The fixed parts of a quality document in the layout Vietnamese offices issue it in: the bordered
 * header block, the signature block, the revision table, the tables of sections 5–7 and the running
 * header of the later pages.
 */
import {
  AlignmentType,
  BorderStyle,
  PageNumber,
  type Paragraph,
  type Table,
  TableRow,
  TextRun,
} from 'docx'

import type { QualityDocumentExport, Signatory } from './model'
import { cleanText, formatDate, formatIssueNumber, upperVi } from './format'
import {
  NO_BORDERS,
  SIZE_SMALL,
  SIZE_TABLE,
  cell,
  columns,
  headerRow,
  para,
  row,
  table,
  textRuns,
} from './layout'

const BLANK_DATE = '…/…/……'
/** 14 pt for the type and title in the header block. */
const SIZE_TITLE = 28

/** "Trang: x/y" with real PAGE and NUMPAGES fields, which Word and LibreOffice fill in. */
function pageOfPages(size: number, bold = false): TextRun[] {
  return [
    new TextRun({ text: 'Trang: ', size, bold }),
    new TextRun({ children: [PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES], size, bold }),
  ]
}

function labelled(label: string, value: string, size: number): Paragraph {
  return para([new TextRun({ text: label, size }), ...textRuns(value, { size, bold: true })], {
    after: 40,
  })
}

/** What the bordered header block shows: the issuing body, the type and title, and details on the right. */
export interface LetterheadContent {
  issuingBody: string[]
  typeLabel: string
  title: string
  /** The right-hand column, e.g. code, issue, dates; "Trang: x/y" is added under it. */
  details: Paragraph[]
}

/**
 * The bordered block atop a first page: issuing body | type and title | details and page x/y.
 * Shared by every administrative export (quality documents, the internal audit report).
 */
export function letterheadBlock(content: LetterheadContent): Table {
  const widths = columns([35, 33, 32])
  const body = content.issuingBody.map((line) => upperVi(line).trim()).filter((line) => line !== '')
  const bodyParagraphs = (body.length > 0 ? body : ['']).map((line) =>
    para(line, { bold: true, size: SIZE_TABLE, align: AlignmentType.CENTER }),
  )

  const typeLabel = upperVi(content.typeLabel).trim() || 'TÀI LIỆU'
  const centre = [
    para(typeLabel, { bold: true, size: SIZE_TITLE, align: AlignmentType.CENTER, after: 80 }),
    para(cleanText(content.title).trim(), {
      bold: true,
      size: SIZE_TITLE,
      align: AlignmentType.CENTER,
    }),
  ]
  const right = [...content.details, para(pageOfPages(SIZE_TABLE))]

  return table(widths, [
    row(
      [
        cell(bodyParagraphs, { width: widths[0] }),
        cell(centre, { width: widths[1] }),
        cell(right, { width: widths[2] }),
      ],
      { minHeight: 1400, cantSplit: true },
    ),
  ])
}

/** One line of the header block's right-hand column: "Mã hiệu: " and the value in bold. */
export function detailLine(label: string, value: string): Paragraph {
  return labelled(label, value, SIZE_TABLE)
}

/**
 * First page, top: issuing body | type and title | code, issue, dates, page.
 */
export function headerBlock(doc: QualityDocumentExport): Table {
  const issueDate = formatDate(doc.issueDate)
  const effectiveDate = formatDate(doc.effectiveDate)
  return letterheadBlock({
    issuingBody: doc.issuingBody,
    typeLabel: doc.typeLabel,
    title: doc.title,
    details: [
      labelled('Mã hiệu: ', cleanText(doc.code).trim(), SIZE_TABLE),
      labelled('Lần ban hành: ', formatIssueNumber(doc.issueNumber), SIZE_TABLE),
      issueDate
        ? labelled('Ngày ban hành: ', issueDate, SIZE_TABLE)
        : para(`Ngày ban hành: ${BLANK_DATE}`, { size: SIZE_TABLE, after: 40 }),
      ...(effectiveDate && effectiveDate !== issueDate
        ? [labelled('Ngày hiệu lực: ', effectiveDate, SIZE_TABLE)]
        : []),
    ],
  })
}

/**
 * A signature table: one column per responsibility (e.g. Soạn thảo | Xem xét | Phê duyệt), with
 * rows Họ và tên / Chữ ký / Chức vụ, and Ngày ký when any signatory's date is recorded. An
 * unknown signatory leaves the cells blank, to be filled in by hand.
 */
export function signatureTable(signers: { heading: string; signatory: Signatory | null }[]): Table {
  const widths = columns([22, ...signers.map(() => 78 / signers.length)])
  const people = signers.map((s) => s.signatory)
  const line = (
    label: string,
    values: string[],
    options: { minHeight?: number; bold?: boolean } = {},
  ) =>
    row(
      [
        cell(label, { width: widths[0], bold: true }),
        ...values.map((value, i) =>
          cell(value, { width: widths[i + 1], align: AlignmentType.CENTER, bold: options.bold }),
        ),
      ],
      { minHeight: options.minHeight, cantSplit: true },
    )
  const rows = [
    headerRow(['Trách nhiệm', ...signers.map((s) => s.heading)], widths),
    line(
      'Họ và tên',
      people.map((p) => cleanText(p?.name).trim()),
      { bold: true },
    ),
    line(
      'Chữ ký',
      people.map(() => ''),
      { minHeight: 1300 },
    ),
    line(
      'Chức vụ',
      people.map((p) => cleanText(p?.title).trim()),
    ),
  ]
  if (people.some((p) => formatDate(p?.date))) {
    rows.push(
      line(
        'Ngày ký',
        people.map((p) => formatDate(p?.date) ?? ''),
      ),
    )
  }
  return table(widths, rows)
}

/** Soạn thảo | Xem xét | Phê duyệt of a quality document. */
export function signatureBlock(doc: QualityDocumentExport): Table {
  return signatureTable([
    { heading: 'Soạn thảo', signatory: doc.preparedBy },
    { heading: 'Xem xét', signatory: doc.reviewedBy },
    { heading: 'Phê duyệt', signatory: doc.approvedBy },
  ])
}

/** Theo dõi sửa đổi tài liệu: one row per revision, oldest first, or a line saying there is none. */
export function revisionTable(doc: QualityDocumentExport): Table {
  const widths = columns([17, 13, 40, 30])
  const rows = [
    headerRow(['Ngày sửa đổi', 'Lần ban hành', 'Nội dung sửa đổi', 'Lý do sửa đổi'], widths),
  ]
  if (doc.revisions.length === 0) {
    rows.push(
      row([
        cell('Chưa có sửa đổi.', {
          width: widths.reduce((a, b) => a + b),
          columnSpan: 4,
          italics: true,
          align: AlignmentType.CENTER,
        }),
      ]),
    )
  }
  for (const revision of doc.revisions) {
    rows.push(
      row([
        cell(formatDate(revision.date) ?? '', { width: widths[0], align: AlignmentType.CENTER }),
        cell(formatIssueNumber(revision.issueNumber), {
          width: widths[1],
          align: AlignmentType.CENTER,
        }),
        cell(cleanText(revision.change).trim(), { width: widths[2] }),
        cell(cleanText(revision.reason).trim(), { width: widths[3] }),
      ]),
    )
  }
  return table(widths, rows)
}

/** Section 5's step table, with the total time and the limit it must fit in. */
export function stepTable(doc: QualityDocumentExport): Table {
  const widths = columns([9, 37, 20, 16, 18])
  const steps = [...doc.steps].sort((a, b) => a.order - b.order)
  const rows = [
    headerRow(
      ['Bước', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian', 'Biểu mẫu/kết quả'],
      widths,
    ),
  ]
  for (const step of steps) {
    rows.push(
      row([
        cell(`B${step.order}`, { width: widths[0], align: AlignmentType.CENTER }),
        cell(cleanText(step.task).trim(), { width: widths[1] }),
        cell(cleanText(step.responsible).trim(), { width: widths[2] }),
        cell(cleanText(step.time).trim(), { width: widths[3], align: AlignmentType.CENTER }),
        cell(cleanText(step.form).trim(), { width: widths[4] }),
      ]),
    )
  }
  const total = cleanText(doc.totalTime).trim()
  const limit = cleanText(doc.timeLimit).trim()
  if (total !== '' || limit !== '') {
    rows.push(
      row(
        [
          cell('Tổng thời gian giải quyết', {
            width: widths[0] + widths[1] + widths[2],
            columnSpan: 3,
            bold: true,
            align: AlignmentType.CENTER,
          }),
          cell(total, { width: widths[3], bold: true, align: AlignmentType.CENTER }),
          cell(limit === '' ? '' : `Thời hạn quy định: ${limit}`, {
            width: widths[4],
            italics: true,
          }),
        ],
        { cantSplit: true },
      ),
    )
  }
  return table(widths, rows)
}

/** Section 6: STT | Mã hiệu | Tên biểu mẫu. */
export function formsTable(doc: QualityDocumentExport): Table {
  const widths = columns([8, 22, 70])
  return table(widths, [
    headerRow(['STT', 'Mã hiệu', 'Tên biểu mẫu'], widths),
    ...doc.forms.map((form, i) =>
      row([
        cell(String(i + 1), { width: widths[0], align: AlignmentType.CENTER }),
        cell(cleanText(form.code).trim(), { width: widths[1], align: AlignmentType.CENTER }),
        cell(cleanText(form.title).trim(), { width: widths[2] }),
      ]),
    ),
  ])
}

/** Section 7: STT | Hồ sơ | Trách nhiệm lưu | Thời gian lưu | Nơi lưu/hình thức. */
export function recordsTable(doc: QualityDocumentExport): Table {
  const widths = columns([8, 34, 20, 17, 21])
  return table(widths, [
    headerRow(['STT', 'Hồ sơ', 'Trách nhiệm lưu', 'Thời gian lưu', 'Nơi lưu/hình thức'], widths),
    ...doc.records.map((record, i) =>
      row([
        cell(String(i + 1), { width: widths[0], align: AlignmentType.CENTER }),
        cell(cleanText(record.record).trim(), { width: widths[1] }),
        cell(cleanText(record.keeper).trim(), { width: widths[2] }),
        cell(cleanText(record.retention).trim(), { width: widths[3], align: AlignmentType.CENTER }),
        cell(cleanText(record.storage).trim(), { width: widths[4] }),
      ]),
    ),
  ])
}

/**
 * The running header of pages 2 onwards: code | issue | page, ruled off from the text below.
 */
export function runningHeaderTable(doc: QualityDocumentExport): Table {
  const widths = columns([40, 30, 30])
  const rule = { style: BorderStyle.SINGLE, size: 6, color: '000000' }
  const size = SIZE_SMALL
  return table(
    widths,
    [
      new TableRow({
        children: [
          cell(
            [
              para([
                new TextRun({ text: 'Mã hiệu: ', size }),
                ...textRuns(cleanText(doc.code).trim(), { size, bold: true }),
              ]),
            ],
            { width: widths[0] },
          ),
          cell(
            [
              para(
                [
                  new TextRun({ text: 'Lần ban hành: ', size }),
                  new TextRun({ text: formatIssueNumber(doc.issueNumber), size, bold: true }),
                ],
                {
                  align: AlignmentType.CENTER,
                },
              ),
            ],
            { width: widths[1] },
          ),
          cell([para(pageOfPages(size), { align: AlignmentType.RIGHT })], { width: widths[2] }),
        ],
      }),
    ],
    { ...NO_BORDERS, bottom: rule },
  )
}

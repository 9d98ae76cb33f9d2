/**
 * A report (báo cáo) in the administrative layout of NĐ 30/2020/NĐ-CP, Appendix I: the issuing
 * body and the national motto side by side, the place and date, the title, then the body and the
 * signature with "Nơi nhận". Shared by the ISO records' reports (management review, internal
 * audit); the page, fonts and tables are the quality documents' own (./layout.ts).
 */
import { AlignmentType, Document, Packer, type Paragraph, type Table } from 'docx'

import { cleanText, upperVi } from './format'
import {
  DOCUMENT_STYLES,
  NO_BORDERS,
  PAGE_PROPERTIES,
  cell,
  columns,
  para,
  row,
  table,
} from './layout'

export type Block = Paragraph | Table

/** "ngày 02 tháng 12 năm 2026", as the place-and-date line writes a yyyy-mm-dd day. */
export function dateInWords(day: string): string {
  const [y, m, d] = day.split('-')
  return `ngày ${d} tháng ${m} năm ${y}`
}

/**
 * The heading: issuing body (superior first) on the left, the national name and motto on the
 * right, then "<place>, ngày … tháng … năm …" under the motto.
 */
export function nationalHeading(issuingBody: string[], place: string, day: string): Table {
  const widths = columns([42, 58])
  const body = issuingBody.map((line, i) =>
    para(upperVi(cleanText(line)).trim(), {
      bold: i === issuingBody.length - 1,
      size: 24,
      align: AlignmentType.CENTER,
    }),
  )
  const motto = [
    para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', {
      bold: true,
      size: 24,
      align: AlignmentType.CENTER,
    }),
    para('Độc lập – Tự do – Hạnh phúc', { bold: true, align: AlignmentType.CENTER }),
    para('', { size: 12 }),
    para(`${cleanText(place).trim()}, ${dateInWords(day)}`, {
      italics: true,
      align: AlignmentType.CENTER,
    }),
  ]
  return table(
    widths,
    [row([cell(body, { width: widths[0]! }), cell(motto, { width: widths[1]! })])],
    NO_BORDERS,
  )
}

/** BÁO CÁO, then the subject lines, centred. */
export function reportTitle(kind: string, subject: string[]): Paragraph[] {
  return [
    para(upperVi(kind), { bold: true, align: AlignmentType.CENTER, before: 360, after: 60 }),
    ...subject.map((line, i) =>
      para(cleanText(line).trim(), {
        bold: true,
        align: AlignmentType.CENTER,
        after: i === subject.length - 1 ? 240 : 0,
      }),
    ),
  ]
}

/** "I. …" headings of a report's parts. */
export function partHeading(text: string): Paragraph {
  return para(text, { bold: true, before: 240, after: 120, keepNext: true })
}

/** A body paragraph, indented on its first line as administrative texts are. */
export function bodyText(
  text: string,
  style: { italics?: boolean; bold?: boolean } = {},
): Paragraph {
  return para(cleanText(text).trim(), {
    ...style,
    after: 80,
    firstLine: 567,
    align: AlignmentType.JUSTIFIED,
  })
}

/** Nơi nhận on the left; the signer's function, a space to sign, and their name on the right. */
export function signatureWithRecipients(
  recipients: string[],
  signer: { role: string; name: string | null },
): Table {
  const widths = columns([45, 55])
  const left = [
    para('Nơi nhận:', { bold: true, italics: true, size: 24 }),
    ...recipients.map((r) => para(`- ${cleanText(r).trim()};`, { size: 22 })),
  ]
  const right = [
    para(upperVi(signer.role), { bold: true, align: AlignmentType.CENTER }),
    para('', { after: 1300 }),
    para(cleanText(signer.name ?? '').trim(), { bold: true, align: AlignmentType.CENTER }),
  ]
  return table(
    widths,
    [row([cell(left, { width: widths[0]! }), cell(right, { width: widths[1]! })])],
    NO_BORDERS,
  )
}

/** The report as a .docx: A4, Times New Roman 13 pt, the quality documents' margins. */
export async function renderReport(
  meta: { title: string; subject: string; description?: string },
  children: Block[],
): Promise<Buffer> {
  const document = new Document({
    creator: 'Danh mục thủ tục hành chính',
    title: cleanText(meta.title).trim(),
    subject: cleanText(meta.subject).trim(),
    description: meta.description,
    styles: DOCUMENT_STYLES,
    sections: [
      {
        properties: { page: PAGE_PROPERTIES },
        // Word wants the body to end on a paragraph, not a table.
        children: [...children, para('')],
      },
    ],
  })
  return Packer.toBuffer(document)
}

/**
 * DOCX export of a quality document (quy trình, …) in the layout Vietnamese offices issue it in:
 *
 * - first page: bordered header block (issuing body | type and title | code, issue, date, page x/y),
 *   the "not valid" marker for a draft or superseded issue, the signature block and the revision table;
 * - from page 2: sections 1–7 (purpose, scope with the linked procedures, references, definitions,
 *   content with the step table and total time, forms, records), empty ones saying "Không có.";
 * - a running header on later pages with code, issue and page x/y (and the marker, on every later page).
 *
 * Pure: the same input gives the same document, and nothing is read from the database or disk.
 */
import { AlignmentType, Document, Header, Packer, type Paragraph, type Table } from 'docx'

import type { QualityDocumentExport, TextBlock } from './model'
import { cleanText, formatIssueNumber, statusMarker, upperVi } from './format'
import {
  DOCUMENT_STYLES,
  PAGE_PROPERTIES,
  SIZE_MARKER,
  SIZE_SMALL,
  markerParagraph,
  para,
} from './layout'
import {
  formsTable,
  headerBlock,
  recordsTable,
  revisionTable,
  runningHeaderTable,
  signatureBlock,
  stepTable,
} from './parts'
import { LIST_NUMBERING, ListCounter, textBlockParagraphs } from './textBlocks'

export { DOCX_CONTENT_TYPE, qualityDocumentFilename } from './filename'

const NONE = 'Không có.'

type Block = Paragraph | Table

function sectionHeading(text: string, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  return para(text, {
    bold: true,
    before: 240,
    after: 120,
    keepNext: true,
    pageBreakBefore: options.pageBreakBefore,
  })
}

function subHeading(text: string): Paragraph {
  return para(text, { bold: true, italics: true, before: 120, after: 80, keepNext: true })
}

function noneParagraph(): Paragraph {
  return para(NONE, { after: 120, firstLine: 567 })
}

function gap(after = 160): Paragraph {
  return para('', { after, size: 12 })
}

/** Renders one issue of a quality document as a .docx file. */
export async function renderQualityDocumentDocx(doc: QualityDocumentExport): Promise<Buffer> {
  const marker = statusMarker(doc)
  const lists = new ListCounter()
  const blocks = (items: TextBlock[]) => textBlockParagraphs(items, lists)
  const orNone = (content: Block[]) => (content.length > 0 ? content : [noneParagraph()])

  // 2. Phạm vi: the scope text, then the administrative procedures this document carries out.
  const procedures = doc.procedures
    .map((p) => ({ code: cleanText(p.code).trim(), name: cleanText(p.name).trim() }))
    .filter((p) => p.code !== '' || p.name !== '')
  const scope: Block[] = [...blocks(doc.sections.scope)]
  if (procedures.length > 0) {
    scope.push(para('Thủ tục hành chính áp dụng:', { after: 60, firstLine: 567, keepNext: true }))
    scope.push(
      ...blocks(
        procedures.map((p) => ({
          kind: 'bullet' as const,
          text: p.code && p.name ? `${p.code} – ${p.name}` : p.code || p.name,
        })),
      ),
    )
  }

  // 5. Nội dung: the text, then the step table with its total.
  const content: Block[] = [...blocks(doc.sections.content)]
  if (doc.steps.length > 0) {
    content.push(subHeading('Các bước thực hiện:'), stepTable(doc))
  }

  const typeUpper = upperVi(doc.typeLabel).trim()
  const children: Block[] = [
    headerBlock(doc),
    ...(marker ? [gap(120), markerParagraph(marker, SIZE_MARKER)] : []),
    gap(240),
    signatureBlock(doc),
    gap(240),
    para('THEO DÕI SỬA ĐỔI TÀI LIỆU', {
      bold: true,
      align: AlignmentType.CENTER,
      after: 120,
      keepNext: true,
    }),
    revisionTable(doc),

    sectionHeading('1. MỤC ĐÍCH', { pageBreakBefore: true }),
    ...orNone(blocks(doc.sections.purpose)),
    sectionHeading('2. PHẠM VI'),
    ...orNone(scope),
    sectionHeading('3. TÀI LIỆU VIỆN DẪN'),
    ...orNone(blocks(doc.sections.references)),
    sectionHeading('4. ĐỊNH NGHĨA/VIẾT TẮT'),
    ...orNone(blocks(doc.sections.definitions)),
    sectionHeading(typeUpper ? `5. NỘI DUNG ${typeUpper}` : '5. NỘI DUNG'),
    ...orNone(content),
    sectionHeading('6. BIỂU MẪU'),
    ...(doc.forms.length > 0 ? [formsTable(doc)] : [noneParagraph()]),
    sectionHeading('7. HỒ SƠ CẦN LƯU'),
    // Word wants the body to end on a paragraph, not a table.
    ...(doc.records.length > 0 ? [recordsTable(doc), para('')] : [noneParagraph()]),
  ]

  const code = cleanText(doc.code).trim()
  const title = cleanText(doc.title).trim()
  const document = new Document({
    creator: 'Danh mục thủ tục hành chính',
    title: [code, title].filter(Boolean).join(' – '),
    subject: cleanText(doc.typeLabel).trim(),
    description: marker ?? `Lần ban hành ${formatIssueNumber(doc.issueNumber)}`,
    keywords: code,
    styles: DOCUMENT_STYLES,
    numbering: { config: LIST_NUMBERING },
    sections: [
      {
        properties: {
          page: PAGE_PROPERTIES,
          titlePage: true,
        },
        headers: {
          // The first page carries its own header block and the marker under it: once, not again above.
          first: new Header({ children: [para('')] }),
          default: new Header({
            children: [
              ...(marker ? [markerParagraph(marker, SIZE_SMALL, 60)] : []),
              runningHeaderTable(doc),
              para('', { size: 8 }),
            ],
          }),
        },
        children,
      },
    ],
  })
  return Packer.toBuffer(document)
}

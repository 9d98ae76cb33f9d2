/**
 * The DOCX reader on hand-written WordprocessingML: what Word writes and the `docx` package does not
 * (content controls around rows and cells, gridBefore, a vMerge with no value), and the bounds an
 * importer sets on what is inflated.
 */
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import {
  DECISION_BODY,
  EXAMPLE_APPENDIX,
  decisionDocx,
} from '../../import/formats/decisionDocx.fixtures'
import {
  DocxPartTooLargeError,
  blocksOf,
  readDocx,
  readDocxBody,
  tableGrid,
  textOf,
} from './readDocx'

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`
const tc = (text: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${p(text)}</w:tc>`

function docx(body: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    'word/document.xml': strToU8(`<w:document ${NS}><w:body>${body}</w:body></w:document>`),
    'word/_rels/document.xml.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
    ),
    ...extra,
  })
}

describe('tableGrid', () => {
  it('places cells on the grid through spans, gridBefore, merges and content controls', () => {
    const table =
      '<w:sdt><w:sdtContent><w:tbl>' +
      `<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc('A', '<w:vMerge w:val="restart"/>')}${tc('B', '<w:gridSpan w:val="2"/>')}</w:tr>` +
      `<w:tr>${tc('', '<w:vMerge/>')}<w:sdt><w:sdtContent>${tc('c1')}</w:sdtContent></w:sdt>${tc('c2')}</w:tr>` +
      `<w:tr><w:trPr><w:gridBefore w:val="1"/><w:tblHeader w:val="0"/></w:trPr>${tc('d1')}${tc('d2')}</w:tr>` +
      '</w:tbl></w:sdtContent></w:sdt>'
    const blocks = blocksOf(readDocx(docx(p('trước') + table)).body)
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table'])
    const grid = tableGrid(blocks[1].element)
    expect(grid.map((r) => r.repeatsAsHeader)).toEqual([true, false, false])
    expect(grid.map((r) => r.cells.map((c) => [c.text, c.column, c.span, c.merge]))).toEqual([
      [
        ['A', 0, 1, 'restart'],
        ['B', 1, 2, null],
      ],
      [
        // a vMerge without a value continues the cell above and reads as its text
        ['A', 0, 1, 'continue'],
        ['c1', 1, 1, null],
        ['c2', 2, 1, null],
      ],
      [
        ['d1', 1, 1, null],
        ['d2', 2, 1, null],
      ],
    ])
  })
})

describe('readDocx bounds', () => {
  it('inflates only the body when asked, and refuses a part larger than allowed', () => {
    const bytes = docx(p('x'), { 'word/media/big.bin': new Uint8Array(2_000_000) })
    expect(Object.keys(readDocx(bytes, { parts: () => false }).entries).sort()).toEqual([
      'word/_rels/document.xml.rels',
      'word/document.xml',
    ])
    expect(() => readDocx(bytes, { maxPartBytes: 1_000_000 })).toThrow(DocxPartTooLargeError)
    expect(() => readDocx(bytes, { parts: () => false, maxPartBytes: 1_000_000 })).not.toThrow()
  })
})

describe('readDocxBody (the lean parser an importer uses)', () => {
  it('reads a document exactly as the strict DOM parser does', async () => {
    const bytes = await decisionDocx([...DECISION_BODY, ...EXAMPLE_APPENDIX])
    const view = (body: ReturnType<typeof readDocxBody>) =>
      blocksOf(body).map((b) => (b.kind === 'paragraph' ? textOf(b.element) : tableGrid(b.element)))
    const lean = view(readDocxBody(bytes))
    expect(lean).toEqual(view(readDocx(bytes).body))
    expect(lean).toContainEqual('PHỤ LỤC')
  })

  it('refuses malformed XML, a DOCTYPE (entity expansion), and a missing body', () => {
    const refused = [
      docx('<w:p><w:r><w:t>chưa đóng</w:r></w:p>'),
      zipSync({
        'word/document.xml': strToU8(
          `<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><w:document ${NS}><w:body>${p('&b;')}</w:body></w:document>`,
        ),
      }),
      zipSync({ 'word/document.xml': strToU8(`<w:document ${NS}/>`) }),
      zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }),
    ]
    for (const bytes of refused) expect(() => readDocxBody(bytes)).toThrow()
    const big = docx(p('x'.repeat(2_000_000)))
    expect(() => readDocxBody(big, { maxPartBytes: 1_000_000 })).toThrow(DocxPartTooLargeError)
  })
})

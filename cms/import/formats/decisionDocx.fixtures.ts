/**
 * Builds announcement-decision DOCX files as Word lays them out (with the `docx` package, the
 * project's DOCX writer): the decision's header table and body, then the appendix's headings and
 * tables with merged group rows, repeated header rows, vertically merged cells and line breaks.
 * For the reader's tests and for docs/examples/decision-appendix.docx. Content written for the
 * project, not copied from a real decision.
 */
import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx'

export type FixtureCell =
  string | { text: string; span?: number; merge?: 'restart' | 'continue'; bold?: boolean }

export type FixturePart =
  | { paragraph: string; bold?: boolean; center?: boolean }
  | {
      table: FixtureCell[][]
      /** how many first rows Word repeats on each page (w:tblHeader) */
      headerRows?: number
    }

/** A paragraph's runs: each line of the text, separated by line breaks (w:br) as Word keeps them. */
const runs = (text: string, bold = false) =>
  text.split('\n').map((line, i) => new TextRun({ text: line, bold, break: i > 0 ? 1 : 0 }))

function cell(value: FixtureCell): TableCell {
  const spec = typeof value === 'string' ? { text: value } : value
  return new TableCell({
    children: [new Paragraph({ children: runs(spec.text, spec.bold) })],
    columnSpan: spec.span,
    verticalMerge:
      spec.merge === 'restart'
        ? VerticalMergeType.RESTART
        : spec.merge === 'continue'
          ? VerticalMergeType.CONTINUE
          : undefined,
  })
}

export async function decisionDocx(parts: FixturePart[]): Promise<Uint8Array> {
  const children = parts.map((part) =>
    'paragraph' in part
      ? new Paragraph({
          children: runs(part.paragraph, part.bold),
          alignment: part.center ? AlignmentType.CENTER : undefined,
        })
      : new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: part.table.map(
            (row, r) =>
              new TableRow({
                tableHeader: r < (part.headerRows ?? 0),
                children: row.map(cell),
              }),
          ),
        }),
  )
  const document = new Document({
    sections: [
      { properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}

/** The decision's first page: header table, title, preamble, articles, then the appendix title. */
export const DECISION_BODY: FixturePart[] = [
  {
    table: [
      [
        'ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\nSố: 123/QĐ-UBND',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐiện Biên, ngày 05 tháng 3 năm 2025',
      ],
    ],
  },
  { paragraph: 'QUYẾT ĐỊNH', bold: true, center: true },
  {
    paragraph:
      'Về việc công bố Danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung, thay thế và bị bãi bỏ',
    bold: true,
    center: true,
  },
  {
    paragraph: 'trong lĩnh vực Hộ tịch, Chứng thực thuộc thẩm quyền giải quyết của tỉnh Điện Biên',
  },
  { paragraph: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN', bold: true, center: true },
  {
    paragraph:
      'Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính;',
  },
  { paragraph: 'QUYẾT ĐỊNH:', bold: true, center: true },
  {
    paragraph:
      'Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung, thay thế và bị bãi bỏ (có Phụ lục kèm theo).',
  },
  { paragraph: 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.' },
]

export const APPENDIX_TITLE: FixturePart[] = [
  { paragraph: 'PHỤ LỤC', bold: true, center: true },
  {
    paragraph: 'DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH, SỬA ĐỔI, BỔ SUNG, THAY THẾ VÀ BỊ BÃI BỎ',
    bold: true,
    center: true,
  },
  {
    paragraph:
      '(Ban hành kèm theo Quyết định số 123/QĐ-UBND ngày 05 tháng 3 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh Điện Biên)',
    center: true,
  },
]

export const NEW_HEADER = [
  'STT',
  'Mã số TTHC',
  'Tên thủ tục hành chính',
  'Thời hạn giải quyết',
  'Phí, lệ phí',
  'Cơ quan thực hiện',
  'Căn cứ pháp lý',
]
const bold = (row: string[]): FixtureCell[] => row.map((text) => ({ text, bold: true }))
const group = (text: string, span: number): FixtureCell[] => [{ text, span, bold: true }]

/**
 * An appendix with the variety of real ones: levels outside sections, a sector column at one level
 * and sector group rows at another, a header repeated on a new page, line breaks in cells, local
 * codes, a replaced table with the old procedure's code and an abolished table.
 */
export const EXAMPLE_APPENDIX: FixturePart[] = [
  ...APPENDIX_TITLE,
  { paragraph: 'A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH', bold: true },
  { paragraph: 'I. Danh mục thủ tục hành chính mới ban hành', bold: true },
  {
    headerRows: 1,
    table: [
      bold(NEW_HEADER),
      group('I. Lĩnh vực Hộ tịch', 7),
      [
        '1',
        '2.000986',
        'Đăng ký lại khai sinh có yếu tố nước ngoài',
        '05 ngày làm việc',
        '',
        'Sở Tư pháp',
        'Luật Hộ tịch 2014',
      ],
      group('II. Lĩnh vực Chứng thực', 7),
      [
        '1',
        '2.000908.000.00.00.H56',
        'Chứng thực hợp đồng, giao dịch\nliên quan đến tài sản là động sản',
        '02 ngày làm việc',
        '50.000 đồng/hợp đồng',
        'Sở Tư pháp;\nTổ chức hành nghề công chứng',
        'Nghị định 23/2015/NĐ-CP',
      ],
      // The header again, as a table pasted page by page repeats it.
      bold(NEW_HEADER),
      [
        '2',
        '2.000815',
        'Chứng thực chữ ký người dịch',
        'Trong ngày',
        '10.000 đồng/trường hợp',
        'Sở Tư pháp',
        'Nghị định 23/2015/NĐ-CP',
      ],
    ],
  },
  { paragraph: 'B. THỦ TỤC HÀNH CHÍNH CẤP XÃ', bold: true },
  { paragraph: 'II. Danh mục thủ tục hành chính được sửa đổi, bổ sung', bold: true },
  {
    headerRows: 1,
    table: [
      bold([
        'STT',
        'Mã TTHC',
        'Tên thủ tục hành chính',
        'Lĩnh vực',
        'Cơ quan thực hiện',
        'Tên VBQPPL quy định nội dung sửa đổi, bổ sung',
      ]),
      [
        '1',
        '1.001193',
        'Đăng ký khai sinh',
        'Hộ tịch',
        { text: 'Ủy ban nhân dân cấp xã', merge: 'restart' },
        'Nghị định 07/2025/NĐ-CP',
      ],
      [
        '2',
        '1.000656',
        'Đăng ký khai tử',
        'Hộ tịch',
        { text: '', merge: 'continue' },
        'Nghị định 07/2025/NĐ-CP',
      ],
    ],
  },
  { paragraph: 'III. Danh mục thủ tục hành chính được thay thế', bold: true },
  {
    table: [
      bold([
        'STT',
        'Mã TTHC',
        'Tên thủ tục hành chính',
        'Mã TTHC được thay thế',
        'Tên thủ tục hành chính được thay thế',
        'Tên VBQPPL quy định nội dung thay thế',
        'Lĩnh vực',
      ]),
      [
        '1',
        '1.004222',
        'Đăng ký thường trú',
        '1.004194',
        'Đăng ký thường trú (cũ)',
        'Luật Cư trú 2020',
        'Cư trú',
      ],
    ],
  },
  { paragraph: 'IV. Danh mục thủ tục hành chính bị bãi bỏ', bold: true },
  {
    table: [
      bold([
        'STT',
        'Mã số TTHC',
        'Tên thủ tục hành chính',
        'Tên VBQPPL quy định việc bãi bỏ thủ tục hành chính',
        'Lĩnh vực',
        'Cơ quan thực hiện',
      ]),
      ['1', '1.003197', 'Xóa đăng ký thường trú', 'Luật Cư trú 2020', 'Cư trú', 'Công an cấp xã'],
    ],
  },
]

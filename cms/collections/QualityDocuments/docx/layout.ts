/**
 * Page geometry and the building blocks (runs, paragraphs, table cells) of the DOCX export, in the
 * Vietnamese administrative style of NĐ 30/2020/NĐ-CP: A4 portrait, Times New Roman 13 pt, margins
 * top 20, bottom 20, left 30, right 15 mm.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  type ITableBordersOptions,
  type ParagraphChild,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  convertMillimetersToTwip,
} from 'docx'

import { cleanText } from './format'

export const FONT = 'Times New Roman'
/** All four font slots, so Word never falls back to the theme font (Calibri, Cambria, …) for any script. */
export const FONT_ALL_SCRIPTS = { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT } as const
export const LANGUAGE = 'vi-VN'

/** Half-points: 13 pt body, 12 pt in tables, 11 pt in the running header. */
export const SIZE_BODY = 26
export const SIZE_TABLE = 24
export const SIZE_SMALL = 22
export const SIZE_MARKER = 28

/** A4 in twips (210 × 297 mm). */
export const PAGE_WIDTH = 11906
export const PAGE_HEIGHT = 16838
export const MARGIN = {
  top: convertMillimetersToTwip(20),
  bottom: convertMillimetersToTwip(20),
  left: convertMillimetersToTwip(30),
  right: convertMillimetersToTwip(15),
  header: convertMillimetersToTwip(8),
  footer: convertMillimetersToTwip(8),
} as const
/** The text block's width: every table spans exactly this. */
export const CONTENT_WIDTH = PAGE_WIDTH - MARGIN.left - MARGIN.right

export const MARKER_COLOR = 'C00000'
const HEADER_FILL = 'E7E6E6'

export interface RunStyle {
  bold?: boolean
  italics?: boolean
  size?: number
  color?: string
}

/** Runs for a piece of text, its line breaks kept as Word line breaks. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  const lines = cleanText(text).split('\n')
  return lines.map(
    (line, index) =>
      new TextRun({
        text: line,
        break: index > 0 ? 1 : undefined,
        bold: style.bold,
        italics: style.italics,
        size: style.size,
        color: style.color,
      }),
  )
}

export interface ParagraphStyle extends RunStyle {
  align?: (typeof AlignmentType)[keyof typeof AlignmentType]
  before?: number
  after?: number
  keepNext?: boolean
  indentLeft?: number
  firstLine?: number
  pageBreakBefore?: boolean
}

export function para(content: string | ParagraphChild[], style: ParagraphStyle = {}): Paragraph {
  return new Paragraph({
    alignment: style.align,
    spacing: { before: style.before ?? 0, after: style.after ?? 0 },
    keepNext: style.keepNext,
    pageBreakBefore: style.pageBreakBefore,
    indent:
      style.indentLeft !== undefined || style.firstLine !== undefined
        ? { left: style.indentLeft, firstLine: style.firstLine }
        : undefined,
    children: typeof content === 'string' ? textRuns(content, style) : content,
  })
}

/** The red, boxed line that marks a draft or superseded issue. */
export function markerParagraph(text: string, size: number, after = 0): Paragraph {
  const border = { style: BorderStyle.DOUBLE, size: 6, color: MARKER_COLOR, space: 2 }
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after },
    border: { top: border, bottom: border, left: border, right: border },
    children: textRuns(text, { bold: true, size, color: MARKER_COLOR }),
  })
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
export const ALL_BORDERS: ITableBordersOptions = {
  top: thin,
  bottom: thin,
  left: thin,
  right: thin,
  insideHorizontal: thin,
  insideVertical: thin,
}
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
export const NO_BORDERS: ITableBordersOptions = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
}

export interface CellOptions {
  width: number
  columnSpan?: number
  header?: boolean
  align?: (typeof AlignmentType)[keyof typeof AlignmentType]
  vAlign?: (typeof VerticalAlignTable)[keyof typeof VerticalAlignTable]
  bold?: boolean
  italics?: boolean
  size?: number
}

/** A table cell of one or more paragraphs of text (a string per paragraph), 12 pt. */
export function cell(content: string | string[] | Paragraph[], options: CellOptions): TableCell {
  const size = options.size ?? SIZE_TABLE
  const align = options.align ?? (options.header ? AlignmentType.CENTER : AlignmentType.LEFT)
  const bold = options.bold ?? options.header
  const items = Array.isArray(content) ? content : [content]
  const children =
    items.length === 0
      ? [para('', { size })]
      : items.map((item) =>
          typeof item === 'string'
            ? para(item, { size, bold, italics: options.italics, align })
            : item,
        )
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    columnSpan: options.columnSpan,
    verticalAlign: options.vAlign ?? VerticalAlignTable.CENTER,
    shading: options.header
      ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL }
      : undefined,
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
    children,
  })
}

/** A bordered, fixed-layout table as wide as the text block. */
export function table(
  columnWidths: number[],
  rows: TableRow[],
  borders: ITableBordersOptions = ALL_BORDERS,
): Table {
  return new Table({
    width: { size: sum(columnWidths), type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders,
    rows,
  })
}

/** A header row, repeated at the top of each page the table runs onto. */
export function headerRow(labels: string[], widths: number[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: labels.map((label, i) => cell(label, { width: widths[i] ?? 0, header: true })),
  })
}

/** A table row; rows are kept whole on one page unless told otherwise. */
export function row(
  cells: TableCell[],
  options: { minHeight?: number; cantSplit?: boolean } = {},
): TableRow {
  return new TableRow({
    cantSplit: options.cantSplit ?? true,
    height: options.minHeight ? { value: options.minHeight, rule: HeightRule.ATLEAST } : undefined,
    children: cells,
  })
}

/** Splits the text width in proportion to the given weights, the last column taking the rounding. */
export function columns(weights: number[], total = CONTENT_WIDTH): number[] {
  const weightSum = sum(weights)
  const widths = weights.map((w) => Math.floor((total * w) / weightSum))
  widths[widths.length - 1] += total - sum(widths)
  return widths
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0)
}

/** The Document's default styles: Times New Roman 13 pt in Vietnamese, in every script slot. */
export const DOCUMENT_STYLES = {
  default: {
    document: {
      run: {
        font: FONT_ALL_SCRIPTS,
        size: SIZE_BODY,
        language: { value: LANGUAGE, eastAsia: LANGUAGE },
      },
      paragraph: { spacing: { line: 264 } },
    },
  },
}

/** An A4 portrait page with the administrative margins. */
export const PAGE_PROPERTIES = {
  size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
  margin: { ...MARGIN },
}

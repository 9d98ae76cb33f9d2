/**
 * A section's text (Lexical flattened to blocks) as Word paragraphs, with real Word lists for
 * bullets ("-", "+") and numbered items (1., a), i.) so they wrap with a hanging indent.
 */
import { AlignmentType, LevelFormat, type NumberingDefinition, Paragraph } from 'docx'

import type { TextBlock } from './model'
import { cleanText } from './format'
import { SIZE_BODY, para, textRuns } from './layout'

const BULLET = 'qd-bullet'
const NUMBERED = 'qd-numbered'
const MAX_DEPTH = 2
const INDENT_STEP = 360
const HANGING = 284

function levels(
  format: (level: number) => {
    format: (typeof LevelFormat)[keyof typeof LevelFormat]
    text: string
  },
) {
  return Array.from({ length: MAX_DEPTH + 1 }, (_, level) => ({
    level,
    ...format(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 567 + level * INDENT_STEP, hanging: HANGING } } },
  }))
}

export const LIST_NUMBERING: NumberingDefinition[] = [
  {
    reference: BULLET,
    levels: levels((level) => ({
      format: LevelFormat.BULLET,
      text: ['-', '+', '•'][level] ?? '-',
    })),
  },
  {
    reference: NUMBERED,
    levels: levels((level) =>
      level === 0
        ? { format: LevelFormat.DECIMAL, text: '%1.' }
        : level === 1
          ? { format: LevelFormat.LOWER_LETTER, text: '%2)' }
          : { format: LevelFormat.LOWER_ROMAN, text: '%3.' },
    ),
  },
]

/** Numbers each run of numbered items as its own list (1, 2, 3 … then 1 again after other text). */
export class ListCounter {
  private next = 1
  take(): number {
    return this.next++
  }
}

function depthOf(block: { depth?: number }): number {
  const depth = Math.trunc(block.depth ?? 0)
  return Math.min(Math.max(Number.isFinite(depth) ? depth : 0, 0), MAX_DEPTH)
}

/** The blocks as paragraphs; blocks with no text are left out. */
export function textBlockParagraphs(blocks: TextBlock[], lists: ListCounter): Paragraph[] {
  const out: Paragraph[] = []
  let instance: number | null = null
  for (const block of blocks) {
    const text = cleanText(block.text).trim()
    if (text === '') continue
    if (block.kind !== 'numbered') instance = null
    switch (block.kind) {
      case 'heading':
        out.push(para(text, { bold: true, before: 120, after: 60, keepNext: true }))
        break
      case 'bullet':
        out.push(
          new Paragraph({
            numbering: { reference: BULLET, level: depthOf(block) },
            alignment: AlignmentType.JUSTIFIED,
            spacing: { before: 0, after: 60 },
            children: textRuns(text, { size: SIZE_BODY }),
          }),
        )
        break
      case 'numbered':
        instance ??= lists.take()
        out.push(
          new Paragraph({
            numbering: { reference: NUMBERED, level: depthOf(block), instance },
            alignment: AlignmentType.JUSTIFIED,
            spacing: { before: 0, after: 60 },
            children: textRuns(text, { size: SIZE_BODY }),
          }),
        )
        break
      default:
        out.push(para(text, { align: AlignmentType.JUSTIFIED, firstLine: 567, after: 120 }))
    }
  }
  return out
}

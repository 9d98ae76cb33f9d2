/**
 * Builds Lexical editor state from plain text, for imports and demo data. Only paragraphs and
 * lists are needed; a markdown round-trip through the editor would need a full editor config.
 */
type LexicalNode = { type: string; version: number; [key: string]: unknown }

/** The shape Payload's generated types give a rich-text field. */
export interface LexicalState {
  [key: string]: unknown
  root: {
    type: string
    children: LexicalNode[]
    direction: 'ltr' | 'rtl' | null
    format: ''
    indent: number
    version: number
  }
}

const text = (value: string): LexicalNode => ({
  type: 'text',
  text: value,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const block = (
  type: string,
  children: LexicalNode[],
  extra: Record<string, unknown> = {},
): LexicalNode => ({
  ...extra,
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
})

const root = (children: LexicalNode[]): LexicalState => ({
  root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
})

export const paragraphsToLexical = (paragraphs: string[]) =>
  root(paragraphs.map((p) => block('paragraph', [text(p)], { textFormat: 0, textStyle: '' })))

/** An ordered list, one item per step: "Bước 1", "Bước 2", … come from the list numbering. */
export const orderedListToLexical = (items: string[]) =>
  root([
    block(
      'list',
      items.map((item, index) => block('listitem', [text(item)], { value: index + 1 })),
      { listType: 'number', start: 1, tag: 'ol' },
    ),
  ])

/** Plain text of a Lexical state, paragraphs separated by newlines (for search and exports). */
export function lexicalToPlainText(state: unknown): string {
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const n = node as { type?: string; text?: string; children?: unknown[] }
    if (typeof n.text === 'string') return n.text
    const inner = (n.children ?? []).map(walk)
    return n.type === 'root' || n.type === 'list' ? inner.join('\n') : inner.join('')
  }
  return walk((state as { root?: unknown })?.root ?? state)
}

export type TextBlockKind = 'paragraph' | 'heading' | 'bullet' | 'numbered'

/**
 * Top-level blocks of a Lexical state as plain text: paragraphs, headings and list items (with
 * their nesting depth), for documents laid out outside the browser (DOCX).
 */
export function lexicalToBlocks(
  state: unknown,
): { kind: TextBlockKind; text: string; depth?: number }[] {
  type Node = { type?: string; text?: string; tag?: string; listType?: string; children?: Node[] }
  const inline = (node: Node): string =>
    typeof node.text === 'string'
      ? node.text
      : node.type === 'linebreak'
        ? '\n'
        : (node.children ?? []).map(inline).join('')
  const blocks: { kind: TextBlockKind; text: string; depth?: number }[] = []
  const list = (node: Node, depth: number) => {
    const kind = node.listType === 'number' ? 'numbered' : 'bullet'
    for (const item of node.children ?? []) {
      const nested = (item.children ?? []).filter((c) => c.type === 'list')
      const text = (item.children ?? [])
        .filter((c) => c.type !== 'list')
        .map(inline)
        .join('')
        .trim()
      if (text) blocks.push({ kind, text, depth })
      for (const sub of nested) list(sub, depth + 1)
    }
  }
  const root = ((state as { root?: Node })?.root ?? state) as Node | undefined
  for (const node of root?.children ?? []) {
    if (node.type === 'list') list(node, 0)
    else {
      const text = inline(node).trim()
      if (text) blocks.push({ kind: node.type === 'heading' ? 'heading' : 'paragraph', text })
    }
  }
  return blocks
}

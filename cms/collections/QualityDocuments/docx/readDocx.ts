/**
 * Test-only reader of a .docx: unzips it (fflate, the zip library docx itself writes with) and parses
 * its XML parts strictly (@xmldom/xmldom: any warning fails), then gives their text as a reader sees
 * it. Fields are shown as {PAGE}, {NUMPAGES}, so a test sees that a real field is there rather than a
 * number typed in.
 */
import {
  DOMParser,
  type Document as XmlDocument,
  type Element,
  type Node,
  onWarningStopParsing,
} from '@xmldom/xmldom'
import { strFromU8, unzipSync } from 'fflate'

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships'

const ELEMENT_NODE = 1

export interface ReadDocx {
  /** Every file in the zip, by path. */
  entries: Record<string, Uint8Array>
  /** A part parsed as XML (throws when missing or not well formed). */
  xml(path: string): XmlDocument
  /** word/document.xml's body. */
  body: Element
  /** The section's headers by type ("first", "default", "even"), each parsed. */
  headers: Record<string, Element>
}

export function readDocx(buffer: Uint8Array): ReadDocx {
  const entries = unzipSync(buffer)
  const cache = new Map<string, XmlDocument>()
  const xml = (path: string): XmlDocument => {
    const cached = cache.get(path)
    if (cached) return cached
    const data = entries[path]
    if (!data) throw new Error(`${path} is not in the package`)
    const parsed = new DOMParser({ onError: onWarningStopParsing }).parseFromString(
      strFromU8(data),
      'text/xml',
    )
    cache.set(path, parsed)
    return parsed
  }
  const document = xml('word/document.xml')
  const body = document.getElementsByTagNameNS(W, 'body')[0]
  if (!body) throw new Error('word/document.xml has no body')

  const rels = new Map<string, string>()
  const relationships = xml('word/_rels/document.xml.rels').getElementsByTagNameNS(
    PKG_REL,
    'Relationship',
  )
  for (let i = 0; i < relationships.length; i++) {
    const rel = relationships[i]
    rels.set(rel.getAttribute('Id') ?? '', rel.getAttribute('Target') ?? '')
  }
  const headers: Record<string, Element> = {}
  const references = body.getElementsByTagNameNS(W, 'headerReference')
  for (let i = 0; i < references.length; i++) {
    const ref = references[i]
    const target = rels.get(ref.getAttributeNS(R, 'id') ?? '')
    if (!target) throw new Error(`header relationship ${ref.getAttributeNS(R, 'id')} is missing`)
    headers[ref.getAttributeNS(W, 'type') ?? 'default'] = xml(
      `word/${target.replace(/^\/?word\//, '')}`,
    ).documentElement!
  }
  return { entries, xml, body, headers }
}

function elementChildren(node: Node): Element[] {
  const out: Element[] = []
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) out.push(child as Element)
  }
  return out
}

function isW(node: Element, name: string): boolean {
  return node.namespaceURI === W && node.localName === name
}

/** The text of a paragraph (or any run container): tabs as \t, breaks as \n, fields as {INSTR}. */
export function textOf(node: Element): string {
  let out = ''
  const walk = (el: Element) => {
    for (const child of elementChildren(el)) {
      if (isW(child, 't')) out += child.textContent ?? ''
      else if (isW(child, 'tab')) out += '\t'
      else if (isW(child, 'br') || isW(child, 'cr')) out += '\n'
      else if (isW(child, 'instrText')) out += `{${(child.textContent ?? '').trim()}}`
      else if (isW(child, 'fldSimple'))
        out += `{${(child.getAttributeNS(W, 'instr') ?? '').trim()}}`
      else if (isW(child, 'p') && out !== '') {
        out += '\n'
        walk(child)
      } else walk(child)
    }
  }
  walk(node)
  return out
}

export type Block =
  | { kind: 'paragraph'; text: string; element: Element }
  | { kind: 'table'; rows: string[][]; element: Element }

/** The top-level paragraphs and tables of a body or header, in order; table cells as text. */
export function blocksOf(container: Element): Block[] {
  return elementChildren(container).flatMap((child): Block[] => {
    if (isW(child, 'p')) return [{ kind: 'paragraph', text: textOf(child), element: child }]
    if (isW(child, 'tbl')) return [{ kind: 'table', rows: tableRows(child), element: child }]
    return []
  })
}

export function tableRows(table: Element): string[][] {
  return elementChildren(table)
    .filter((el) => isW(el, 'tr'))
    .map((tr) =>
      elementChildren(tr)
        .filter((el) => isW(el, 'tc'))
        .map((tc) =>
          elementChildren(tc)
            .filter((el) => isW(el, 'p') || isW(el, 'tbl'))
            .map((el) => textOf(el))
            .join('\n'),
        ),
    )
}

/** All text of a part, paragraph by paragraph (table cells included), one paragraph a line. */
export function allText(container: Element): string {
  const paragraphs = container.getElementsByTagNameNS(W, 'p')
  const lines: string[] = []
  for (let i = 0; i < paragraphs.length; i++) lines.push(textOf(paragraphs[i]))
  return lines.join('\n')
}

/** The instructions of the fields in a part: ["PAGE", "NUMPAGES", …]. */
export function fieldInstructions(container: Element): string[] {
  const out: string[] = []
  const instr = container.getElementsByTagNameNS(W, 'instrText')
  for (let i = 0; i < instr.length; i++) out.push((instr[i].textContent ?? '').trim())
  const simple = container.getElementsByTagNameNS(W, 'fldSimple')
  for (let i = 0; i < simple.length; i++)
    out.push((simple[i].getAttributeNS(W, 'instr') ?? '').trim())
  return out
}

import fs from 'node:fs'
import path from 'node:path'

import { rootDir } from '../../../release/paths'

/**
 * Writes `section` into docs/benchmarks.md between `<!-- bench:<key> -->` markers: in place of
 * the block of the same key, or after the last thing under `heading` (added with `intro` when the
 * document has no such heading), so that a re-run replaces its own figures and keeps the others.
 */
export function writeDocBlock({
  heading,
  intro,
  key,
  section,
  file = path.join(rootDir, 'docs', 'benchmarks.md'),
}: {
  heading: string
  intro: string
  key: string
  section: string
  file?: string
}): void {
  const start = `<!-- bench:${key} -->`
  const end = `<!-- /bench:${key} -->`
  const block = `${start}\n\n${section}\n\n${end}`
  let doc = fs.readFileSync(file, 'utf8')
  if (!doc.includes(heading)) doc = `${doc.trimEnd()}\n\n${heading}\n\n${intro}\n`
  const at = doc.indexOf(start)
  if (at >= 0) doc = doc.slice(0, at) + block + doc.slice(doc.indexOf(end, at) + end.length)
  else {
    const next = doc.indexOf('\n## ', doc.indexOf(heading) + heading.length)
    const sectionEnd = next < 0 ? doc.length : next + 1
    doc = `${doc.slice(0, sectionEnd).trimEnd()}\n\n${block}\n${next < 0 ? '' : `\n${doc.slice(sectionEnd)}`}`
  }
  fs.writeFileSync(file, doc.endsWith('\n') ? doc : `${doc}\n`)
}

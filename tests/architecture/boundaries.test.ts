/**
 * The layers and the directions their imports may take (docs/architecture.md):
 *
 *   content-schemas   the contract: imports nothing of the project
 *   release           snapshot → served release: the contract only
 *   site              the Astro site: the contract only
 *   cms               Payload: the contract and the release layer
 *   scripts, tests    anything
 *
 * Every source file is read (TypeScript, and the frontmatter and scripts of .astro files), its
 * static and dynamic imports resolved to a folder, and each crossing checked. A crossing that is
 * not allowed fails here, so a shortcut across the layers shows in `npm test`.
 */
import fs from 'node:fs'
import path from 'node:path'

import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

const ALLOWED: Record<string, readonly string[]> = {
  'content-schemas': [],
  release: ['content-schemas'],
  site: ['content-schemas'],
  cms: ['content-schemas', 'release'],
}

/** Crossings allowed one by one, each with its reason. */
const EXCEPTIONS: { from: string; to: string; why: string }[] = [
  {
    from: 'cms/jobs/loadDemo.ts',
    to: 'scripts/seed/seedDemo',
    why:
      'the loadDemo job runs the demo loaders (never in production); it imports them lazily, and ' +
      'moving the seed data and loaders into cms/ would put development data in the admin',
  },
]

/** Path aliases of tsconfig.json. */
const ALIASES: Record<string, string> = { '@payload-config': 'cms/payload.config.ts' }

const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs|astro)$/
const SKIPPED = new Set(['node_modules', '.next', '.astro', 'dist', 'data'])

function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) out.push(...sourceFiles(rel))
    } else if (SOURCE.test(entry.name)) out.push(rel)
  }
  return out
}

/** The code of an .astro file: its frontmatter and its <script> elements. */
function astroCode(text: string): string {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? ''
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1])
  return [frontmatter, ...scripts].join('\n')
}

/** Module specifiers a file imports: static imports and exports, `import()` and `require()`. */
export function importsOf(code: string): string[] {
  return ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName)
}

/** The folder of the repository an import lands in, or null for a package. */
export function layerOf(
  fromFile: string,
  specifier: string,
): { layer: string; target: string } | null {
  let target: string
  if (ALIASES[specifier]) target = ALIASES[specifier]
  else if (specifier.startsWith('.'))
    target = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier))
  else return null
  return { layer: target.split('/')[0], target }
}

/** The crossings of one file that its layer does not allow. */
export function forbiddenImports(file: string, code: string): string[] {
  const from = file.split('/')[0]
  const allowed = ALLOWED[from]
  if (!allowed) return [] // scripts, tests and the root's config files may import anything
  const out: string[] = []
  for (const specifier of importsOf(code)) {
    const to = layerOf(file, specifier)
    if (!to || to.layer === from || allowed.includes(to.layer)) continue
    const target = to.target.replace(/\.(ts|tsx|mts|js|mjs)$/, '')
    if (EXCEPTIONS.some((e) => e.from === file && e.to === target)) continue
    out.push(`${file} → ${specifier} (${to.layer}/)`)
  }
  return out
}

describe('layer boundaries', () => {
  it('holds for every source file', () => {
    const files = Object.keys(ALLOWED).flatMap(sourceFiles)
    expect(files.length).toBeGreaterThan(100)
    const violations = files.flatMap((file) => {
      const text = fs.readFileSync(path.join(root, file), 'utf8')
      return forbiddenImports(file, file.endsWith('.astro') ? astroCode(text) : text)
    })
    expect(violations).toEqual([])
  })

  it('catches static, type-only, re-exported and dynamic imports across the layers', () => {
    const code = [
      "import x from '../../site/lib/foo'",
      "import type { Y } from '../lib/y'",
      "export { z } from '../../scripts/seed/data'",
      "const w = await import('../../site/lib/bar')",
      "import config from '@payload-config'",
    ].join('\n')
    expect(forbiddenImports('cms/publication/x.ts', code)).toEqual([
      'cms/publication/x.ts → ../../site/lib/foo (site/)',
      'cms/publication/x.ts → ../../scripts/seed/data (scripts/)',
      'cms/publication/x.ts → ../../site/lib/bar (site/)',
    ])
    expect(forbiddenImports('release/x.ts', code.split('\n')[4])).toEqual([
      'release/x.ts → @payload-config (cms/)',
    ])
    expect(forbiddenImports('site/pages/x.astro', "import { a } from '../../cms/lib/a'")).toEqual([
      'site/pages/x.astro → ../../cms/lib/a (cms/)',
    ])
  })

  it('reads the code of .astro files', () => {
    const astro =
      "---\nimport A from '../lib/a'\n---\n<p/>\n<script>\nimport '../../cms/b'\n</script>"
    expect(importsOf(astroCode(astro))).toEqual(['../lib/a', '../../cms/b'])
  })

  it('keeps its exceptions real: each still names an import that exists', () => {
    for (const e of EXCEPTIONS) {
      const code = fs.readFileSync(path.join(root, e.from), 'utf8')
      const targets = importsOf(code).map((s) => layerOf(e.from, s)?.target)
      expect(targets, e.why).toContain(e.to)
    }
  })
})

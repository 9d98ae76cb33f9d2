/**
 * Run by `npm install` (postinstall). Payload's relationship picker filters the options the server
 * found once more in the browser, by the words typed: "ket hon" then hides "Đăng ký kết hôn",
 * which the server's folded search (cms/plugins/foldedSearch) had just found, and the picker says
 * "Không có lựa chọn". This makes that second filter compare both sides without tone marks, as
 * content-schemas/fold.ts folds (kept in step by hand: a patched package cannot import it).
 *
 * Each edit names the exact text it replaces and fails the install when that text is missing (a new
 * Payload version), rather than leaving the picker unpatched in silence. Applying it twice changes
 * nothing. Remove it when Payload's picker folds by itself.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const ui = path.join(root, 'node_modules', '@payloadcms', 'ui', 'dist')
const MARK = 'foldMarks'

const edits = [
  {
    // The bundle the admin is built from (the package's "." export), minified.
    file: path.join(ui, 'exports', 'client', 'index.js'),
    from: 'qt=ba((de,Re)=>{if(!Re)return!0;let Pe=YG(Re||""),We=250,tt=String(de.label);',
    to:
      'qt=ba((de,Re)=>{if(!Re)return!0;' +
      'let foldMarks=s=>String(s).normalize("NFD").replace(/\\p{M}/gu,"").replace(/\\u0111/g,"d").replace(/\\u0110/g,"D");' +
      'Re=foldMarks(Re);let Pe=YG(Re||""),We=250,tt=foldMarks(de.label);',
  },
  {
    // The same component unbundled (its source map's file).
    file: path.join(ui, 'fields', 'Relationship', 'Input.js'),
    from: [
      '  const filterOption = useCallback((item, searchFilter) => {',
      '    if (!searchFilter) {',
      '      return true;',
      '    }',
      "    const r = wordBoundariesRegex(searchFilter || '');",
      '    // breaking the labels to search into smaller parts increases performance',
      '    const breakApartThreshold = 250;',
      '    let labelString = String(item.label);',
    ].join('\n'),
    to: [
      '  const filterOption = useCallback((item, typed) => {',
      '    if (!typed) {',
      '      return true;',
      '    }',
      "    const foldMarks = s => String(s).normalize('NFD').replace(/\\p{M}/gu, '').replace(/\\u0111/g, 'd').replace(/\\u0110/g, 'D');",
      '    const searchFilter = foldMarks(typed);',
      "    const r = wordBoundariesRegex(searchFilter || '');",
      '    const breakApartThreshold = 250;',
      '    let labelString = foldMarks(item.label);',
    ].join('\n'),
  },
]

for (const { file, from, to } of edits) {
  if (!fs.existsSync(file)) continue // installed without Payload's admin (e.g. a partial install)
  const text = fs.readFileSync(file, 'utf8')
  if (text.includes(to)) continue
  if (!text.includes(from) || text.includes(MARK)) {
    console.error(
      `patch-payload-ui: ${path.relative(root, file)} is not the text this patch expects ` +
        '(a new Payload version?): update scripts/patch-payload-ui.mjs or remove it.',
    )
    process.exit(1)
  }
  fs.writeFileSync(file, text.replace(from, to))
}

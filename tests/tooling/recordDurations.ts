/**
 * `npm run test:durations -- <vitest-report.json>`: writes tests/durations.json, the seconds each
 * test file took in a full run (Vitest's JSON reporter, as .ci/run writes it), which
 * tests/sequencer.ts uses to start the longest files first. Re-run it after a CI run when files
 * were added or became much slower; a stale list only costs balance, never a test.
 */
import fs from 'node:fs'
import path from 'node:path'

import { rootDir } from '../../cms/lib/paths'

interface VitestJsonReport {
  startTime: number
  testResults: { name: string; startTime: number; endTime: number }[]
}

const reportPath = process.argv[2]
if (!reportPath) {
  console.error('Cách dùng: npm run test:durations -- <báo cáo JSON của Vitest>')
  process.exit(2)
}
const report = JSON.parse(fs.readFileSync(reportPath, 'utf8')) as VitestJsonReport
const seconds = Object.fromEntries(
  report.testResults
    .map((file) => [
      path.relative(rootDir, file.name).split(path.sep).join('/'),
      Math.round((file.endTime - file.startTime) / 100) / 10,
    ])
    .sort(([a], [b]) => String(a).localeCompare(String(b))),
)
const out = path.join(rootDir, 'tests', 'durations.json')
fs.writeFileSync(
  out,
  `${JSON.stringify({ recorded: new Date(report.startTime).toISOString().slice(0, 10), seconds }, null, 2)}\n`,
)
console.log(`${Object.keys(seconds).length} files → ${path.relative(rootDir, out)}`)

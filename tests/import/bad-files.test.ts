/**
 * The bad-file battery (issue 10, item 6): over a thousand malformed inputs, generated from a fixed
 * seed, each read through `readImport` as the command line and the admin read them. For each: no
 * exception, a bounded time, an error (a warning for tolerated defects) naming the file, in
 * Vietnamese, saying where when the defect has a place, and no procedure from a record in error.
 * Valid controls run among them, so the battery cannot pass by refusing everything. Generators:
 * tests/import/badFiles/ (one per format).
 */
import { afterAll, describe, expect, it } from 'vitest'

import { readImport } from '../../cms/import/readImport'
import type { ImportedSet } from '../../cms/import/records'
import { formatIssue, type ImportIssue } from '../../cms/import/report'
import { badFiles, type BadFile } from './badFiles'

const SEED = 20_261_201
/** One input, read: far above what any takes (tens of milliseconds), far below a hang. */
const PER_INPUT_MS = 5_000
const RSS_GROWTH_BYTES = 512 * 1024 * 1024
/** A letter only Vietnamese writes: the message is in Vietnamese, not an English fallback. */
const VIETNAMESE = /[ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu

const battery = await badFiles(SEED)
const all = battery.flatMap((b) => b.cases)

const baseline = process.memoryUsage().rss
let peak = baseline
const times: { label: string; ms: number }[] = []

function located(issue: ImportIssue, where: NonNullable<BadFile['where']>): boolean {
  if (where.located && issue.row === null && issue.record === null) return false
  if (where.record !== undefined && issue.record !== where.record) return false
  if (where.row !== undefined && issue.row !== where.row) return false
  if (typeof where.field === 'string' && issue.field !== where.field) return false
  if (where.field instanceof RegExp && !where.field.test(issue.field)) return false
  return true
}

async function check(input: BadFile) {
  const files = await input.build()
  const started = performance.now()
  let set: ImportedSet
  try {
    set = await readImport(files, input.format ? { format: input.format } : {})
  } catch (problem) {
    expect.fail(`${input.label}: readImport threw ${String(problem)}`)
  }
  const ms = performance.now() - started
  times.push({ label: input.label, ms })
  peak = Math.max(peak, process.memoryUsage().rss)

  const report = `${input.label} (${input.file})\n${set.issues.slice(0, 6).map(formatIssue).join('\n')}`
  expect(ms, `${report}\nread in ${ms.toFixed(0)} ms; bound ${PER_INPUT_MS} ms`).toBeLessThan(
    PER_INPUT_MS,
  )
  for (const issue of set.issues) expect(issue.message, report).toMatch(VIETNAMESE)
  const errors = set.issues.filter((i) => i.severity === 'error')
  const codes = [
    ...[...set.procedures, ...set.skeletons].map((p) => p.code),
    ...set.serviceResults.flatMap((r) => r.rows.flatMap((row) => (row.code ? [row.code] : []))),
  ].sort()
  // Exactly the codes of the records without a defect: none from a record in error, none lost.
  expect(codes, report).toEqual([...(input.codes ?? [])].sort())

  if (input.expect === 'valid') {
    expect(errors, report).toEqual([])
    return
  }
  const severity = input.expect === 'warning' ? 'warning' : 'error'
  if (severity === 'warning') expect(errors, report).toEqual([])
  const named = set.issues.filter((i) => i.severity === severity && i.file === input.file)
  expect(named.length, `${report}\nno ${severity} names ${input.file}`).toBeGreaterThan(0)
  if (input.where)
    expect(
      named.some((i) => located(i, input.where!)),
      `${report}\nno ${severity} located at ${JSON.stringify(input.where, (_, v: unknown) => (v instanceof RegExp ? String(v) : v))}`,
    ).toBe(true)
}

describe('the bad-file battery', () => {
  it('has at least 1,000 malformed inputs, and valid controls among them', () => {
    const malformed = all.filter((c) => (c.expect ?? 'error') === 'error')
    expect(malformed.length).toBeGreaterThanOrEqual(1_000)
    expect(all.filter((c) => c.expect === 'valid').length).toBeGreaterThanOrEqual(20)
  })
})

for (const { generator, cases } of battery)
  describe(`bad files: ${generator}`, () => {
    it.each(cases.map((c) => [c.label, c] as const))('%s', async (_, input) => check(input))
  })

describe('after the battery', () => {
  it('kept memory bounded and left the prototypes alone', () => {
    expect(
      peak - baseline,
      `resident memory grew by ${((peak - baseline) / 1024 / 1024).toFixed(0)} MB`,
    ).toBeLessThan(RSS_GROWTH_BYTES)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('isCommuneLevel')
  })
})

afterAll(() => {
  const total = times.reduce((sum, t) => sum + t.ms, 0)
  const slowest = [...times].sort((a, b) => b.ms - a.ms).slice(0, 3)
  console.log(
    `Bad-file battery: ${times.length} inputs read in ${(total / 1000).toFixed(1)} s; ` +
      `resident memory +${((peak - baseline) / 1024 / 1024).toFixed(0)} MB at most; slowest: ` +
      slowest.map((t) => `${t.label} ${t.ms.toFixed(0)} ms`).join(', '),
  )
})

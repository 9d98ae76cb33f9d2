import { describe, expect, it } from 'vitest'

import { emptyCounts, type DossierCounts } from '../../../content-schemas/serviceResults'
import {
  countsOfPeriod,
  currentMissRun,
  evaluateObjective,
  judge,
  lastEndedPeriod,
  latestKnown,
  latestPeriod,
  outcomeText,
  runText,
  targetText,
  type ObjectiveTerms,
  type PeriodOutcome,
} from './objectives'

/** A month's counts: `late` of `total` dossiers late, `online` of them received online. */
const month = (total: number, late = 0, online = 0): DossierCounts => ({
  carriedOver: 0,
  receivedOnline: online,
  receivedDirect: total - online,
  receivedPostal: 0,
  resolvedEarly: 0,
  resolvedOnTime: total - late,
  resolvedLate: late,
  pendingWithinTime: 0,
  pendingOverdue: 0,
  withdrawn: 0,
})

const onTime98: ObjectiveTerms = {
  measure: 'on-time-rate',
  comparator: 'at-least',
  target: 98,
  periodKind: 'month',
}

const rate = (numerator: number, denominator: number) =>
  ({ kind: 'rate', percent: (numerator / denominator) * 100, numerator, denominator }) as const

describe('judge', () => {
  it('meets a target exactly reached, computed on the counts (49 of 50 is 98 %)', () => {
    expect(judge(onTime98, rate(49, 50)).kind).toBe('met')
    expect(judge(onTime98, rate(48, 50)).kind).toBe('missed')
    // 98.5 % of 200 is 197: a decimal target compares without rounding.
    expect(judge({ comparator: 'at-least', target: 98.5 }, rate(197, 200)).kind).toBe('met')
    expect(judge({ comparator: 'at-least', target: 98.5 }, rate(196, 200)).kind).toBe('missed')
  })

  it('reads "at most" the other way (a late rate ≤ 2 %)', () => {
    expect(judge({ comparator: 'at-most', target: 2 }, rate(1, 50)).kind).toBe('met')
    expect(judge({ comparator: 'at-most', target: 2 }, rate(2, 50)).kind).toBe('missed')
    expect(judge({ comparator: 'at-most', target: 0 }, rate(0, 50)).kind).toBe('met')
  })

  it('keeps unknown and no dossiers apart from met and missed', () => {
    expect(judge(onTime98, { kind: 'unknown' })).toEqual({ kind: 'unknown' })
    expect(judge(onTime98, { kind: 'no-dossiers' })).toEqual({ kind: 'empty' })
    // A target of 0 % is no pass for a period with nothing to measure either.
    expect(judge({ comparator: 'at-least', target: 0 }, { kind: 'no-dossiers' }).kind).toBe('empty')
  })

  it('says it in Vietnamese', () => {
    expect(targetText(onTime98)).toBe('≥ 98 %')
    expect(targetText({ comparator: 'at-most', target: 2.5 })).toBe('≤ 2,5 %')
    expect(outcomeText('on-time-rate', judge(onTime98, rate(97, 100)))).toBe('Không đạt (97 %)')
    expect(outcomeText('on-time-rate', { kind: 'empty' })).toBe('Không có hồ sơ')
    expect(outcomeText('compliant-share', { kind: 'empty' })).toBe('Không có thủ tục áp dụng')
    expect(outcomeText('online-share', { kind: 'unknown' })).toBe('Chưa có số liệu')
  })
})

describe('periods', () => {
  it('judges results on the last period ended, the compliance checks on the current one', () => {
    expect(lastEndedPeriod('month', '2026-01-15')).toBe('2025-12')
    expect(lastEndedPeriod('quarter', '2026-04-01')).toBe('2026-Q1')
    expect(lastEndedPeriod('year', '2026-12-31')).toBe('2025')
    expect(latestPeriod(onTime98, '2026-12-02')).toBe('2026-11')
    expect(latestPeriod({ ...onTime98, measure: 'compliant-share' }, '2026-12-02')).toBe('2026-12')
  })
})

describe('countsOfPeriod', () => {
  const reports = new Map([
    ['2026-01', month(100, 1)],
    ['2026-02', month(100, 3)],
    ['2026-03', month(100, 2)],
    ['2026-Q2', month(300, 0)],
  ])

  it('reads a quarter from its own report, or from all three of its months', () => {
    expect(countsOfPeriod('2026-Q2', reports)).toEqual(month(300, 0))
    const q1 = countsOfPeriod('2026-Q1', reports)!
    expect(q1.resolvedLate).toBe(6)
    expect(q1.resolvedOnTime).toBe(294)
  })

  it('is unknown when a month of the period is missing, never a partial sum', () => {
    const partial = new Map([...reports].filter(([key]) => key !== '2026-02'))
    expect(countsOfPeriod('2026-Q1', partial)).toBeNull()
    expect(countsOfPeriod('2026-04', reports)).toBeNull()
    // A year needs every month, or every quarter.
    expect(countsOfPeriod('2026', reports)).toBeNull()
  })

  it('reads a year from its four quarters', () => {
    const quarters = new Map(['Q1', 'Q2', 'Q3', 'Q4'].map((q) => [`2026-${q}`, month(100, 1)]))
    expect(countsOfPeriod('2026', quarters)?.resolvedLate).toBe(4)
  })
})

describe('evaluateObjective', () => {
  const reports = new Map([
    ['2026-07', month(100, 1)], // 99 %: met
    ['2026-08', month(100, 3)], // 97 %: missed
    ['2026-09', month(0)], // no dossiers
    ['2026-10', { ...month(100, 1), withdrawn: null }], // 99 % still: withdrawn is not needed
    ['2026-11', { ...month(100, 1), resolvedLate: null }], // unknown
  ])

  it('judges each period in effect: met, missed, empty and unknown apart', () => {
    const outcomes = evaluateObjective(onTime98, { reports }, '2026-12', 6)
    expect(outcomes.map((o) => [o.period, o.outcome.kind])).toEqual([
      ['2026-07', 'met'],
      ['2026-08', 'missed'],
      ['2026-09', 'empty'],
      ['2026-10', 'met'],
      ['2026-11', 'unknown'],
      ['2026-12', 'unknown'],
    ])
    expect(latestKnown(outcomes)?.period).toBe('2026-10')
  })

  it('leaves out the periods before and after the objective is in effect', () => {
    const terms = { ...onTime98, effectiveFrom: '2026-08-15', effectiveTo: '2026-10-31' }
    expect(evaluateObjective(terms, { reports }, '2026-12', 6).map((o) => o.period)).toEqual([
      '2026-08',
      '2026-09',
      '2026-10',
    ])
  })

  it('judges a quarter from its months, and online share and late rate from the same counts', () => {
    const q = new Map([
      ['2026-04', month(100, 0, 30)],
      ['2026-05', month(100, 0, 40)],
      ['2026-06', month(100, 3, 50)],
    ])
    const quarterly = { ...onTime98, periodKind: 'quarter' as const }
    expect(evaluateObjective(quarterly, { reports: q }, '2026-Q2', 1)[0]!.outcome.kind).toBe('met')
    const online = { ...quarterly, measure: 'online-share' as const, target: 45 }
    const [outcome] = evaluateObjective(online, { reports: q }, '2026-Q2', 1)
    expect(outcome!.outcome).toMatchObject({ kind: 'missed', rate: { numerator: 120 } })
    const late = { ...quarterly, measure: 'late-rate' as const, comparator: 'at-most' as const }
    expect(
      evaluateObjective({ ...late, target: 1 }, { reports: q }, '2026-Q2', 1)[0]!.outcome.kind,
    ).toBe('met')
  })

  it('judges the compliance measure on the months it was read, a quarter on its last reading', () => {
    const terms = { ...onTime98, measure: 'compliant-share' as const, target: 100 }
    const figures = {
      reports: new Map<string, DossierCounts>(),
      compliance: new Map([
        ['2026-10', rate(45, 45)],
        ['2026-12', rate(44, 45)],
      ]),
    }
    const outcomes = evaluateObjective(terms, figures, '2026-12', 3)
    expect(outcomes.map((o) => o.outcome.kind)).toEqual(['met', 'unknown', 'missed'])
    const quarterly = { ...terms, periodKind: 'quarter' as const }
    expect(evaluateObjective(quarterly, figures, '2026-Q4', 1)[0]!.outcome.kind).toBe('missed')
    expect(evaluateObjective(quarterly, figures, '2026-Q3', 1)[0]!.outcome.kind).toBe('unknown')
    const none = {
      ...figures,
      compliance: new Map([['2026-12', { kind: 'no-dossiers' } as const]]),
    }
    expect(evaluateObjective(terms, none, '2026-12', 1)[0]!.outcome.kind).toBe('empty')
  })

  it('is unknown for every period of a locality with no reports at all', () => {
    const outcomes = evaluateObjective(onTime98, { reports: new Map() }, '2026-12', 12)
    expect(outcomes).toHaveLength(12)
    expect(outcomes.every((o) => o.outcome.kind === 'unknown')).toBe(true)
    expect(currentMissRun(outcomes)).toBeNull()
    expect(emptyCounts().resolvedLate).toBeNull()
  })
})

describe('currentMissRun', () => {
  const o = (period: string, kind: 'met' | 'missed' | 'empty' | 'unknown'): PeriodOutcome => ({
    period,
    outcome:
      kind === 'met' || kind === 'missed'
        ? { kind, rate: rate(kind === 'met' ? 99 : 97, 100) }
        : { kind },
  })

  it('finds two misses in a row ending with the newest known outcome', () => {
    const run = currentMissRun([
      o('2026-08', 'met'),
      o('2026-09', 'missed'),
      o('2026-10', 'missed'),
    ])
    expect(run?.map((r) => r.period)).toEqual(['2026-09', '2026-10'])
    expect(runText(run!)).toBe('Tháng 09/2026 (97 %), Tháng 10/2026 (97 %)')
  })

  it('looks past periods not reported yet, and keeps the whole run', () => {
    const run = currentMissRun([
      o('2026-07', 'missed'),
      o('2026-08', 'missed'),
      o('2026-09', 'missed'),
      o('2026-10', 'unknown'),
    ])
    expect(run?.map((r) => r.period)).toEqual(['2026-07', '2026-08', '2026-09'])
  })

  it('needs two: one miss, a miss after a met period, or misses split by a gap are no run', () => {
    expect(currentMissRun([o('2026-09', 'met'), o('2026-10', 'missed')])).toBeNull()
    expect(currentMissRun([o('2026-10', 'missed')])).toBeNull()
    expect(
      currentMissRun([o('2026-08', 'missed'), o('2026-09', 'unknown'), o('2026-10', 'missed')]),
    ).toBeNull()
    expect(
      currentMissRun([o('2026-08', 'missed'), o('2026-09', 'empty'), o('2026-10', 'missed')]),
    ).toBeNull()
    // Missed twice, then met: the run is over.
    expect(
      currentMissRun([o('2026-08', 'missed'), o('2026-09', 'missed'), o('2026-10', 'met')]),
    ).toBeNull()
  })
})

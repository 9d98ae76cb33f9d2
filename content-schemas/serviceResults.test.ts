import { describe, expect, it } from 'vitest'

import {
  checkSums,
  comparePeriods,
  emptyCounts,
  formatCount,
  formatRate,
  lateRate,
  monthsEnding,
  monthsOf,
  nextMonth,
  onlineShare,
  onTimeRate,
  parsePeriod,
  periodLabel,
  periodContaining,
  periodPhrase,
  periodsEnding,
  received,
  sumCheckMessage,
  sumCounts,
  sumOverTime,
  toHandle,
  type DossierCounts,
} from './serviceResults'

/** A month of a commune desk: 10 carried over, 120 received, all accounted for. */
const month = (over: Partial<DossierCounts> = {}): DossierCounts => ({
  carriedOver: 10,
  receivedOnline: 40,
  receivedDirect: 75,
  receivedPostal: 5,
  resolvedEarly: 60,
  resolvedOnTime: 50,
  resolvedLate: 2,
  pendingWithinTime: 15,
  pendingOverdue: 1,
  withdrawn: 2,
  ...over,
})

describe('checkSums', () => {
  it('accepts a report whose outcomes add up to the dossiers there were to handle', () => {
    expect(checkSums(month())).toEqual({ kind: 'ok', toHandle: 130 })
  })

  it('refuses one that does not, naming both totals', () => {
    const check = checkSums(month({ resolvedOnTime: 53 }))
    expect(check).toEqual({ kind: 'mismatch', toHandle: 130, accounted: 133 })
    expect(sumCheckMessage(check)).toBe(
      'Số liệu không khớp: đã giải quyết + đang giải quyết + rút/trả lại = 133, nhưng kỳ trước chuyển sang + tiếp nhận trong kỳ = 130.',
    )
  })

  it('cannot check a report with unknown counts, and says which', () => {
    const check = checkSums(month({ withdrawn: null, receivedPostal: null }))
    expect(check).toEqual({ kind: 'unchecked', unknown: ['receivedPostal', 'withdrawn'] })
    expect(sumCheckMessage(check)).toBeNull()
  })

  it('still refuses a report whose known outcomes exceed everything there was to handle', () => {
    expect(checkSums(month({ withdrawn: null, resolvedEarly: 200 }))).toEqual({
      kind: 'mismatch',
      toHandle: 130,
      accounted: 268,
    })
  })

  it('refuses negative and fractional counts', () => {
    expect(checkSums(month({ resolvedLate: -1 }))).toMatchObject({ kind: 'invalid' })
    const check = checkSums(month({ receivedOnline: 2.5 }))
    expect(sumCheckMessage(check)).toBe(
      '"Tiếp nhận trực tuyến" phải là số nguyên không âm (đang là 2.5).',
    )
  })
})

describe('rates', () => {
  it('counts late dossiers, resolved or still in progress, over all there were to handle', () => {
    // (2 resolved late + 1 overdue) / 130
    expect(lateRate(month())).toMatchObject({ kind: 'rate', numerator: 3, denominator: 130 })
    const onTime = onTimeRate(month())
    expect(onTime).toMatchObject({ kind: 'rate', numerator: 127, denominator: 130 })
    expect(formatRate(onTime)).toBe('97,7 %')
  })

  it('reads the seeds’ district desk: 994 early, 963 on time, 70 late of 2,468', () => {
    const district = month({
      carriedOver: 0,
      receivedOnline: null,
      receivedDirect: null,
      receivedPostal: null,
      resolvedEarly: 994,
      resolvedOnTime: 963,
      resolvedLate: 70,
      pendingWithinTime: null,
      pendingOverdue: 0,
      withdrawn: null,
    })
    // Received only as a total, and what is still in progress not stated: the rate is unknown.
    expect(onTimeRate(district)).toEqual({ kind: 'unknown' })
    expect(formatRate(onTimeRate(district))).toBe('Chưa có thông tin')
  })

  it('has no rate for a period without dossiers, and says so differently from unknown', () => {
    const none = Object.fromEntries(Object.keys(month()).map((k) => [k, 0])) as DossierCounts
    expect(onTimeRate(none)).toEqual({ kind: 'no-dossiers' })
    expect(formatRate(onTimeRate(none))).toBe('Không có hồ sơ')
  })

  it('prints counts as Vietnamese write them, and a count not stated as not known', () => {
    expect(formatCount(1250)).toBe('1.250')
    expect(formatCount(0)).toBe('0')
    expect(formatCount(null)).toBe('Chưa có thông tin')
    expect(formatCount(null, 'không rõ')).toBe('không rõ')
    expect(formatRate(onTimeRate(month({ resolvedLate: 1, pendingOverdue: 0 })))).toBe('99,2 %')
  })

  it('is 100 % when nothing was late', () => {
    expect(
      formatRate(onTimeRate(month({ resolvedLate: 0, pendingOverdue: 0, withdrawn: 5 }))),
    ).toBe('100 %')
  })

  it('reads the online share of what was received', () => {
    expect(onlineShare(month())).toMatchObject({ kind: 'rate', numerator: 40, denominator: 120 })
  })
})

describe('what the outcomes say when a channel is not stated', () => {
  // A desk whose software gives direct and postal receipts as one number: the split is unknown,
  // but the sums hold (checkSums), so the outcomes say how many there were to handle.
  const combined = month({ receivedDirect: null, receivedPostal: null })

  it('reads dossiers to handle and received from the outcomes, and the rates from them', () => {
    expect(toHandle(combined)).toBe(130)
    expect(received(combined)).toBe(120)
    expect(formatRate(onTimeRate(combined))).toBe(formatRate(onTimeRate(month())))
    expect(onlineShare(combined)).toMatchObject({ kind: 'rate', numerator: 40, denominator: 120 })
  })

  it('stays unknown when an outcome is unknown too', () => {
    const unknown = month({ receivedPostal: null, withdrawn: null })
    expect(toHandle(unknown)).toBeNull()
    expect(received(unknown)).toBeNull()
    expect(lateRate(unknown)).toEqual({ kind: 'unknown' })
  })

  it('does not use the outcomes to pass a report the channels contradict', () => {
    expect(checkSums(month({ receivedDirect: 80 }))).toMatchObject({ kind: 'mismatch' })
    expect(checkSums(combined)).toMatchObject({ kind: 'unchecked' })
  })
})

describe('roll-ups', () => {
  it('sums the rows of one period, unknown where a row is', () => {
    const sum = sumCounts([month(), month({ withdrawn: null })])
    expect(sum.receivedDirect).toBe(150)
    expect(sum.withdrawn).toBeNull()
    expect(checkSums(sumCounts([month(), month()]))).toEqual({ kind: 'ok', toHandle: 260 })
  })

  it('reads consecutive months as one: carried into the first, pending at the end of the last', () => {
    const january = month()
    // February starts with January's 16 in progress.
    const february = month({ carriedOver: 16, resolvedEarly: 66 })
    const quarter = sumOverTime([january, february])
    expect(quarter.carriedOver).toBe(10)
    expect(quarter.receivedOnline).toBe(80)
    expect(quarter.resolvedEarly).toBe(126)
    expect(quarter.pendingWithinTime).toBe(15)
    expect(checkSums(quarter)).toEqual({ kind: 'ok', toHandle: 250 })
    expect(sumOverTime([])).toEqual(emptyCounts())
  })
})

describe('periods', () => {
  it('reads months, quarters and years, and nothing else', () => {
    expect(parsePeriod('2026-03')).toEqual({ kind: 'month', year: 2026, index: 3 })
    expect(parsePeriod('2026-Q4')).toEqual({ kind: 'quarter', year: 2026, index: 4 })
    expect(parsePeriod('2026')).toEqual({ kind: 'year', year: 2026 })
    for (const bad of ['2026-13', '2026-Q5', '03/2026', '2026-3', ''])
      expect(parsePeriod(bad)).toBeNull()
  })

  it('labels them as officers write them', () => {
    expect(periodLabel('2026-03')).toBe('Tháng 03/2026')
    expect(periodLabel('2026-Q2')).toBe('Quý II/2026')
    expect(periodLabel('2026')).toBe('Năm 2026')
    // Inside a sentence only the word is lower case, never the quarter's numeral.
    expect(periodPhrase('2026-Q2')).toBe('quý II/2026')
  })

  it('knows the months each covers, and counts months across a year end', () => {
    expect(monthsOf('2026-Q2')).toEqual(['2026-04', '2026-05', '2026-06'])
    expect(monthsOf('2026')).toHaveLength(12)
    expect(nextMonth('2026-12')).toBe('2027-01')
    expect(monthsEnding('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
  })

  it('finds the period containing a month, and the periods ending with one', () => {
    expect(periodContaining('month', '2026-08')).toBe('2026-08')
    expect(periodContaining('quarter', '2026-08')).toBe('2026-Q3')
    expect(periodContaining('year', '2026-08')).toBe('2026')
    expect(periodsEnding('2026-Q1', 3)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1'])
    expect(periodsEnding('2026', 2)).toEqual(['2025', '2026'])
    expect(periodsEnding('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02'])
  })

  it('orders periods in time, the longer first at the same start', () => {
    expect(['2026-02', '2026-Q1', '2025', '2026-01', '2026'].sort(comparePeriods)).toEqual([
      '2025',
      '2026',
      '2026-Q1',
      '2026-01',
      '2026-02',
    ])
  })
})

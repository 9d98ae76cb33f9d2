import { describe, expect, it } from 'vitest'

import { citizenView } from './citizenView'
import { isShorterTime } from './processingTime'
import {
  statedItems,
  type Application,
  type ChannelTime,
  type Locality,
  type Method,
  type ProcessingTime,
  type Procedure,
} from './snapshot'

const wd = (value: number): ProcessingTime => ({ value, unit: 'working-day' })
const method = (channel: Method['channel'], time: ProcessingTime | ChannelTime): Method => ({
  channel,
  processingTime: 'kind' in time ? time : { kind: 'stated', ...time },
  description: null,
  fees: { kind: 'none' },
})

const locality: Locality = {
  id: 'loc-1',
  slug: 'thi-tran-dien-bien-dong',
  name: 'Thị trấn Điện Biên Đông',
  unitType: 'town',
  unitTypeLabel: 'Thị trấn',
  tier: 'commune',
  code: '03253',
  parentId: null,
  portalUrl: null,
  deskAddress: 'Bộ phận Một cửa UBND thị trấn',
  phone: null,
  email: null,
  openingHours: null,
  dissolvedOn: null,
}

const procedure = (methods: Method[]): Procedure => ({
  id: 'p-1',
  code: '1.004222',
  localCode: null,
  slug: '1-004222-dang-ky-thuong-tru',
  name: 'Đăng ký thường trú',
  description: null,
  validity: 'in-force',
  levels: ['commune'],
  sectorId: 's-1',
  formalityType: null,
  subjects: { kind: 'stated', items: ['citizen'] },
  agencies: {
    implementing: { kind: 'stated', items: ['a-1'] },
    competent: [],
    coordinating: [],
    authorised: [],
  },
  steps: { kind: 'stated', html: '', text: '' },
  methods: { kind: 'stated', items: methods },
  dossierCases: { kind: 'stated', items: [{ name: '', components: [] }] },
  results: {
    kind: 'stated',
    items: [{ name: 'Xác nhận thường trú', code: null, templateFileId: null }],
  },
  requirements: { kind: 'none' },
  legalBasisIds: [],
  onlineServiceLevel: 'full',
  keywords: [],
  synonyms: [],
  relatedCodes: [],
  updatedAt: '2026-11-01T00:00:00.000Z',
})

const application = (committedTime: ProcessingTime | null): Application => ({
  procedureCode: '1.004222',
  receivingAddress: null,
  committedTime,
  localNotes: null,
  officerInCharge: null,
  unitInCharge: null,
  onlineServiceUrl: null,
  appliedFrom: null,
  applyingDecisionId: null,
})

/** The committed time citizenView gives each channel, in the procedure's order. */
const committedPerChannel = (methods: Method[], committed: ProcessingTime | null) =>
  statedItems(citizenView(procedure(methods), application(committed), locality).methods).map(
    (m) => m.committedTime,
  )

describe('citizenView: the committed time', () => {
  it('is shown on a channel whose legal time it shortens', () => {
    expect(committedPerChannel([method('direct', wd(7)), method('postal', wd(10))], wd(1))).toEqual(
      [wd(1), wd(1)],
    )
  })

  it('is not shown where it equals the legal time: the legal time alone stands', () => {
    expect(committedPerChannel([method('direct', wd(5))], wd(5))).toEqual([null])
  })

  it('is shown only on the channels it shortens, not on a quicker one', () => {
    // Online is already 3 days; a 5-day commitment would read as slower than the law there.
    expect(
      committedPerChannel(
        [method('direct', wd(7)), method('online', wd(3)), method('postal', wd(5))],
        wd(5),
      ),
    ).toEqual([wd(5), null, null])
  })

  it('is absent on every channel when the locality committed to nothing', () => {
    expect(committedPerChannel([method('direct', wd(7)), method('online', wd(3))], null)).toEqual([
      null,
      null,
    ])
  })

  it('compares across units only when certainly shorter', () => {
    expect(committedPerChannel([method('direct', wd(5))], { value: 3, unit: 'day' })).toEqual([
      { value: 3, unit: 'day' },
    ])
    // Five calendar days may be five working days.
    expect(committedPerChannel([method('direct', wd(5))], { value: 5, unit: 'day' })).toEqual([
      null,
    ])
    expect(committedPerChannel([method('direct', { value: 1, unit: 'month' })], wd(10))).toEqual([
      wd(10),
    ])
    expect(committedPerChannel([method('direct', wd(1))], { value: 4, unit: 'hour' })).toEqual([
      { value: 4, unit: 'hour' },
    ])
    expect(committedPerChannel([method('direct', wd(1))], { value: 8, unit: 'hour' })).toEqual([
      null,
    ])
  })

  it('is shown where the legal time is not a value: nothing to compare it with', () => {
    const unknown = { kind: 'unknown', source: 'CSDL quốc gia về TTHC' } as const
    expect(
      committedPerChannel(
        [
          method('direct', { kind: 'text', text: 'Theo quy định của pháp luật chuyên ngành' }),
          method('online', unknown),
          method('postal', wd(1)),
        ],
        wd(2),
      ),
    ).toEqual([wd(2), wd(2), null])
  })

  it('leaves channels the source does not state as they are', () => {
    const unknown = { kind: 'unknown', source: 'CSDL quốc gia về TTHC' } as const
    const view = citizenView({ ...procedure([]), methods: unknown }, application(wd(2)), locality)
    expect(view.methods).toEqual(unknown)
  })

  it('keeps the other overrides, with the locality’s desk where the application gives no address', () => {
    const view = citizenView(
      procedure([method('direct', wd(7))]),
      { ...application(wd(2)), localNotes: 'Mang theo CCCD.' },
      locality,
    )
    expect(view.receivingAddress).toBe(locality.deskAddress)
    expect(view.localNotes).toBe('Mang theo CCCD.')
    expect(view.locality).toBe(locality)
  })
})

describe('isShorterTime', () => {
  it('compares the same unit exactly', () => {
    expect(isShorterTime(wd(4), wd(5))).toBe(true)
    expect(isShorterTime(wd(5), wd(5))).toBe(false)
    expect(isShorterTime({ value: 0, unit: 'day' }, { value: 1, unit: 'day' })).toBe(true)
  })

  it('takes the longest reading of the time and the shortest of the limit across units', () => {
    expect(isShorterTime(wd(6), { value: 10, unit: 'day' })).toBe(true) // 10 days hold at least 7 working days
    expect(isShorterTime(wd(7), { value: 10, unit: 'day' })).toBe(false)
    expect(isShorterTime({ value: 1, unit: 'month' }, { value: 30, unit: 'day' })).toBe(false)
    expect(isShorterTime({ value: 10, unit: 'month' }, { value: 1, unit: 'year' })).toBe(true)
    expect(isShorterTime({ value: 11, unit: 'month' }, { value: 1, unit: 'year' })).toBe(false) // up to 253 working days against at least 250
  })
})

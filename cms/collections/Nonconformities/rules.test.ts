import { describe, expect, it } from 'vitest'

import { closeRefusal } from './rules'

const nc = { code: 'KPH-2026-01', state: 'actions-planned' as const }
const effective = (code: string, ownerID: string) => ({
  code,
  state: 'effective' as const,
  ownerID,
})

describe('closeRefusal', () => {
  it('needs at least one action, all verified effective', () => {
    expect(closeRefusal(nc, [], 'u9')).toMatchObject({ status: 409 })
    expect(
      closeRefusal(
        nc,
        [effective('HĐKP-2026-01', 'u1'), { code: 'HĐKP-2026-02', state: 'done', ownerID: 'u2' }],
        'u9',
      ),
    ).toEqual({
      status: 409,
      message:
        'Chưa thể đóng KPH-2026-01: hành động khắc phục HĐKP-2026-02 chưa được kiểm tra là có hiệu lực.',
    })
  })
  it('is closed by someone who owns none of its actions', () => {
    const actions = [effective('HĐKP-2026-01', 'u1'), effective('HĐKP-2026-02', 'u2')]
    expect(closeRefusal(nc, actions, 'u2')).toMatchObject({ status: 403 })
    expect(closeRefusal(nc, actions, 'u9')).toBeNull()
    expect(closeRefusal({ ...nc, state: 'closed' }, actions, 'u9')).toMatchObject({ status: 409 })
  })
})

import { describe, expect, it } from 'vitest'

import { mayDownloadTemplate } from './templateAccess'

describe('who may download a locality’s import template', () => {
  it('lets the locality’s own officers, legal officers and administrators, whatever the depth of localities', () => {
    expect(mayDownloadTemplate({ roles: ['locality-officer'], localities: ['a'] }, 'a')).toBe(true)
    expect(
      mayDownloadTemplate({ roles: ['locality-officer'], localities: [{ id: 'a' } as never] }, 'a'),
    ).toBe(true)
    expect(mayDownloadTemplate({ roles: ['legal-officer'], localities: [] }, 'a')).toBe(true)
    expect(mayDownloadTemplate({ roles: ['admin'] }, 'a')).toBe(true)
  })

  it('refuses another locality’s officer, other roles (even with the locality listed) and nobody', () => {
    expect(mayDownloadTemplate({ roles: ['locality-officer'], localities: ['b'] }, 'a')).toBe(false)
    expect(mayDownloadTemplate({ roles: ['reviewer', 'approver'], localities: ['a'] }, 'a')).toBe(
      false,
    )
    expect(mayDownloadTemplate({ roles: ['publisher'] }, 'a')).toBe(false)
    expect(mayDownloadTemplate(null, 'a')).toBe(false)
  })
})

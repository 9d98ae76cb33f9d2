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
    // The locality's chairman, approver for that locality only.
    expect(mayDownloadTemplate({ roles: ['approver'], localities: ['a'] }, 'a')).toBe(true)
  })

  it('refuses another locality’s people, province-wide roles other than legal officer, and nobody', () => {
    expect(mayDownloadTemplate({ roles: ['locality-officer'], localities: ['b'] }, 'a')).toBe(false)
    expect(mayDownloadTemplate({ roles: ['reviewer', 'approver'], localities: ['b'] }, 'a')).toBe(
      false,
    )
    expect(mayDownloadTemplate({ roles: ['reviewer'], localities: [] }, 'a')).toBe(false)
    expect(mayDownloadTemplate({ roles: ['publisher'] }, 'a')).toBe(false)
    expect(mayDownloadTemplate(null, 'a')).toBe(false)
  })
})

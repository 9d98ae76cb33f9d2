import { describe, expect, it } from 'vitest'

import { adminOverHttps, allowedOrigins, InvalidOriginError } from './origins'

describe('origins allowed to use the login cookie', () => {
  it('default to the local admin on its port', () => {
    expect(allowedOrigins({})).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000'])
    expect(allowedOrigins({ PORT: '3107' })).toEqual([
      'http://localhost:3107',
      'http://127.0.0.1:3107',
    ])
  })

  it('are the configured ones only, as browsers write them', () => {
    expect(allowedOrigins({ PUBLIC_ADMIN_URL: 'https://ThuTuc.Example.gov.vn/admin/' })).toEqual([
      'https://thutuc.example.gov.vn',
    ])
    expect(
      allowedOrigins({
        PUBLIC_ADMIN_URL: 'https://thutuc.example.gov.vn',
        ALLOWED_ORIGINS:
          'https://quantri.example.gov.vn:8443, http://10.0.0.5:3000 https://thutuc.example.gov.vn:443',
      }),
    ).toEqual([
      'https://thutuc.example.gov.vn',
      'https://quantri.example.gov.vn:8443',
      'http://10.0.0.5:3000',
    ])
  })

  it('refuse a value that would disable the check or is not an address, naming it', () => {
    for (const value of ['*', 'null', 'thutuc.example.gov.vn', 'ftp://thutuc.example.gov.vn']) {
      expect(() => allowedOrigins({ ALLOWED_ORIGINS: value })).toThrow(InvalidOriginError)
    }
    expect(() => allowedOrigins({ PUBLIC_ADMIN_URL: 'thutuc.example.gov.vn' })).toThrow(
      'PUBLIC_ADMIN_URL: "thutuc.example.gov.vn"',
    )
  })
})

describe('the login cookie', () => {
  it('is Secure when the admin’s public address is HTTPS', () => {
    expect(adminOverHttps({ PUBLIC_ADMIN_URL: 'https://thutuc.example.gov.vn' })).toBe(true)
    expect(adminOverHttps({ PUBLIC_ADMIN_URL: ' HTTPS://thutuc.example.gov.vn/admin' })).toBe(true)
    expect(adminOverHttps({ PUBLIC_ADMIN_URL: 'http://10.0.0.5:3000' })).toBe(false)
    expect(adminOverHttps({})).toBe(false)
  })
})

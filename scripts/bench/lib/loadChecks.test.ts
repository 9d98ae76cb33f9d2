import { describe, expect, it } from 'vitest'

import { checkResponse, navigationHeaders } from './loadChecks'

const dashboard =
  '<html><body><h2 id="work-queue-heading">Việc của tôi</h2><h2 id="compliance-heading">Tổng quan tuân thủ</h2></body></html>'
const loginPage = '<html><body><form class="login__form"><input name="email"/></form></body></html>'

describe('the load script counts a wrong answer as an error', () => {
  it('takes a page for rendered only with its heading, never the login page or a redirect', () => {
    expect(checkResponse('dashboard', 200, dashboard, 'x')).toBeUndefined()
    expect(checkResponse('dashboard', 200, loginPage, 'x')).toMatch(/not the page/)
    expect(checkResponse('dashboard', 307, '', 'x', '/admin/login')).toBe('HTTP 307 → /admin/login')
    expect(
      checkResponse('work-queue', 200, '<h1 style="margin:0">Việc của tôi</h1>', 'x'),
    ).toBeUndefined()
    // The navigation link names the page too; only its own heading counts.
    expect(
      checkResponse('work-queue', 200, '<a href="/admin/viec-cua-toi">Việc của tôi</a>', 'x'),
    ).toMatch(/not the page/)
  })

  it('checks the REST answers for their status and JSON shape', () => {
    const list = JSON.stringify({ docs: [{ id: 'a', title: 'T' }], totalDocs: 1 })
    expect(checkResponse('list', 200, list, 'a')).toBeUndefined()
    expect(checkResponse('list', 200, JSON.stringify({ docs: [], totalDocs: 0 }), 'a')).toMatch(
      /no docs/,
    )
    expect(checkResponse('list', 403, '{}', 'a')).toBe('HTTP 403')
    expect(checkResponse('document', 200, JSON.stringify({ id: 'a' }), 'a')).toBeUndefined()
    expect(checkResponse('document', 200, JSON.stringify({ id: 'b' }), 'a')).toMatch(/not document/)
    expect(
      checkResponse('save-draft', 200, JSON.stringify({ doc: { id: 'a' } }), 'a'),
    ).toBeUndefined()
    expect(checkResponse('save-draft', 200, JSON.stringify({ errors: [] }), 'a')).toMatch(
      /no saved/,
    )
    expect(checkResponse('save-draft', 200, '<html>', 'a')).toMatch(/not JSON/)
  })

  it('asks pages as a same-origin navigation, which Payload needs to read the cookie', () => {
    const headers = navigationHeaders('http://127.0.0.1:3000', 'payload-token=t')
    expect(headers).toMatchObject({
      Cookie: 'payload-token=t',
      'Sec-Fetch-Site': 'same-origin',
      'Sec-Fetch-Mode': 'navigate',
      'Sec-Fetch-Dest': 'document',
    })
    expect(headers).not.toHaveProperty('Origin')
  })
})

/**
 * Learning from failed searches (issue 11, item 8): the report endpoint is off by default; when
 * on, it counts each folded query per locality and day, refuses anything but a short text query,
 * is rate-limited, and stores nothing about who asked. Only legal officers read the list.
 */
import { REST_POST } from '@payloadcms/next/routes'
import { expect, it } from 'vitest'

import { REPORT_LIMITS } from '../../cms/collections/SearchMisses/reportEndpoint'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter, type TestContext } from '../helpers/payload'

/** POSTs raw text as the site's page does (text/plain, from another origin). */
async function report(ctx: TestContext, body: string, headers: Record<string, string> = {}) {
  const post = REST_POST(Promise.resolve(ctx.payload.config))
  const request = new Request('http://localhost:3000/api/search-misses/report', {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain', ...headers },
    body,
  })
  const response = await post(request, {
    params: Promise.resolve({ slug: ['search-misses', 'report'] }),
  })
  const text = await response.text()
  const message = text
    ? (JSON.parse(text) as { errors: { message: string }[] }).errors[0].message
    : ''
  return { status: response.status, message }
}

const rows = async (ctx: TestContext) =>
  (
    await ctx.payload.find({
      collection: 'search-misses',
      sort: '-count',
      depth: 0,
      limit: 0,
      pagination: false,
    })
  ).docs

describeEachAdapter('failed searches: off by default', (ctx) => {
  it('answers 404 and stores nothing unless the province turns reports on', async () => {
    const answer = await report(ctx(), JSON.stringify({ q: 'sổ đỏ' }))
    expect(answer.status).toBe(404)
    expect(answer.message).toContain('Chưa bật ghi nhận tìm kiếm không có kết quả')
    expect(await rows(ctx())).toEqual([])
  })
})

describeEachAdapter(
  'failed searches: reports, when on',
  (ctx) => {
    // The limiter counts per server process, and each adapter's block runs in this one: each
    // block reports from addresses of its own.
    const net = { sqlite: '198.51.100', postgres: '198.51.101', mongodb: '198.51.102' }
    const from = (ip: string) => ({
      'X-Forwarded-For': ip.replace('198.51.100', net[ctx().kind]),
    })

    it('counts each folded query per locality and day', async () => {
      const ip = from('198.51.100.1')
      for (const q of ['Sổ Đỏ', 'so   do', 'SO DO'])
        expect((await report(ctx(), JSON.stringify({ q }), ip)).status).toBe(204)
      const town = ctx().fixtures.localities.townA
      const local = await report(ctx(), JSON.stringify({ q: 'sổ đỏ', locality: town.code }), ip)
      expect(local.status).toBe(204)
      const stored = await rows(ctx())
      expect(stored.map((r) => [r.query, r.locality ?? null, r.count])).toEqual([
        ['so do', null, 3],
        ['so do', town.id, 1],
      ])
      expect(stored[0].day).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00/)
    })

    it('refuses oversized and garbage input with a Vietnamese message, storing nothing', async () => {
      const before = await rows(ctx())
      const ip = from('198.51.100.2')
      const refusals: [string, string][] = [
        [JSON.stringify({ q: 'a'.repeat(2000) }), 'quá dài'],
        [JSON.stringify({ q: 'dang ky '.repeat(20) }), 'dài quá 100 ký tự'],
        ['sổ đỏ', 'phải là JSON'],
        [JSON.stringify(['sổ đỏ']), 'phải là JSON'],
        [JSON.stringify({ q: 42 }), 'Thiếu từ tìm kiếm'],
        [JSON.stringify({ q: '   ' }), 'trống'],
        [JSON.stringify({ q: '<script>alert(1)</script>' }), 'chỉ được có chữ'],
        [JSON.stringify({ q: 'sổ đỏ', ip: '1.2.3.4' }), 'Trường không được nhận: ip'],
        [JSON.stringify({ q: 'gọi 0912 345 678' }), 'số điện thoại'],
        [JSON.stringify({ q: 'sổ đỏ', locality: '99999' }), 'Không có địa phương mã "99999"'],
        [JSON.stringify({ q: 'sổ đỏ', locality: { $ne: 1 } }), 'phải là dãy số'],
      ]
      for (const [body, message] of refusals) {
        const answer = await report(ctx(), body, ip)
        expect([400, 413], body).toContain(answer.status)
        expect(answer.message, body).toContain(message)
      }
      expect(await rows(ctx())).toEqual(before)
    })

    it('stops reading a body sent in chunks, with no length, once it is too long', async () => {
      const before = await rows(ctx())
      const chunk = new TextEncoder().encode(`{"q": "${'a'.repeat(1000)}`)
      let sent = 0
      // Without an end: an answer can only come from a server that stops reading.
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent++
          controller.enqueue(chunk)
        },
      })
      const post = REST_POST(Promise.resolve(ctx().payload.config))
      const request = new Request('http://localhost:3000/api/search-misses/report', {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain', ...from('198.51.100.5') },
        body: endless,
        duplex: 'half',
      } as RequestInit)
      expect(request.headers.get('content-length')).toBeNull()
      const response = await post(request, {
        params: Promise.resolve({ slug: ['search-misses', 'report'] }),
      })
      expect(response.status).toBe(413)
      expect(await response.text()).toContain('quá dài')
      expect(sent).toBeLessThan(10)
      expect(await rows(ctx())).toEqual(before)
    })

    it('limits each client per minute, without holding back the others', async () => {
      const body = JSON.stringify({ q: 'giấy độc thân' })
      for (let i = 0; i < REPORT_LIMITS.perKey; i++)
        expect((await report(ctx(), body, from('198.51.100.3'))).status).toBe(204)
      const refused = await report(ctx(), body, from('198.51.100.3'))
      expect(refused.status).toBe(429)
      expect(refused.message).toContain('Quá nhiều báo cáo')
      expect((await report(ctx(), body, from('198.51.100.4'))).status).toBe(204)
      const row = (await rows(ctx())).find((r) => r.query === 'giay doc than')
      expect(row?.count).toBe(REPORT_LIMITS.perKey + 1)
    })

    it('stores no address, browser, cookie or time of day', async () => {
      const secret = {
        ip: '203.0.113.77',
        agent: 'TrinhDuyetRiengTu/1.0',
        cookie: 'phien=bimat123',
      }
      const answer = await report(ctx(), JSON.stringify({ q: 'tách khẩu' }), {
        'X-Forwarded-For': secret.ip,
        'User-Agent': secret.agent,
        Cookie: secret.cookie,
      })
      expect(answer.status).toBe(204)
      const row = (await rows(ctx())).find((r) => r.query === 'tach khau')!
      const stored = JSON.stringify(row)
      for (const value of Object.values(secret)) expect(stored).not.toContain(value)
      // Only the report's facts and Payload's own bookkeeping.
      const allowed = ['count', 'createdAt', 'day', 'id', 'key', 'locality', 'query', 'updatedAt']
      expect(Object.keys(row).filter((k) => !allowed.includes(k))).toEqual([])
    })

    it('shows the list to legal officers only, most frequent first; nobody writes it through the API', async () => {
      const { rest } = ctx()
      const legal = await rest.login('phapche@test.vn', PASSWORD)
      const officer = await rest.login('canbo.a@test.vn', PASSWORD)
      expect((await rest.request('GET', '/search-misses')).status).toBe(403)
      expect((await rest.request('GET', '/search-misses', { token: officer })).status).toBe(403)
      const list = await rest.request('GET', '/search-misses', { token: legal })
      expect(list.status).toBe(200)
      const counts = ((await list.json()) as { docs: { count: number }[] }).docs.map((d) => d.count)
      expect(counts).toEqual([...counts].sort((a, b) => b - a))
      const write = { query: 'x', key: 'x', day: '2026-01-01', count: 1000 }
      expect(
        (await rest.request('POST', '/search-misses', { token: legal, body: write })).status,
      ).toBe(403)
    })
  },
  { config: { searchMissReports: true } },
)

import { afterEach, expect, it } from 'vitest'

import type { AuditLog } from '../../cms/payload-types'
import { setEnv } from '../helpers/env'
import { ADDRESS_FAILURES } from '../../cms/collections/Users/throttleLoginsByAddress'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter, type TestContext } from '../helpers/payload'

const WRONG = 'mat-khau-sai-hoan-toan'
const EVIL = 'http://evil.example'
const ADMIN_ORIGIN = 'http://localhost:3000'

/** A minimal but well-formed PDF (as in uploads.test.ts), so only the origin can make it fail. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \ntrailer<</Size 3/Root 1 0 R>>\nstartxref\n98\n%%EOF\n',
)

/** A fresh account for one test, so locking it disturbs no other test. */
const account = async (
  ctx: TestContext,
  email: string,
  roles: ('admin' | 'legal-officer' | 'reviewer')[] = ['reviewer'],
) =>
  ctx.payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, name: email.split('@')[0], roles },
  })

const restLogin = (
  ctx: TestContext,
  email: string,
  password: string,
  headers?: Record<string, string>,
) => ctx.rest.request('POST', '/users/login', { body: { email, password }, headers })

const lockUntil = async (ctx: TestContext, email: string) => {
  const user = (await ctx.payload.db.findOne({
    collection: 'users',
    where: { email: { equals: email } },
  })) as { lockUntil?: string | null }
  return user.lockUntil ? new Date(user.lockUntil).getTime() : 0
}

const lock = async (ctx: TestContext, email: string) => {
  for (let i = 0; i < 5; i++) expect((await restLogin(ctx, email, WRONG)).status).toBe(401)
  expect(await lockUntil(ctx, email)).toBeGreaterThan(Date.now())
}

const auditOf = async (ctx: TestContext, event: AuditLog['event'], email?: string) => {
  const { docs } = await ctx.payload.find({
    collection: 'audit-log',
    where: { event: { equals: event } },
    limit: 1000,
    sort: 'createdAt',
    depth: 0,
  })
  return email
    ? docs.filter((d) => (d.details as { email?: string } | null)?.email === email)
    : docs
}

describeEachAdapter('accounts: only administrators unlock a locked account', (ctx) => {
  it('refuses an unlock by anyone else, through REST, GraphQL and the Local API, the administrator’s account included', async () => {
    const c = ctx()
    const victim = 'bi-khoa@test.vn'
    await account(c, victim)
    const spareAdmin = 'quantri2@test.vn'
    await account(c, spareAdmin, ['admin'])
    await lock(c, victim)
    await lock(c, 'admin@test.vn')

    const legal = await c.rest.login('phapche@test.vn', PASSWORD)
    const officer = await c.rest.login('canbo.a@test.vn', PASSWORD)
    for (const email of [victim, 'admin@test.vn']) {
      expect(
        (await c.rest.request('POST', '/users/unlock', { token: legal, body: { email } })).status,
      ).toBe(403)
      expect((await c.rest.request('POST', '/users/unlock', { body: { email } })).status).toBe(403)
      const gql = await c.rest.graphql(`mutation ($email: String!) { unlockUser(email: $email) }`, {
        token: officer,
        variables: { email },
      })
      expect((await gql.json()).errors?.length).toBeGreaterThan(0)
      await expect(
        c.payload.unlock({
          collection: 'users',
          data: { email } as never,
          overrideAccess: false,
          req: { user: { ...c.fixtures.users.reviewer, collection: 'users' } },
        }),
      ).rejects.toThrow()
      // Still locked: the right password is refused.
      expect(await lockUntil(c, email)).toBeGreaterThan(Date.now())
      expect((await restLogin(c, email, PASSWORD)).status).toBe(401)
    }

    // An administrator unlocks, and it is recorded.
    const admin = await c.rest.login(spareAdmin, PASSWORD)
    expect(
      (await c.rest.request('POST', '/users/unlock', { token: admin, body: { email: victim } }))
        .status,
    ).toBe(200)
    const gql = await c.rest.graphql(`mutation { unlockUser(email: "admin@test.vn") }`, {
      token: admin,
    })
    expect((await gql.json()).data?.unlockUser).toBe(true)
    expect((await restLogin(c, victim, PASSWORD)).status).toBe(200)
    expect((await restLogin(c, 'admin@test.vn', PASSWORD)).status).toBe(200)
    const unlocked = await auditOf(c, 'account-unlocked')
    expect(unlocked.map((d) => [(d.details as { email: string }).email, d.actorEmail])).toEqual([
      [victim, spareAdmin],
      ['admin@test.vn', spareAdmin],
    ])
  })
})

describeEachAdapter('accounts: a password that is easy to guess is refused', (ctx) => {
  const WEAK = 'Matkhau@2026'
  const refusedAtPassword = async (response: Response) => {
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as {
      errors: { data?: { errors?: { path: string; message: string }[] } }[]
    }
    const [field] = errors[0].data?.errors ?? []
    expect(field).toMatchObject({ path: 'password', message: expect.stringContaining('dễ đoán') })
  }

  it('when an administrator creates an account, and when the account changes its own, whatever the API', async () => {
    const c = ctx()
    const admin = await c.rest.login('admin@test.vn', PASSWORD)
    const body = { email: 'mat-khau-yeu@test.vn', name: 'Yếu', roles: ['reviewer'] }
    await refusedAtPassword(
      await c.rest.request('POST', '/users', { token: admin, body: { ...body, password: WEAK } }),
    )
    const short = await c.rest.request('POST', '/users', {
      token: admin,
      body: { ...body, password: 'abc12' },
    })
    expect(JSON.stringify(await short.json())).toContain('Mật khẩu cần ít nhất 10 ký tự')
    // Not even through the Local API with access overridden, as the seed writes.
    const local = await c.payload
      .create({ collection: 'users', data: { ...body, password: '1234567890' } as never })
      .catch((error: { data?: { errors?: { path: string; message: string }[] } }) => error)
    expect((local as { data?: { errors?: unknown[] } }).data?.errors).toEqual([
      expect.objectContaining({ path: 'password', message: expect.stringContaining('dễ đoán') }),
    ])
    const gql = await c.rest.graphql(
      `mutation { createUser(data: { email: "gql-yeu@test.vn", name: "Yếu", password: "qwertyuiop", roles: [reviewer] }) { id } }`,
      { token: admin },
    )
    expect(JSON.stringify(await gql.json())).toContain('dễ đoán')
    const { docs } = await c.payload.find({
      collection: 'users',
      where: { email: { in: ['mat-khau-yeu@test.vn', 'gql-yeu@test.vn'] } },
    })
    expect(docs).toEqual([])

    // Changing one's own: the account's name is the first guess.
    const own = await c.payload.create({
      collection: 'users',
      data: { ...body, email: 'nguoidung.moi@test.vn', password: PASSWORD } as never,
    })
    const token = await c.rest.login('nguoidung.moi@test.vn', PASSWORD)
    const change = (password: string) =>
      c.rest.request('PATCH', `/users/${own.id}`, { token, body: { password } })
    const named = await change('nguoidungmoi-2026')
    expect(named.status).toBe(400)
    expect(JSON.stringify(await named.json())).toContain('không được chứa tên đăng nhập')
    expect((await restLogin(c, 'nguoidung.moi@test.vn', PASSWORD)).status).toBe(200)
    expect((await change('ca-phe-sua-da-buoi-sang')).status).toBe(200)
    expect((await restLogin(c, 'nguoidung.moi@test.vn', 'ca-phe-sua-da-buoi-sang')).status).toBe(
      200,
    )
  })

  it('when a password is reset with a token', async () => {
    const c = ctx()
    await account(c, 'quen-mat-khau@test.vn')
    const token = await c.payload.forgotPassword({
      collection: 'users',
      data: { email: 'quen-mat-khau@test.vn' },
      disableEmail: true,
    })
    await refusedAtPassword(
      await c.rest.request('POST', '/users/reset-password', { body: { token, password: WEAK } }),
    )
    expect((await restLogin(c, 'quen-mat-khau@test.vn', PASSWORD)).status).toBe(200)
  })
})

describeEachAdapter('accounts: failed logins are in the audit log', (ctx) => {
  it('records a wrong password with the email and the reason, never the password', async () => {
    const c = ctx()
    await account(c, 'sai-mat-khau@test.vn')
    const response = await restLogin(c, 'Sai-Mat-Khau@test.vn ', WRONG)
    expect(response.status).toBe(401)
    const [entry, ...more] = await auditOf(c, 'login-failed', 'sai-mat-khau@test.vn')
    expect(more).toEqual([])
    expect(entry.details).toMatchObject({
      email: 'sai-mat-khau@test.vn',
      reason: 'wrong-password',
      via: 'rest',
    })
    expect(entry.summary).toContain('sai mật khẩu')
    expect(entry.actor).toBeFalsy()
    expect(JSON.stringify(entry)).not.toContain(WRONG)
  })

  it('records an unknown email while answering the caller exactly as for a wrong password', async () => {
    const c = ctx()
    await account(c, 'co-that@test.vn')
    const wrong = await restLogin(c, 'co-that@test.vn', WRONG)
    const unknown = await restLogin(c, 'khong-ton-tai@test.vn', WRONG)
    expect(unknown.status).toBe(wrong.status)
    expect(await unknown.json()).toEqual(await wrong.json())
    const [entry] = await auditOf(c, 'login-failed', 'khong-ton-tai@test.vn')
    expect(entry.details).toMatchObject({ reason: 'unknown-email' })
    expect(entry.targetId).toBeFalsy()
    expect(JSON.stringify(entry)).not.toContain(WRONG)
  })

  it('records the lockout once, then each attempt on the locked account, even with the right password', async () => {
    const c = ctx()
    const email = 'khoa-sau-5-lan@test.vn'
    const user = await account(c, email)
    await lock(c, email)
    const locked = await auditOf(c, 'account-locked', email)
    expect(locked).toHaveLength(1)
    expect(locked[0].targetId).toBe(String(user.id))
    expect(locked[0].summary).toContain('bị khóa sau 5 lần')
    expect((await restLogin(c, email, PASSWORD)).status).toBe(401)
    const failed = await auditOf(c, 'login-failed', email)
    expect(failed.map((d) => (d.details as { reason: string }).reason)).toEqual([
      ...Array(5).fill('wrong-password'),
      'locked',
    ])
    expect(JSON.stringify(failed)).not.toContain(PASSWORD)
    expect(await auditOf(c, 'account-locked', email)).toHaveLength(1)
  })

  it('records each GraphQL login that fails, aliases and variables included', async () => {
    const c = ctx()
    await account(c, 'graphql@test.vn')
    const response = await c.rest.graphql(
      `mutation ($other: String!) {
        a: loginUser(email: "graphql@test.vn", password: "${WRONG}") { token }
        b: loginUser(email: $other, password: "${WRONG}") { token }
        ok: loginUser(email: "graphql@test.vn", password: "${PASSWORD}") { token }
      }`,
      { variables: { other: 'an-danh@test.vn' } },
    )
    const json = await response.json()
    expect(json.data.ok.token).toBeTruthy()
    expect(json.errors).toHaveLength(2)
    const [known] = await auditOf(c, 'login-failed', 'graphql@test.vn')
    const [unknown] = await auditOf(c, 'login-failed', 'an-danh@test.vn')
    expect(known.details).toMatchObject({ reason: 'wrong-password', via: 'graphql' })
    expect(unknown.details).toMatchObject({ reason: 'unknown-email', via: 'graphql' })
    expect(
      await auditOf(c, 'login', undefined).then((d) =>
        d.filter((e) => e.actorEmail === 'graphql@test.vn'),
      ),
    ).toHaveLength(1)
  })

  it('records one lockout when a batch of GraphQL guesses locks the account', async () => {
    const c = ctx()
    const email = 'doan-mat-khau@test.vn'
    await account(c, email)
    const guesses = Array.from(
      { length: 7 },
      (_, i) => `g${i}: loginUser(email: "${email}", password: "doan-${i}") { token }`,
    )
    const json = await (await c.rest.graphql(`mutation { ${guesses.join('\n')} }`)).json()
    expect(json.errors).toHaveLength(7)
    expect(await lockUntil(c, email)).toBeGreaterThan(Date.now())
    expect(await auditOf(c, 'account-locked', email)).toHaveLength(1)
    const reasons = (await auditOf(c, 'login-failed', email)).map(
      (d) => (d.details as { reason: string }).reason,
    )
    expect(reasons.sort()).toEqual(
      [...Array(2).fill('locked'), ...Array(5).fill('wrong-password')].sort(),
    )
  })
})

describeEachAdapter('accounts: one address guessing across accounts', (ctx) => {
  it('is refused once its failures reach the limit, on every account and through GraphQL; others are not', async () => {
    const c = ctx()
    await account(c, 'phun-mat-khau@test.vn')
    await account(c, 'cung-van-phong@test.vn')
    // As the admin server passes the peer on (scripts/lib/cmsServer.ts).
    const from = (ip: string) => ({ 'X-Forwarded-For': ip })
    const guesser = from('203.0.113.66')
    // An officer of the office whose router the guesser shares signed in from it last week.
    expect((await restLogin(c, 'cung-van-phong@test.vn', PASSWORD, guesser)).status).toBe(200)
    await c.payload.db.updateMany({
      collection: 'audit-log',
      where: { event: { equals: 'login' }, ip: { equals: '203.0.113.66' } },
      data: { createdAt: new Date(Date.now() - 7 * 86_400_000).toISOString() },
    })
    // One common password tried on many accounts: no account reaches its own lock.
    for (let i = 0; i < ADDRESS_FAILURES.limit; i++)
      expect((await restLogin(c, `nguoi-${i}@test.vn`, 'Matkhau@2026', guesser)).status).toBe(401)
    const refused = await restLogin(c, 'phun-mat-khau@test.vn', PASSWORD, guesser)
    expect(refused.status).toBe(429)
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0].message).toBe(
      `Địa chỉ này đã đăng nhập sai ${ADDRESS_FAILURES.limit} lần trong 15 phút qua. Hãy thử lại sau 15 phút, hoặc nhờ quản trị viên kiểm tra.`,
    )
    const gql = await c.rest.graphql(
      `mutation { loginUser(email: "phun-mat-khau@test.vn", password: "${PASSWORD}") { token } }`,
      { headers: guesser },
    )
    expect(JSON.stringify(await gql.json())).toContain('Địa chỉ này đã đăng nhập sai')
    // The refusals are not failures of their own: the count does not grow while refused.
    const failures = await c.payload.count({
      collection: 'audit-log',
      where: { event: { equals: 'login-failed' }, ip: { equals: '203.0.113.66' } },
    })
    expect(failures.totalDocs).toBe(ADDRESS_FAILURES.limit)
    // That officer is still let in from the office, and a wrong password of theirs still fails as
    // one (their account's own lock guards it); an account never signed in from there is not tried.
    expect((await restLogin(c, 'cung-van-phong@test.vn', PASSWORD, guesser)).status).toBe(200)
    expect((await restLogin(c, 'CUNG-VAN-PHONG@test.vn ', WRONG, guesser)).status).toBe(401)
    expect((await restLogin(c, 'phun-mat-khau@test.vn', PASSWORD, guesser)).status).toBe(429)
    expect(
      (await restLogin(c, 'phun-mat-khau@test.vn', PASSWORD, from('203.0.113.67'))).status,
    ).toBe(200)
    // Fifteen minutes on, the address may try again.
    await c.payload.db.updateMany({
      collection: 'audit-log',
      where: { ip: { equals: '203.0.113.66' } },
      data: { createdAt: new Date(Date.now() - 16 * 60_000).toISOString() },
    })
    expect((await restLogin(c, 'phun-mat-khau@test.vn', PASSWORD, guesser)).status).toBe(200)
  })
})

describeEachAdapter('audit log: the caller’s address', (ctx) => {
  let restoreEnv: (() => void) | undefined
  afterEach(() => {
    restoreEnv?.()
    restoreEnv = undefined
  })

  // The admin server appends the peer address last (scripts/lib/cmsServer.ts); here the header is
  // written as that server passes it on.
  it('is the connecting peer, not what the client put in X-Forwarded-For or X-Real-IP', async () => {
    const c = ctx()
    await account(c, 'dia-chi@test.vn')
    const headers = { 'X-Forwarded-For': '6.6.6.6, 203.0.113.7', 'X-Real-IP': '7.7.7.7' }
    expect((await restLogin(c, 'dia-chi@test.vn', PASSWORD, headers)).status).toBe(200)
    expect((await restLogin(c, 'dia-chi@test.vn', WRONG, headers)).status).toBe(401)
    const [login] = (await auditOf(c, 'login')).filter((d) => d.actorEmail === 'dia-chi@test.vn')
    const [failed] = await auditOf(c, 'login-failed', 'dia-chi@test.vn')
    expect(login.ip).toBe('203.0.113.7')
    expect(failed.ip).toBe('203.0.113.7')
  })

  it('is what a trusted proxy saw, and only a trusted one', async () => {
    const c = ctx()
    await account(c, 'sau-proxy@test.vn')
    restoreEnv = setEnv({ TRUSTED_PROXIES: '127.0.0.1' })
    // nginx on this host appended the client it saw (198.51.100.9) to the client's forged entry.
    await restLogin(c, 'sau-proxy@test.vn', PASSWORD, {
      'X-Forwarded-For': '6.6.6.6, 198.51.100.9, 127.0.0.1',
    })
    // A peer that is not the trusted proxy gets no say.
    await restLogin(c, 'sau-proxy@test.vn', PASSWORD, {
      'X-Forwarded-For': '6.6.6.6, 198.51.100.9',
    })
    const ips = (await auditOf(c, 'login'))
      .filter((d) => d.actorEmail === 'sau-proxy@test.vn')
      .map((d) => d.ip)
    expect(ips).toEqual(['198.51.100.9', '198.51.100.9'])
    process.env.TRUSTED_PROXIES = '' // put back by restoreEnv
    await restLogin(c, 'sau-proxy@test.vn', PASSWORD, {
      'X-Forwarded-For': '6.6.6.6, 198.51.100.9, 127.0.0.1',
    })
    const last = (await auditOf(c, 'login'))
      .filter((d) => d.actorEmail === 'sau-proxy@test.vn')
      .at(-1)
    expect(last?.ip).toBe('127.0.0.1')
  })
})

describeEachAdapter(
  'cross-site requests: the login cookie counts only from the admin’s origin',
  (ctx) => {
    const cookieOf = async (c: TestContext, email: string) =>
      `payload-token=${await c.rest.login(email, PASSWORD)}`

    /** A draft procedure of the legal officer's, written through the Local API. */
    const draft = async (c: TestContext, code: string) => {
      const doc = await c.payload.create({
        collection: 'procedures',
        data: { ...c.fixtures.complete(code, `Thủ tục ${code}`), _status: 'draft' },
        draft: true,
        user: c.fixtures.users.legal,
      })
      return String(doc.id)
    }
    const stored = (c: TestContext, id: string) =>
      c.payload.findByID({ collection: 'procedures', id, draft: true, depth: 0 })

    it('refuses a PATCH, a workflow submit and a GraphQL mutation from another site, and changes nothing', async () => {
      const c = ctx()
      const Cookie = await cookieOf(c, 'phapche@test.vn')
      const id = await draft(c, '1.008001')
      const before = await stored(c, id)
      const hostile: Record<string, string>[] = [
        { Cookie, Origin: EVIL },
        { Cookie, Origin: 'null' },
        { Cookie, Origin: 'http://localhost:3000.evil.example' },
        { Cookie, 'Sec-Fetch-Site': 'cross-site' },
        { Cookie, Referer: `${ADMIN_ORIGIN}/admin` },
        { Cookie },
      ]
      for (const headers of hostile) {
        const patch = await c.rest.request('PATCH', `/procedures/${id}`, {
          headers,
          body: { name: 'Sửa từ trang khác' },
        })
        expect(patch.status, JSON.stringify(headers)).toBe(403)
        const submit = await c.rest.request('POST', `/procedures/${id}/workflow`, {
          headers,
          body: { action: 'submit', changeReason: 'Giả mạo' },
        })
        expect([401, 403], JSON.stringify(headers)).toContain(submit.status)
        const gql = await c.rest.graphql(
          `mutation { updateProcedure(id: "${id}", data: { name: "Sửa qua GraphQL" }, draft: true) { name } }`,
          { headers },
        )
        expect((await gql.json()).errors?.length, JSON.stringify(headers)).toBeGreaterThan(0)
      }
      const after = await stored(c, id)
      expect(after.name).toBe(before.name)
      expect(after.workflow?.state).toBe(before.workflow?.state)
      expect(after.updatedAt).toBe(before.updatedAt)
    })

    it('accepts the same requests from the admin itself, and a token header from anywhere', async () => {
      const c = ctx()
      const Cookie = await cookieOf(c, 'phapche@test.vn')
      const id = await draft(c, '1.008002')
      const same = await c.rest.request('PATCH', `/procedures/${id}`, {
        headers: { Cookie, Origin: ADMIN_ORIGIN },
        body: { name: 'Sửa trong trang quản trị' },
      })
      expect(same.status).toBe(200)
      // A browser's same-origin request without Origin (a navigation) says so in Sec-Fetch-Site.
      const nav = await c.rest.request('GET', `/procedures/${id}`, {
        headers: { Cookie, 'Sec-Fetch-Site': 'same-origin' },
        query: { draft: 'true' },
      })
      expect(nav.status).toBe(200)
      const submit = await c.rest.request('POST', `/procedures/${id}/workflow`, {
        headers: { Cookie, Origin: ADMIN_ORIGIN },
        body: { action: 'submit', changeReason: 'Cập nhật theo quyết định mới' },
      })
      expect(submit.status).toBe(200)
      expect((await stored(c, id)).workflow?.state).toBe('in-review')
      // A script with the token in a header is no cross-site risk: a browser never adds that header by itself.
      const token = await c.rest.login('phapche@test.vn', PASSWORD)
      const other = await draft(c, '1.008003')
      const api = await c.rest.request('PATCH', `/procedures/${other}`, {
        token,
        headers: { Origin: EVIL },
        body: { name: 'Sửa bằng mã truy cập' },
      })
      expect(api.status).toBe(200)
      // CORS: the admin's origin may read answers with credentials; another site may not.
      expect(same.headers.get('Access-Control-Allow-Origin')).toBe(ADMIN_ORIGIN)
      expect(api.headers.get('Access-Control-Allow-Origin')).toBeNull()
    })

    it('refuses an upload and a publish from another site', async () => {
      const c = ctx()
      const legal = await cookieOf(c, 'phapche@test.vn')
      const form = () => {
        const data = new FormData()
        data.append(
          'file',
          new File([new Uint8Array(PDF)], 'to-khai.pdf', { type: 'application/pdf' }),
        )
        data.append('_payload', JSON.stringify({ title: 'Tệp từ trang khác' }))
        return data
      }
      const mediaBefore = await c.payload.count({ collection: 'media' })
      const upload = await c.rest.request('POST', '/media', {
        body: form(),
        headers: { Cookie: legal, Origin: EVIL },
      })
      expect(upload.status).toBe(403)
      expect((await c.payload.count({ collection: 'media' })).totalDocs).toBe(mediaBefore.totalDocs)
      const sameSite = await c.rest.request('POST', '/media', {
        body: form(),
        headers: { Cookie: legal, Origin: ADMIN_ORIGIN },
      })
      expect(sameSite.status).toBe(201)

      const publisher = await cookieOf(c, 'xuatban@test.vn')
      const publish = await c.rest.request('POST', '/releases/publish', {
        body: {},
        headers: { Cookie: publisher, Origin: EVIL },
      })
      expect(publish.status).toBe(403)
      expect((await c.payload.count({ collection: 'releases' })).totalDocs).toBe(0)
    })
  },
)

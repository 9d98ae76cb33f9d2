import { expect, it } from 'vitest'

import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter } from '../helpers/payload'

describeEachAdapter(
  'releases: only publishers publish, and the record cannot be rewritten',
  (ctx) => {
    it('refuses "Xuất bản" to anyone but a publisher', async () => {
      const { rest } = ctx()
      expect((await rest.request('POST', '/releases/publish')).status).toBe(403)
      for (const email of [
        'canbo.a@test.vn',
        'phapche@test.vn',
        'xemxet@test.vn',
        'pheduyet@test.vn',
      ]) {
        const token = await rest.login(email, PASSWORD)
        const response = await rest.request('POST', '/releases/publish', { token })
        expect(response.status, email).toBe(403)
        expect(await response.text()).toContain('Chỉ người xuất bản')
      }
    })

    it('refuses a locality publish to anyone but a publisher, the officer of that locality included', async () => {
      const { rest, fixtures, payload } = ctx()
      const body = { locality: fixtures.localities.townA.id }
      expect((await rest.request('POST', '/releases/publish', { body })).status).toBe(403)
      for (const email of [
        'canbo.a@test.vn',
        'canbo.b@test.vn',
        'phapche@test.vn',
        'xemxet@test.vn',
        'pheduyet@test.vn',
      ]) {
        const token = await rest.login(email, PASSWORD)
        const response = await rest.request('POST', '/releases/publish', { token, body })
        expect(response.status, email).toBe(403)
        expect(await response.text()).toContain('Chỉ người xuất bản')
      }
      // Nothing was queued: no record, no job.
      expect(
        (await payload.count({ collection: 'releases', where: { scope: { equals: 'locality' } } }))
          .totalDocs,
      ).toBe(0)
      expect((await payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(0)
    })

    it('shows what is live to staff only', async () => {
      const { rest } = ctx()
      expect((await rest.request('GET', '/releases/live')).status).toBe(403)
      const token = await rest.login('canbo.a@test.vn', PASSWORD)
      const response = await rest.request('GET', '/releases/live', { token })
      expect(response.status).toBe(200)
      expect(await response.json()).toHaveProperty('live')
    })

    it('refuses a rollback to anyone but a publisher', async () => {
      const { payload, rest } = ctx()
      const record = await payload.create({
        collection: 'releases',
        data: { action: 'publish', state: 'live', releaseId: 'test-release' },
      })
      const token = await rest.login('phapche@test.vn', PASSWORD)
      expect(
        (await rest.request('POST', `/releases/${record.id}/rollback`, { token })).status,
      ).toBe(403)
    })

    it('offers no way to create, edit or delete release records through the API', async () => {
      const { payload, rest, fixtures } = ctx()
      const record = await payload.create({
        collection: 'releases',
        data: { action: 'publish', state: 'live', releaseId: 'test-release-2' },
      })
      const token = await rest.login('xuatban@test.vn', PASSWORD)
      expect(
        (
          await rest.request('POST', '/releases', {
            token,
            body: { action: 'publish', state: 'live' },
          })
        ).status,
      ).toBe(403)
      expect(
        (
          await rest.request('PATCH', `/releases/${record.id}`, {
            token,
            body: { state: 'failed' },
          })
        ).status,
      ).toBe(403)
      expect((await rest.request('DELETE', `/releases/${record.id}`, { token })).status).toBe(403)
      // Not even an administrator, through the Local API with access control on.
      await expect(
        payload.delete({
          collection: 'releases',
          id: record.id,
          overrideAccess: false,
          user: fixtures.users.admin,
        }),
      ).rejects.toThrow()
      // Staff read the history; anonymous readers do not.
      expect((await rest.request('GET', '/releases', { token })).status).toBe(200)
      expect((await rest.request('GET', '/releases')).status).toBe(403)
    })
  },
)

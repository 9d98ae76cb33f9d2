import { REST_POST } from '@payloadcms/next/routes'
import { expect, it } from 'vitest'

import { rebuildFileVisibility } from '../../cms/collections/Media/withFileVisibility'
import type { Media, User } from '../../cms/payload-types'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { MINIMAL_PDF as PDF } from '../helpers/files'

const form = (name: string, payload: Record<string, unknown>) => {
  const data = new FormData()
  data.append('file', new File([new Uint8Array(PDF)], name, { type: 'application/pdf' }))
  data.append('_payload', JSON.stringify(payload))
  return data
}

type Json = {
  doc?: Record<string, unknown>
  docs?: unknown[]
  totalDocs?: number
  errors?: { message: string; data?: { errors?: { message: string }[] } }[]
}

const act = async (
  rest: RestClient,
  token: string,
  collection: string,
  id: string,
  body: Record<string, unknown>,
) => {
  const response = await rest.request('POST', `/${collection}/${id}/workflow`, { token, body })
  expect(response.status, JSON.stringify(await response.clone().json())).toBe(200)
}

describeEachAdapter(
  'media: a file is public only while published public content uses it',
  (ctx) => {
    let counter = 0
    const tokens = async (rest: RestClient) => ({
      admin: await rest.login('admin@test.vn', PASSWORD),
      legal: await rest.login('phapche@test.vn', PASSWORD),
      officerA: await rest.login('canbo.a@test.vn', PASSWORD),
      officerB: await rest.login('canbo.b@test.vn', PASSWORD),
      reviewer: await rest.login('xemxet@test.vn', PASSWORD),
      approver: await rest.login('pheduyet@test.vn', PASSWORD),
      publisher: await rest.login('xuatban@test.vn', PASSWORD),
    })

    /** Uploads a PDF through REST; the title is unique so that searches find exactly this file. */
    const upload = async (token: string, name = 'to-khai.pdf') => {
      const title = `Tệp kiểm thử ${++counter} ${Date.now()}`
      const response = await ctx().rest.request('POST', '/media', {
        token,
        body: form(name, { title }),
      })
      expect(response.status).toBe(201)
      const doc = ((await response.json()) as Json).doc as unknown as Media
      return { id: String(doc.id), filename: doc.filename!, title }
    }

    /**
     * Every way of reading a file, for one caller (undefined: anonymous): REST by id, list with a
     * search, download, GraphQL by id and list, and the Local API with access. True when all of them
     * return the file, false when none does; a disagreement fails the test.
     */
    const reads = async (
      token: string | undefined,
      file: { id: string; filename: string; title: string },
      user?: User,
    ) => {
      const { rest, payload } = ctx()
      const byID = (await rest.request('GET', `/media/${file.id}`, { token })).status === 200
      const list = (await (
        await rest.request('GET', '/media', {
          token,
          query: { where: { title: { like: file.title } } },
        })
      ).json()) as Json
      const download = await rest.request('GET', `/media/file/${file.filename}`, { token })
      const gql = (await (
        await rest.graphql(
          `{ Media(id: "${file.id}") { id } allMedia(where: { title: { like: "${file.title}" } }) { docs { id } } }`,
          { token },
        )
      ).json()) as { data?: { Media: { id: string } | null; allMedia: { docs: unknown[] } } }
      const local = token
        ? user
          ? (
              await payload.find({
                collection: 'media',
                where: { id: { equals: file.id } },
                overrideAccess: false,
                user,
              })
            ).totalDocs === 1
          : undefined
        : (
            await payload.find({
              collection: 'media',
              where: { id: { equals: file.id } },
              overrideAccess: false,
            })
          ).totalDocs === 1
      const all = {
        byID,
        list: list.totalDocs === 1,
        download: download.status === 200,
        graphqlByID: Boolean(gql.data?.Media?.id),
        graphqlList: gql.data?.allMedia.docs.length === 1,
        ...(local === undefined ? {} : { local }),
      }
      const values = Object.values(all)
      expect(
        values.every((v) => v === values[0]),
        JSON.stringify(all),
      ).toBe(true)
      return values[0]
    }

    const procedureWith = (file: string, code: string) => {
      const { fixtures } = ctx()
      // No `_status`: a person's save is a draft; asking for "published" is refused.
      const { _status, ...data } = fixtures.complete(code, `Thủ tục có mẫu đơn ${code}`)
      return {
        ...data,
        dossierCases: [
          {
            name: 'Giấy tờ phải nộp',
            components: [{ name: 'Tờ khai', originals: 1, copies: 0, required: true, form: file }],
          },
        ],
      }
    }

    const publishThroughReview = async (
      t: Awaited<ReturnType<typeof tokens>>,
      collection: string,
      id: string,
    ) => {
      const { rest } = ctx()
      await act(rest, t.legal, collection, id, {
        action: 'submit',
        changeReason: 'Kiểm thử tệp đính kèm',
      })
      await act(rest, t.reviewer, collection, id, { action: 'review' })
      await act(rest, t.approver, collection, id, { action: 'approve' })
      await act(rest, t.publisher, collection, id, { action: 'publish' })
    }

    it('keeps a new file to its uploader, opens it to staff once a draft uses it and to everyone once published, and closes it when dropped', async () => {
      const { rest, fixtures } = ctx()
      const t = await tokens(rest)
      const users = fixtures.users
      const file = await upload(t.legal, 'Tờ khai đăng ký.pdf')

      // Nothing uses it yet: only the uploader and administrators.
      expect(await reads(undefined, file)).toBe(false)
      expect(await reads(t.officerB, file, users.officerB as User)).toBe(false)
      expect(await reads(t.publisher, file, users.publisher as User)).toBe(false)
      expect(await reads(t.legal, file, users.legal as User)).toBe(true)
      expect(await reads(t.admin, file, users.admin as User)).toBe(true)

      // A draft procedure uses it: every member of staff reads drafts of the master list, citizens do not.
      const created = await rest.request('POST', '/procedures', {
        token: t.legal,
        body: procedureWith(file.id, '1.009101'),
      })
      expect(created.status).toBe(201)
      const id = String(((await created.json()) as Json).doc!.id)
      expect(await reads(undefined, file)).toBe(false)
      expect(await reads(t.officerB, file, users.officerB as User)).toBe(true)
      expect(await reads(t.publisher, file, users.publisher as User)).toBe(true)

      // Published: public, and served with headers that name it and forbid sniffing.
      await publishThroughReview(t, 'procedures', id)
      expect(await reads(undefined, file)).toBe(true)
      // Who uploaded it is the office's business, not an anonymous reader's.
      const described = (await (await rest.request('GET', `/media/${file.id}`)).json()) as Json
      expect(described).not.toHaveProperty('uploadedBy')
      const asStaff = (await (
        await rest.request('GET', `/media/${file.id}?depth=0`, { token: t.publisher })
      ).json()) as { uploadedBy?: unknown }
      expect(asStaff.uploadedBy).toBe(users.legal.id)
      const download = await rest.request('GET', `/media/file/${file.filename}`)
      expect(download.headers.get('X-Content-Type-Options')).toBe('nosniff')
      const disposition = download.headers.get('Content-Disposition') ?? ''
      expect(disposition).toMatch(/^inline; filename="[\x20-\x7e]+\.pdf"; filename\*=UTF-8''/)
      expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe(file.filename)
      expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true)

      // A new draft that drops the file: citizens still see the published version, which uses it.
      const second = await upload(t.legal)
      const edit = await rest.request('PATCH', `/procedures/${id}`, {
        token: t.legal,
        body: procedureWith(second.id, '1.009101'),
      })
      expect(edit.status).toBe(200)
      expect(await reads(undefined, file)).toBe(true)
      expect(await reads(undefined, second)).toBe(false)
      expect(await reads(t.officerB, second, users.officerB as User)).toBe(true)

      // Publishing that draft swaps them at once.
      await publishThroughReview(t, 'procedures', id)
      expect(await reads(undefined, file)).toBe(false)
      expect(await reads(t.officerB, file, users.officerB as User)).toBe(false)
      expect(await reads(t.legal, file, users.legal as User)).toBe(true)
      expect(await reads(undefined, second)).toBe(true)

      // Deleted (trusted server code may delete what was published): the file is no longer public.
      await ctx().payload.delete({ collection: 'procedures', id })
      expect(await reads(undefined, second)).toBe(false)
      expect(await reads(t.officerB, second, users.officerB as User)).toBe(false)
      expect(await reads(t.legal, second, users.legal as User)).toBe(true)
    })

    it("closes a file when the draft using it is deleted; keeps a locality draft decision's scan to that locality, public once published, closed when unpublished", async () => {
      const { rest, payload, fixtures } = ctx()
      const t = await tokens(rest)
      const file = await upload(t.legal)
      const created = await rest.request('POST', '/procedures', {
        token: t.legal,
        body: procedureWith(file.id, '1.009102'),
      })
      const id = String(((await created.json()) as Json).doc!.id)
      expect(await reads(t.officerB, file, fixtures.users.officerB as User)).toBe(true)
      expect((await rest.request('DELETE', `/procedures/${id}`, { token: t.legal })).status).toBe(
        200,
      )
      expect(await reads(t.officerB, file, fixtures.users.officerB as User)).toBe(false)

      // A locality's decision: its draft scan stays with that locality's staff and the province's.
      const scan = await upload(t.officerA, 'quyet-dinh.pdf')
      const decision = await payload.create({
        collection: 'decisions',
        data: {
          number: `${++counter}/QĐ-UBND`,
          kind: 'application',
          title: 'Áp dụng thủ tục hành chính tại thị trấn A',
          issuer: 'Chủ tịch UBND thị trấn A',
          locality: fixtures.localities.townA.id,
          signedDate: '2026-01-05T00:00:00.000Z',
          effectiveDate: '2026-01-05T00:00:00.000Z',
          file: scan.id,
          entries: [{ procedure: fixtures.procedures.birth.id, change: 'new' }],
        },
        draft: true,
      })
      expect(await reads(undefined, scan)).toBe(false)
      expect(await reads(t.officerB, scan, fixtures.users.officerB as User)).toBe(false)
      expect(await reads(t.legal, scan, fixtures.users.legal as User)).toBe(true)

      // Published: public. Unpublished again: back to the locality and the province.
      await payload.update({
        collection: 'decisions',
        id: decision.id,
        data: { _status: 'published' },
      })
      expect(await reads(undefined, scan)).toBe(true)
      expect(await reads(t.officerB, scan, fixtures.users.officerB as User)).toBe(true)
      await payload.update({ collection: 'decisions', id: decision.id, data: { _status: 'draft' } })
      expect(await reads(undefined, scan)).toBe(false)
      expect(await reads(t.officerB, scan, fixtures.users.officerB as User)).toBe(false)
      expect(await reads(t.publisher, scan, fixtures.users.publisher as User)).toBe(true)
    })

    it('never publishes an ISO document attachment, and keeps it to its locality and the province', async () => {
      const { rest, payload, fixtures } = ctx()
      const t = await tokens(rest)
      const file = await upload(t.officerA, 'quy-trinh-noi-bo.pdf')
      const response = await rest.request('POST', '/quality-documents', {
        token: t.officerA,
        body: {
          code: 'QT-HT-77',
          title: 'Quy trình nội bộ',
          docType: 'procedure',
          locality: fixtures.localities.townA.id,
          attachments: [file.id],
        },
      })
      expect(response.status).toBe(201)
      const id = String(((await response.json()) as Json).doc!.id)
      const colleague = await payload.create({
        collection: 'users',
        data: {
          email: 'chutich.a@test.vn',
          password: PASSWORD,
          name: 'Chủ tịch A',
          roles: ['approver'],
          localities: [fixtures.localities.townA.id],
        },
      })
      const colleagueToken = await rest.login('chutich.a@test.vn', PASSWORD)

      expect(await reads(undefined, file)).toBe(false)
      expect(await reads(t.officerB, file, fixtures.users.officerB as User)).toBe(false)
      expect(await reads(colleagueToken, file, colleague as User)).toBe(true)
      expect(await reads(t.publisher, file, fixtures.users.publisher as User)).toBe(true)

      // Issued (trusted code publishes it directly here): still internal.
      await payload.update({ collection: 'quality-documents', id, data: { _status: 'published' } })
      expect(await reads(undefined, file)).toBe(false)
      expect(await reads(t.officerB, file, fixtures.users.officerB as User)).toBe(false)
      expect(await reads(colleagueToken, file, colleague as User)).toBe(true)

      // Probing through the bookkeeping fields finds nothing either.
      const probe = await rest.request('GET', '/media', {
        query: { where: { 'references.document': { equals: id } } },
      })
      expect(((await probe.json()) as Json).docs ?? []).toHaveLength(0)
      const probeB = await rest.request('GET', '/media', {
        token: t.officerB,
        query: { where: { 'references.document': { equals: id } } },
      })
      expect(((await probeB.json()) as Json).docs ?? []).toHaveLength(0)
    })

    it("rebuilds every file's visibility from the documents (the migration does it for existing files)", async () => {
      const { rest, payload } = ctx()
      const t = await tokens(rest)
      const file = await upload(t.legal)
      const created = await payload.create({
        collection: 'procedures',
        data: { ...procedureWith(file.id, '1.009103'), _status: 'published' },
      })
      expect(await reads(undefined, file)).toBe(true)
      // Forget the bookkeeping, as before the migration.
      await payload.db.updateOne({
        collection: 'media',
        id: file.id,
        data: { visibility: 'private' },
        returning: false,
      })
      await payload.db.updateOne({
        collection: 'media',
        id: file.id,
        data: { references: [], readerLocalities: [] },
        returning: false,
      })
      expect(await reads(undefined, file)).toBe(false)
      await rebuildFileVisibility(payload)
      expect(await reads(undefined, file)).toBe(true)
      await payload.delete({ collection: 'procedures', id: created.id })
    })

    it('does not let anyone set a file public by writing its visibility', async () => {
      const { rest, fixtures } = ctx()
      const t = await tokens(rest)
      const title = `Tự đặt công khai ${Date.now()}`
      const created = await rest.request('POST', '/media', {
        token: t.officerA,
        body: form('tu-cong-khai.pdf', {
          title,
          visibility: 'public',
          references: [{ collection: 'procedures', document: 'x', public: true }],
        }),
      })
      expect(created.status).toBe(201)
      const doc = ((await created.json()) as Json).doc as unknown as Media
      const file = { id: String(doc.id), filename: doc.filename!, title }
      expect(await reads(undefined, file)).toBe(false)

      await rest.request('PATCH', `/media/${file.id}`, {
        token: t.officerA,
        body: {
          visibility: 'public',
          readerLocalities: [fixtures.localities.communeB.id],
          references: [{ collection: 'procedures', document: 'x', public: true }],
        },
      })
      await rest.graphql(
        `mutation { updateMedia(id: "${file.id}", data: { visibility: public }) { id } }`,
        { token: t.admin },
      )
      expect(await reads(undefined, file)).toBe(false)
      expect(await reads(t.officerB, file, fixtures.users.officerB as User)).toBe(false)
      expect((await ctx().payload.findByID({ collection: 'media', id: file.id })).visibility).toBe(
        'private',
      )
    })

    it('refuses file names with a NUL byte, other control characters or "..", with 400 and a Vietnamese message', async () => {
      const { rest, payload } = ctx()
      const token = await rest.login('phapche@test.vn', PASSWORD)
      // The multipart body is written by hand: FormData would not carry these names as a client can.
      const post = REST_POST(Promise.resolve(payload.config))
      const boundary = 'ranh-gioi-kiem-thu'
      for (const [name, message] of [
        ['to\u0000khai.pdf', 'ký tự điều khiển'],
        ['to\u001bkhai.pdf', 'ký tự điều khiển'],
        ['..to-khai..pdf', 'hai dấu chấm liền nhau'],
      ] as const) {
        const body = Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
          ),
          PDF,
          Buffer.from(
            `\r\n--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"title":"Tên tệp xấu"}\r\n--${boundary}--\r\n`,
          ),
        ])
        const request = new Request('http://localhost:3000/api/media', {
          method: 'POST',
          headers: {
            Authorization: `JWT ${token}`,
            'Content-Type': `multipart/form-data; boundary=${boundary}`,
          },
          body,
        })
        const response = await post(request, { params: Promise.resolve({ slug: ['media'] }) })
        expect(response.status, JSON.stringify(name)).toBe(400)
        const json = (await response.json()) as Json
        const messages = [
          json.errors?.[0]?.message,
          ...(json.errors?.[0]?.data?.errors ?? []).map((e) => e.message),
        ].join(' ')
        expect(messages, JSON.stringify(name)).toContain(message)
      }
      expect(
        await ctx().payload.count({
          collection: 'media',
          where: { title: { equals: 'Tên tệp xấu' } },
        }),
      ).toEqual({ totalDocs: 0 })
    })

    it('refuses deleting a file that content uses, and replacing the bytes of one that published content uses', async () => {
      const { rest, payload } = ctx()
      const t = await tokens(rest)
      const file = await upload(t.legal, 'mau-don.pdf')
      const created = await rest.request('POST', '/procedures', {
        token: t.legal,
        body: procedureWith(file.id, '1.009109'),
      })
      expect(created.status).toBe(201)
      const id = String(((await created.json()) as Json).doc!.id)

      // Used by a draft: nobody deletes it from under the draft, the uploader and the administrator included.
      for (const token of [t.legal, t.admin]) {
        const response = await rest.request('DELETE', `/media/${file.id}`, { token })
        expect(response.status).toBe(409)
        expect(((await response.json()) as Json).errors?.[0]?.message).toContain('đang được dùng')
      }
      await publishThroughReview(t, 'procedures', id)

      // Published: its bytes are what citizens download; replacing them would bypass review.
      const replaced = await rest.request('PATCH', `/media/${file.id}`, {
        token: t.legal,
        body: form('mau-don.pdf', { title: file.title }),
      })
      expect(replaced.status).toBe(409)
      expect(((await replaced.json()) as Json).errors?.[0]?.message).toContain(
        'nội dung đã ban hành',
      )
      const download = await rest.request('GET', `/media/file/${file.filename}`)
      expect(download.status).toBe(200)
      expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true)
      const gql = (await (
        await rest.graphql(`mutation { deleteMedia(id: "${file.id}") { id } }`, { token: t.admin })
      ).json()) as { errors?: unknown[] }
      expect(gql.errors?.length).toBeGreaterThan(0)
      expect(
        (await payload.count({ collection: 'media', where: { id: { equals: file.id } } }))
          .totalDocs,
      ).toBe(1)

      // A file nothing uses is its uploader's to delete.
      const unused = await upload(t.legal, 'khong-dung.pdf')
      const deleted = await rest.request('DELETE', `/media/${unused.id}`, { token: t.legal })
      expect(deleted.status, JSON.stringify(await deleted.clone().json())).toBe(200)
    })
  },
)

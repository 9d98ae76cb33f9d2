/**
 * Only sensible choices (issue 12 item 7): the pickers of a quality document offer what the person
 * may use, read through the collection's own `filterOptions` and run as real queries; a save that
 * picks anything else is refused at the field; the DOCX names the current superior unit, prints
 * "KHÔNG CÓ GIÁ TRỊ SỬ DỤNG" once on its first page and names a draft file as a draft; a dissolved
 * unit cannot be published on its own.
 */
import type { Field, FilterOptions, Where } from 'payload'
import { expect, it } from 'vitest'

import { allText, readDocx } from '../../cms/lib/docx/readDocx'
import { paragraphsToLexical } from '../../cms/lib/lexical'
import type { User } from '../../cms/payload-types'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter } from '../helpers/payload'

type Json = {
  doc?: { id: string }
  errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
}

const NOT_VALID = 'KHÔNG CÓ GIÁ TRỊ SỬ DỤNG'

describeEachAdapter('quality documents: only sensible choices', (ctx) => {
  /** The field's own filterOptions, as the admin's picker asks it, run as its REST query. */
  const offered = async (
    fieldName: 'locality' | 'appliedProcedure',
    user: User,
    data: Record<string, unknown> = {},
  ): Promise<string[] | false> => {
    const { payload } = ctx()
    const fields = payload.collections['quality-documents'].config.flattenedFields as Field[]
    const field = fields.find((f) => 'name' in f && f.name === fieldName) as {
      relationTo: string
      filterOptions: FilterOptions
    }
    const where = await (field.filterOptions as (args: never) => Where | boolean)({
      data,
      siblingData: data,
      user,
      relationTo: field.relationTo,
      id: undefined,
      blockData: undefined,
      req: { payload, user },
    } as never)
    if (where === false) return false
    // As the admin's picker asks for its options: the where in the query string of a REST request.
    const token = await ctx().rest.login(user.email, PASSWORD)
    const response = await ctx().rest.request('GET', `/${field.relationTo}`, {
      token,
      query: { where: where === true ? {} : where, depth: 0, limit: 100 },
    })
    expect(response.status).toBe(200)
    const { docs } = (await response.json()) as { docs: { id: string }[] }
    return docs.map((d) => String(d.id)).sort()
  }

  const draft = async (email: string, data: Record<string, unknown>) => {
    const token = await ctx().rest.login(email, PASSWORD)
    const response = await ctx().rest.request('POST', '/quality-documents', {
      token,
      query: { draft: 'true' },
      body: data,
    })
    return { status: response.status, json: (await response.json()) as Json, token }
  }

  const errorAt = (json: Json, path: string) =>
    json.errors?.[0]?.data?.errors?.find((e) => e.path === path)?.message

  it('the owner picker offers a locality officer their own unit only, and no one a dissolved unit or the province', async () => {
    const { localities, users } = ctx().fixtures
    expect(await offered('locality', users.officerA as User)).toEqual([localities.townA.id])
    const active = [localities.townA.id, localities.communeB.id].map(String).sort()
    expect(await offered('locality', users.admin as User)).toEqual(active)
    expect(await offered('locality', users.legal as User)).toEqual(active)
  })

  it('"Quy trình nội bộ" offers the chosen locality’s applied procedures, before a choice the officer’s own, and none for the province', async () => {
    const { localities, applied, users } = ctx().fixtures
    expect(await offered('appliedProcedure', users.officerA as User)).toEqual([
      String(applied.appliedA.id),
    ])
    expect(
      await offered('appliedProcedure', users.admin as User, { locality: localities.communeB.id }),
    ).toEqual([String(applied.appliedB.id)])
    expect(await offered('appliedProcedure', users.legal as User)).toBe(false)
  })

  it('a draft that picks what the picker does not offer is refused at the field, in words', async () => {
    const { localities, applied } = ctx().fixtures
    const base = { code: 'QT-HT-70', title: 'Quy trình thử', docType: 'procedure' }
    const dissolved = await draft('admin@test.vn', { ...base, locality: localities.district.id })
    expect(dissolved.status).toBe(400)
    expect(errorAt(dissolved.json, 'locality')).toBe(
      'Huyện Kiểm Thử đã chấm dứt hoạt động từ ngày 01/07/2025: hãy chọn đơn vị hành chính hiện hành.',
    )
    const province = await draft('admin@test.vn', { ...base, locality: localities.province.id })
    expect(province.status).toBe(400)
    expect(errorAt(province.json, 'locality')).toContain('là cấp tỉnh')
    // Another commune's applied procedure.
    const foreign = await draft('canbo.a@test.vn', {
      ...base,
      locality: localities.townA.id,
      appliedProcedure: applied.appliedB.id,
    })
    expect(foreign.status).toBe(400)
    expect(errorAt(foreign.json, 'appliedProcedure')).toBe(
      'Thủ tục áp dụng phải thuộc cùng địa phương với tài liệu.',
    )
    // Another locality: the access rule refuses it outright.
    const elsewhere = await draft('canbo.a@test.vn', { ...base, locality: localities.communeB.id })
    expect(elsewhere.status).toBe(403)
    const count = await ctx().payload.count({
      collection: 'quality-documents',
      where: { code: { equals: 'QT-HT-70' } },
    })
    expect(count.totalDocs).toBe(0)
  })

  it('the DOCX of a draft names the current superior unit, says once on page 1 that it is not valid, and is named a draft', async () => {
    const { localities } = ctx().fixtures
    const created = await draft('canbo.a@test.vn', {
      code: 'QT-HT-71',
      title: 'Quy trình đăng ký khai sinh',
      docType: 'procedure',
      locality: localities.townA.id,
      purpose: paragraphsToLexical(['Quy định trình tự đăng ký khai sinh.']),
    })
    expect(created.status, JSON.stringify(created.json.errors)).toBe(201)
    const response = await ctx().rest.request(
      'GET',
      `/quality-documents/${created.json.doc!.id}/docx`,
      { token: created.token, query: { draft: 'true' } },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain(
      'filename="QT-HT-71_lan-01-BAN-NHAP.docx"',
    )
    const docx = readDocx(new Uint8Array(await response.arrayBuffer()))
    const body = allText(docx.body)
    // Town A's district was dissolved on 01/07/2025: it answers to the province now.
    expect(body).toContain('UBND TỈNH KIỂM THỬ')
    expect(body).toContain('ỦY BAN NHÂN DÂN THỊ TRẤN A')
    expect(body).not.toContain('HUYỆN KIỂM THỬ')
    // Page 1: the first-page header and the body's marker; once in all.
    const firstPage = `${allText(docx.headers.first)}\n${body}`
    expect(firstPage.split(NOT_VALID).length - 1).toBe(1)
    expect(allText(docx.headers.default)).toContain(NOT_VALID)
  })

  it('a dissolved unit cannot be published on its own', async () => {
    const { localities } = ctx().fixtures
    const token = await ctx().rest.login('xuatban@test.vn', PASSWORD)
    const response = await ctx().rest.request('POST', '/releases/publish', {
      token,
      body: { locality: String(localities.district.id) },
    })
    expect(response.status).toBe(400)
    const json = (await response.json()) as Json
    expect(json.errors?.[0]?.message).toContain(
      'Huyện Kiểm Thử đã chấm dứt hoạt động từ ngày 01/07/2025',
    )
  })
})

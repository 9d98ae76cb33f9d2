import { expect, it } from 'vitest'

import { parseSnapshot, SnapshotValidationError } from '../../content-schemas'
import { exportSnapshot, IncompleteProcedureError } from '../../cms/publication/exportSnapshot'
import { describeEachAdapter } from '../helpers/payload'

describeEachAdapter('publication snapshot', (ctx) => {
  it('holds published content only', async () => {
    const { payload, fixtures } = ctx()
    await payload.update({
      collection: 'procedures',
      id: fixtures.procedures.marriage.id,
      data: { name: 'Tên nháp chưa duyệt' },
      draft: true,
    })
    const { snapshot } = await exportSnapshot(payload)
    const codes = snapshot.procedures.map((p) => p.code)
    expect(codes).toEqual(['1.000001', '1.000894', '1.001193']) // neither the draft nor the abolished one
    expect(snapshot.procedures.find((p) => p.code === '1.000894')!.name).toBe('Đăng ký kết hôn')
    const catalogues = Object.fromEntries(
      snapshot.localCatalogues.map((c) => [
        c.localityId,
        c.applications.map((a) => a.procedureCode),
      ]),
    )
    expect(catalogues[fixtures.localities.townA.id]).toEqual(['1.001193'])
    expect(catalogues[fixtures.localities.communeB.id]).toBeUndefined() // its only application is a draft
    expect(JSON.stringify(snapshot)).not.toContain('Tên nháp chưa duyệt')
    expect(JSON.stringify(snapshot)).not.toContain('Bản nháp của xã B')
  })

  it('is deterministic: the same content gives the same hash', async () => {
    const { payload, fixtures } = ctx()
    const first = await exportSnapshot(payload, { now: new Date('2026-01-01T00:00:00Z') })
    const second = await exportSnapshot(payload, { now: new Date('2026-06-01T00:00:00Z') })
    expect(second.snapshot.metadata.contentHash).toBe(first.snapshot.metadata.contentHash)
    expect(second.snapshot.metadata.releaseId).not.toBe(first.snapshot.metadata.releaseId)
    const { metadata: _a, ...a } = first.snapshot
    const { metadata: _b, ...b } = second.snapshot
    expect(b).toEqual(a)
    await payload.update({
      collection: 'applied-procedures',
      id: fixtures.applied.appliedA.id,
      data: { localNotes: 'Tiếp nhận cả sáng thứ Bảy' },
    })
    const third = await exportSnapshot(payload)
    expect(third.snapshot.metadata.contentHash).not.toBe(first.snapshot.metadata.contentHash)
  })

  it('renders rich text and keeps the legal basis and the change log', async () => {
    const { payload, fixtures } = ctx()
    await payload.create({
      collection: 'decisions',
      data: {
        number: '99/QĐ-UBND',
        kind: 'announcement',
        title: 'Công bố thủ tục hành chính',
        issuer: 'Chủ tịch UBND tỉnh',
        locality: fixtures.localities.province.id,
        signedDate: '2026-03-01T00:00:00.000Z',
        effectiveDate: '2026-03-15T00:00:00.000Z',
        entries: [
          {
            procedure: fixtures.procedures.birth.id,
            change: 'amended',
            whatChanged: 'Sửa đổi thời hạn giải quyết',
          },
        ],
        _status: 'published',
      },
    })
    const { snapshot } = await exportSnapshot(payload)
    const birth = snapshot.procedures.find((p) => p.code === '1.001193')!
    expect(birth.steps).toMatchObject({
      kind: 'stated',
      html: expect.stringContaining('<ol'),
      text: expect.stringContaining('Nộp hồ sơ tại bộ phận một cửa.'),
    })
    expect(birth.legalBasisIds).toEqual([fixtures.law.id])
    expect(snapshot.changes).toContainEqual(
      expect.objectContaining({
        procedureCode: '1.001193',
        decisionNumber: '99/QĐ-UBND',
        change: 'amended',
        date: '2026-03-15',
      }),
    )
  })

  it('refuses to export a published procedure that lacks a required part, naming it', async () => {
    const { payload, fixtures } = ctx()
    const legacy = await payload.create({
      collection: 'procedures',
      data: fixtures.complete('1.000777', 'Thủ tục nhập từ hệ thống cũ'),
      depth: 0,
    })
    // Data loaded before the rule existed: written past the hooks, straight into the database.
    await payload.db.updateOne({
      collection: 'procedures',
      where: { id: { equals: legacy.id } },
      data: { ...legacy, results: [] },
    })
    try {
      const error = await exportSnapshot(payload).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(IncompleteProcedureError)
      expect((error as Error).message).toContain(
        '1.000777 "Thủ tục nhập từ hệ thống cũ": thiếu Kết quả thực hiện',
      )
    } finally {
      await payload.delete({ collection: 'procedures', id: legacy.id })
    }
  })

  it('exports what the source does not state as such, and reports it', async () => {
    const { payload, fixtures } = ctx()
    const source = 'CSDL quốc gia về TTHC, nhập ngày 01/12/2026'
    const cited = await payload.create({
      collection: 'legal-documents',
      data: { number: '85/2019/TT-BTC', title: 'Hướng dẫn về phí và lệ phí', status: 'unknown' },
    })
    const base = fixtures.complete('1.000888', 'Thủ tục nhập từ CSDL quốc gia')
    const gappy = await payload.create({
      collection: 'procedures',
      data: {
        ...base,
        levels: ['ministry', 'other-agency'],
        agencies: { implementing: [], implementingGap: { kind: 'unknown', source } },
        results: [],
        resultsGap: { kind: 'unknown', source },
        requirementsGap: { kind: 'unknown', source },
        onlineServiceLevel: null,
        legalBasis: [cited.id],
        methods: [
          {
            channel: 'direct',
            description: 'Trường hợp thông thường',
            processingTimeText: 'Theo quy định của pháp luật chuyên ngành',
            fees: [{ amount: null, description: 'Theo Thông tư 85/2019/TT-BTC' }],
          },
          {
            channel: 'direct',
            description: 'Trường hợp người nước ngoài',
            processingTimeGap: { kind: 'unknown', source },
            fees: [{ amount: 20, currency: 'USD', description: 'Lệ phí' }],
          },
          {
            channel: 'online',
            processingTime: 5,
            processingTimeUnit: 'working-day',
            feesGap: { kind: 'unknown', source },
          },
          {
            channel: 'postal',
            processingTime: 5,
            processingTimeUnit: 'working-day',
            feesGap: { kind: 'none' },
          },
        ],
      } as never,
    })
    try {
      const { snapshot, gaps } = await exportSnapshot(payload)
      const p = snapshot.procedures.find((p) => p.code === '1.000888')!
      expect(p.levels).toEqual(['ministry', 'other-agency'])
      expect(p.agencies.implementing).toEqual({ kind: 'unknown', source })
      expect(p.results).toEqual({ kind: 'unknown', source })
      expect(p.requirements).toEqual({ kind: 'unknown', source })
      expect(p.onlineServiceLevel).toBeNull()
      expect(p.methods).toEqual({
        kind: 'stated',
        items: [
          {
            channel: 'direct',
            processingTime: { kind: 'text', text: 'Theo quy định của pháp luật chuyên ngành' },
            description: 'Trường hợp thông thường',
            fees: {
              kind: 'stated',
              items: [
                { amount: null, currency: null, description: 'Theo Thông tư 85/2019/TT-BTC' },
              ],
            },
          },
          {
            channel: 'direct',
            processingTime: { kind: 'unknown', source },
            description: 'Trường hợp người nước ngoài',
            fees: {
              kind: 'stated',
              items: [{ amount: 20, currency: 'USD', description: 'Lệ phí' }],
            },
          },
          {
            channel: 'online',
            processingTime: { kind: 'stated', value: 5, unit: 'working-day' },
            description: null,
            fees: { kind: 'unknown', source },
          },
          {
            channel: 'postal',
            processingTime: { kind: 'stated', value: 5, unit: 'working-day' },
            description: null,
            fees: { kind: 'none' },
          },
        ],
      })
      expect(snapshot.legalDocuments.find((d) => d.number === '85/2019/TT-BTC')).toMatchObject({
        kind: null,
        kindLabel: null,
        title: 'Hướng dẫn về phí và lệ phí',
        issuer: null,
        issueDate: null,
        status: 'unknown',
      })
      expect(gaps).toEqual([
        {
          code: '1.000888',
          name: 'Thủ tục nhập từ CSDL quốc gia',
          parts: [
            { part: 'Thời hạn giải quyết', source },
            { part: 'Phí, lệ phí', source },
            { part: 'Cơ quan thực hiện', source },
            { part: 'Kết quả thực hiện', source },
            { part: 'Yêu cầu, điều kiện', source },
          ],
        },
      ])
    } finally {
      await payload.delete({ collection: 'procedures', id: gappy.id })
      await payload.delete({ collection: 'legal-documents', id: cited.id })
    }
  })

  it('fails validation loudly, with the path of the bad value', async () => {
    const { payload } = ctx()
    const { snapshot } = await exportSnapshot(payload)
    expect(parseSnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot)
    const broken = JSON.parse(JSON.stringify(snapshot))
    broken.procedures[0].code = '1001193'
    broken.procedures[1].sectorId = 'khong-ton-tai'
    broken.procedures[1].methods.items[0].processingTime.value = -1
    let error: unknown
    try {
      parseSnapshot(broken)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(SnapshotValidationError)
    const paths = (error as SnapshotValidationError).issues.map((i) => i.path)
    expect(paths).toContain('procedures[0].code')
    expect(paths).toContain('procedures[1].methods.items[0].processingTime.value')
    expect((error as Error).message).toContain(
      'procedures[0].code: mã thủ tục phải có dạng d.dddddd',
    )
  })

  it('fails validation on references that do not resolve inside the release, with their paths', async () => {
    const { payload } = ctx()
    const { snapshot } = await exportSnapshot(payload)
    const broken = JSON.parse(JSON.stringify(snapshot)) as typeof snapshot
    const n = broken.decisions.length
    broken.decisions.push({
      id: 'quyet-dinh-thu',
      number: '1/QĐ-UBND',
      kind: 'application',
      title: 'Áp dụng thủ tục hành chính',
      issuer: 'Chủ tịch UBND',
      localityId: broken.metadata.province.id,
      signedDate: '2026-01-01',
      effectiveDate: '2026-01-01',
      fileId: 'tep-khong-ton-tai',
      entries: [],
    })
    broken.localCatalogues[0].applications[0].applyingDecisionId = 'quyet-dinh-khong-ton-tai'
    broken.legalDocuments[0].replacedById = 'van-ban-khong-ton-tai'
    broken.metadata.province.id = 'tinh-khong-ton-tai'
    const error = (() => {
      try {
        parseSnapshot(broken)
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(SnapshotValidationError)
    expect((error as SnapshotValidationError).issues).toEqual([
      {
        path: 'localCatalogues[0].applications[0].applyingDecisionId',
        message: `thủ tục ${broken.localCatalogues[0].applications[0].procedureCode}: quyết định áp dụng quyet-dinh-khong-ton-tai không có trong bản phát hành`,
      },
      {
        path: `decisions[${n}].fileId`,
        message: 'quyết định 1/QĐ-UBND: tệp tep-khong-ton-tai không có trong bản phát hành',
      },
      {
        path: 'legalDocuments[0].replacedById',
        message:
          'văn bản 60/2014/QH13: văn bản thay thế van-ban-khong-ton-tai không có trong bản phát hành',
      },
      {
        path: 'metadata.province.id',
        message: 'tỉnh tinh-khong-ton-tai không có trong danh sách địa phương của bản phát hành',
      },
    ])
  })

  it('fails validation when two localities or procedures would share a URL or a code', async () => {
    const { payload } = ctx()
    const { snapshot } = await exportSnapshot(payload)
    const broken = JSON.parse(JSON.stringify(snapshot)) as typeof snapshot
    const last = broken.localities.length - 1
    broken.localities[last].slug = broken.localities[0].slug
    broken.procedures[1].code = broken.procedures[0].code
    const issues = (() => {
      try {
        parseSnapshot(broken)
      } catch (e) {
        return (e as SnapshotValidationError).issues
      }
    })()
    expect(issues).toContainEqual({
      path: `localities[${last}].slug`,
      message: `đường dẫn địa phương "${broken.localities[0].slug}" trùng với localities[0]`,
    })
    expect(issues).toContainEqual({
      path: 'procedures[1].code',
      message: `mã thủ tục "${broken.procedures[0].code}" trùng với procedures[0]`,
    })
  })

  it('leaves out a reference to an applying decision that is not published', async () => {
    const { payload, fixtures } = ctx()
    const draft = await payload.create({
      collection: 'decisions',
      data: {
        number: '5/QĐ-UBND',
        kind: 'application',
        title: 'Áp dụng thủ tục (dự thảo)',
        issuer: 'Chủ tịch UBND thị trấn A',
        locality: fixtures.localities.townA.id,
        signedDate: '2026-02-01T00:00:00.000Z',
        effectiveDate: '2026-02-01T00:00:00.000Z',
        entries: [],
        _status: 'draft',
      },
      draft: true,
    })
    await payload.update({
      collection: 'applied-procedures',
      id: fixtures.applied.appliedA.id,
      data: { applyingDecision: draft.id },
    })
    try {
      const { snapshot } = await exportSnapshot(payload)
      const application = snapshot.localCatalogues.find(
        (c) => c.localityId === fixtures.localities.townA.id,
      )!.applications[0]
      expect(application.applyingDecisionId).toBeNull()
      expect(snapshot.decisions.map((d) => d.number)).not.toContain('5/QĐ-UBND')
    } finally {
      await payload.update({
        collection: 'applied-procedures',
        id: fixtures.applied.appliedA.id,
        data: { applyingDecision: null },
      })
      await payload.delete({ collection: 'decisions', id: draft.id })
    }
  })
})

import type { Payload } from 'payload'

import { orderedListToLexical } from '../../cms/lib/lexical'
import type { Procedure, User } from '../../cms/payload-types'

export const PASSWORD = 'mat-khau-kiem-thu-123'

/** A small catalogue made for the tests, independent of the demo data. */
export async function createFixtures(payload: Payload) {
  const locality = (data: Record<string, unknown>) =>
    payload.create({ collection: 'localities', data: data as never })
  const province = await locality({ name: 'Tỉnh Kiểm Thử', unitType: 'province', code: '91' })
  const district = await locality({
    name: 'Huyện Kiểm Thử',
    unitType: 'district',
    code: '910',
    parent: province.id,
    dissolvedOn: '2025-07-01',
  })
  const townA = await locality({
    name: 'Thị trấn A',
    unitType: 'township',
    code: '91001',
    parent: district.id,
  })
  const communeB = await locality({
    name: 'Xã B',
    unitType: 'commune',
    code: '91002',
    parent: province.id,
  })

  const sector = await payload.create({ collection: 'sectors', data: { name: 'Hộ tịch' } })
  const agency = await payload.create({
    collection: 'agencies',
    data: { name: 'Ủy ban nhân dân cấp xã', level: 'commune' },
  })
  const law = await payload.create({
    collection: 'legal-documents',
    data: {
      number: '60/2014/QH13',
      kind: 'law',
      title: 'Luật Hộ tịch',
      issuer: 'Quốc hội',
      issueDate: '2014-11-20T00:00:00.000Z',
      status: 'in-force',
    },
  })

  const complete = (code: string, name: string, extra: Partial<Procedure> = {}) =>
    ({
      code,
      name,
      levels: ['commune'],
      sector: sector.id,
      subjects: ['citizen'],
      agencies: { implementing: [agency.id] },
      steps: orderedListToLexical([
        'Nộp hồ sơ tại bộ phận một cửa.',
        'Công chức kiểm tra và trả kết quả.',
      ]),
      methods: [
        {
          channel: 'direct',
          processingTime: 3,
          processingTimeUnit: 'working-day',
          fees: [{ amount: 0, description: 'Miễn lệ phí' }],
        },
        {
          channel: 'online',
          processingTime: 5,
          processingTimeUnit: 'working-day',
          fees: [],
          // No fee row says nothing by itself: free has to be stated.
          feesGap: { kind: 'none' },
        },
      ],
      dossierCases: [
        {
          name: 'Giấy tờ phải nộp',
          components: [{ name: 'Tờ khai (theo mẫu)', originals: 1, copies: 0, required: true }],
        },
      ],
      results: [{ name: 'Giấy khai sinh' }],
      legalBasis: [law.id],
      onlineServiceLevel: 'partial',
      validity: 'in-force',
      _status: 'published',
      ...extra,
    }) as Procedure

  const birth = await payload.create({
    collection: 'procedures',
    data: complete('1.001193', 'Đăng ký khai sinh'),
  })
  const provincial = await payload.create({
    collection: 'procedures',
    data: complete('1.000001', 'Thủ tục cấp tỉnh', { levels: ['province'] }),
  })
  const abolished = await payload.create({
    collection: 'procedures',
    data: complete('1.000002', 'Thủ tục đã bãi bỏ', { validity: 'abolished' }),
  })
  const draft = await payload.create({
    collection: 'procedures',
    data: complete('1.000003', 'Thủ tục đang soạn thảo', { _status: 'draft' }),
    draft: true,
  })
  const marriage = await payload.create({
    collection: 'procedures',
    data: complete('1.000894', 'Đăng ký kết hôn'),
  })

  const appliedA = await payload.create({
    collection: 'applied-procedures',
    data: {
      locality: townA.id,
      procedure: birth.id,
      committedTime: { value: 1, unit: 'working-day' },
      receivingAddress: 'Bộ phận một cửa thị trấn A',
      _status: 'published',
    },
  })
  const appliedB = await payload.create({
    collection: 'applied-procedures',
    data: {
      locality: communeB.id,
      procedure: birth.id,
      localNotes: 'Bản nháp của xã B',
      _status: 'draft',
    },
    draft: true,
  })

  const user = (email: string, roles: User['roles'], localities: string[] = []) =>
    payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, name: email.split('@')[0], roles, localities },
    })
  const users = {
    admin: await user('admin@test.vn', ['admin']),
    legal: await user('phapche@test.vn', ['legal-officer']),
    officerA: await user('canbo.a@test.vn', ['locality-officer'], [townA.id]),
    officerB: await user('canbo.b@test.vn', ['locality-officer'], [communeB.id]),
    reviewer: await user('xemxet@test.vn', ['reviewer']),
    approver: await user('pheduyet@test.vn', ['approver']),
    publisher: await user('xuatban@test.vn', ['publisher']),
  }

  return {
    localities: { province, district, townA, communeB },
    sector,
    agency,
    law,
    procedures: { birth, provincial, abolished, draft, marriage },
    applied: { appliedA, appliedB },
    users,
    complete,
  }
}

export type Fixtures = Awaited<ReturnType<typeof createFixtures>>

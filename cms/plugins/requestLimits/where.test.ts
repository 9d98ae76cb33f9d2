import { describe, expect, it } from 'vitest'

import { sortProblem, whereProblem, type FieldKind } from './where'

const bounds = { maxNesting: 3, maxConditions: 5, maxListValues: 4, maxStringLength: 20 }

describe('whereProblem', () => {
  it('accepts the shapes Payload documents', () => {
    for (const where of [
      undefined,
      {},
      { code: { equals: '1.001193' } },
      { _status: { equals: 'published' }, 'version.localNotes': { like: 'xã' } },
      {
        or: [{ code: { in: ['a', 'b'] } }, { code: { in: 'a,b' } }],
        and: [{ createdAt: { greater_than: new Date() } }],
      },
      { parent: { exists: 'false' }, name: { not_equals: null }, count: { less_than: 3 } },
      { OR: [{ and: [{ or: [{ code: { equals: 'x' } }] }] }] },
    ]) {
      expect(whereProblem(where, bounds), JSON.stringify(where)).toBeNull()
    }
  })

  it('refuses an operand that is an object or a list where one value is wanted', () => {
    expect(whereProblem({ _status: { equals: { $ne: 'x' } } }, bounds)).toMatch(
      /"_status\.equals".*giá trị đơn.*đối tượng/,
    )
    expect(whereProblem({ localNotes: { like: ['a', 'b'] } }, bounds)).toMatch(
      /"localNotes\.like".*danh sách/,
    )
  })

  it('wants lists for in, not_in and all, of single values', () => {
    expect(whereProblem({ id: { in: { a: '1' } } }, bounds)).toMatch(/"id\.in" cần một danh sách/)
    expect(whereProblem({ id: { not_in: [['x']] } }, bounds)).toMatch(/"id\.not_in\.0"/)
    expect(whereProblem({ id: { all: [1, 2, 3, 4, 5] } }, bounds)).toMatch(/quá 4 giá trị/)
  })

  it('knows only Payload operators and field paths', () => {
    expect(whereProblem({ code: { $where: 'x' } }, bounds)).toMatch(
      /Toán tử "\$where".*không được hỗ trợ/,
    )
    expect(whereProblem({ 'code;drop': { equals: 'x' } }, bounds)).toMatch(/không phải tên trường/)
    expect(whereProblem({ code: 'x' }, bounds)).toMatch(/cần một toán tử/)
    expect(whereProblem({ code: {} }, bounds)).toMatch(/cần một toán tử/)
    expect(whereProblem({ code: { exists: 'maybe' } }, bounds)).toMatch(/true hoặc false/)
  })

  it('wants and/or as lists of conditions, nested only so deep', () => {
    expect(whereProblem({ or: { 0: { code: { equals: 'x' } } } }, bounds)).toMatch(
      /"or" phải là một danh sách/,
    )
    expect(whereProblem({ and: ['x'] }, bounds)).toMatch(/"and\.0" phải là một tập điều kiện/)
    let deep: Record<string, unknown> = { code: { equals: 'x' } }
    for (let i = 0; i < 4; i++) deep = { or: [deep] }
    expect(whereProblem(deep, bounds)).toMatch(/lồng nhau quá 3 cấp/)
  })

  it('bounds the number of conditions and the length of values', () => {
    const many = { or: Array.from({ length: 6 }, (_, i) => ({ code: { equals: String(i) } })) }
    expect(whereProblem(many, bounds)).toMatch(/quá 5 điều kiện/)
    expect(whereProblem({ code: { like: 'x'.repeat(21) } }, bounds)).toMatch(/dài quá 20 ký tự/)
    expect(whereProblem({ code: { equals: 'a\u0000b' } }, bounds)).toMatch(/NUL/)
  })

  it('checks values against the kind of field, and operators against the database', () => {
    const kinds: Record<string, FieldKind> = {
      validity: { kind: 'select', options: ['in-force', 'abolished'] },
      createdAt: { kind: 'date' },
      sector: { kind: 'id', isValid: (v) => /^[0-9a-f-]{36}$/.test(v) },
      steps: { kind: 'json' },
      location: { kind: 'point' },
    }
    const context = { fieldAt: (path: string) => kinds[path], unsupported: new Set(['all']) }
    expect(
      whereProblem(
        { validity: { in: ['in-force', 'abolished'] }, createdAt: { less_than: '2026-11-23' } },
        bounds,
        context,
      ),
    ).toBeNull()
    expect(whereProblem({ validity: { equals: 'bogus' } }, bounds, context)).toMatch(
      /"bogus".*lựa chọn.*in-force, abolished/,
    )
    expect(whereProblem({ validity: { not_in: 'in-force,bogus' } }, bounds, context)).toMatch(
      /"bogus"/,
    )
    expect(whereProblem({ createdAt: { greater_than: 'yesterday' } }, bounds, context)).toMatch(
      /ngày giờ/,
    )
    expect(whereProblem({ sector: { equals: 'x' } }, bounds, context)).toMatch(/mã định danh/)
    expect(whereProblem({ steps: { like: 'x' } }, bounds, context)).toMatch(
      /chỉ lọc được bằng "exists"/,
    )
    expect(whereProblem({ steps: { exists: true } }, bounds, context)).toBeNull()
    expect(whereProblem({ validity: { all: ['in-force'] } }, bounds, context)).toMatch(
      /"all".*không được hỗ trợ trên cơ sở dữ liệu này/,
    )
    expect(whereProblem({ location: { near: '105.8,21.0,1000' } }, bounds, context)).toBeNull()
    expect(whereProblem({ validity: { near: '105.8,21.0' } }, bounds, context)).toMatch(/toạ độ/)
  })

  it('refuses a where that is not a set of conditions', () => {
    for (const where of ['abc', 42, ['x'], true])
      expect(whereProblem(where, bounds)).toMatch(/tập điều kiện/)
  })
})

describe('sortProblem', () => {
  it('accepts field names, descending or not, as a string or a list', () => {
    for (const sort of [
      undefined,
      '',
      'name',
      '-updatedAt',
      'code,-name',
      ['-version.updatedAt', 'name'],
    ])
      expect(sortProblem(sort, 3)).toBeNull()
  })
  it('refuses anything else', () => {
    expect(sortProblem({ $ne: 'x' }, 3)).toMatch(/tên trường/)
    expect(sortProblem('-,--', 3)).toMatch(/"-"/)
    expect(sortProblem('a,b,c,d', 3)).toMatch(/tối đa 3 trường/)
  })
})

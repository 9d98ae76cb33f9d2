/**
 * Citizens' words reach the index: each record carries, among its keys, the terms that mean its
 * procedure, from the snapshot's list or, when the snapshot has none, from the default list.
 */
import { describe, expect, it } from 'vitest'

import { DEFAULT_SEARCH_SYNONYMS } from '../../content-schemas/searchSynonyms.default'
import { synonymMatcher } from '../../site/lib/searchSynonyms'
import { provinceRecords } from '../../site/lib/searchRecords'
import { searchText } from '../../site/lib/searchText'
import { catalogueWith } from './helpers/catalogue'
import type { Snapshot } from '../../content-schemas'

/** Procedures as national records come: no keywords, no synonyms. */
const bare = (snapshot: Snapshot): Snapshot => ({
  ...snapshot,
  procedures: snapshot.procedures.map((p) => ({ ...p, keywords: [], synonyms: [] })),
})
const keysOf = (snapshot: (s: Snapshot) => Snapshot) => {
  const records = provinceRecords(catalogueWith(snapshot))
  return new Map(records.map((r) => [r.meta.code, r.meta.keys.split(' | ')]))
}

describe('citizens’ words in the index', () => {
  it('match a procedure by the words of its official name, or by its code', () => {
    const match = synonymMatcher([
      { term: 'sổ đỏ', means: ['giấy chứng nhận quyền sử dụng đất'], codes: [] },
      { term: 'tách khẩu', means: [], codes: ['1.010038'] },
      { term: 'giấy độc thân', means: ['tình trạng hôn nhân'], codes: [] },
    ])
    const land = {
      code: '1.012783',
      name: 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
      keywords: [],
    }
    expect(match(land)).toEqual(['sổ đỏ'])
    expect(match({ code: '1.010038', name: 'Tách hộ', keywords: [] })).toEqual(['tách khẩu'])
    // whole words only: "hôn nhân" inside another word does not count
    expect(match({ code: '1.000001', name: 'Chứng nhận quyền sử dụng đất', keywords: [] })).toEqual(
      [],
    )
  })

  it('come from the default list when the snapshot carries none', () => {
    const keys = keysOf(bare)
    expect(keys.get('1.001193')).toEqual(
      expect.arrayContaining([searchText('làm giấy khai sinh'), searchText('giấy khai sanh')]),
    )
    expect(keys.get('1.000894')).toEqual(expect.arrayContaining([searchText('lấy vợ')]))
    expect(keys.get('1.000656')).toEqual(expect.arrayContaining([searchText('giấy chứng tử')]))
  })

  it('reach the procedure they mean, not every procedure sharing a phrase with it', () => {
    const match = synonymMatcher(DEFAULT_SEARCH_SYNONYMS)
    const holds = (code: string, name: string, term: string, keywords: string[] = []) =>
      match({ code, name, keywords }).includes(term)
    // as the demo's record has it: every merit procedure is one of "người có công"
    const worship = ['1.010803', 'Giải quyết chế độ trợ cấp thờ cúng liệt sĩ'] as const
    const merit = ['người có công']
    const relatives = ['1.010833', 'Cấp giấy xác nhận thân nhân của người có công'] as const
    // the certificate of a martyr's relative, not the worship allowance (both of "người có công")
    expect(holds(...relatives, 'xác nhận thân nhân')).toBe(true)
    expect(holds(...worship, 'xác nhận thân nhân', merit)).toBe(false)
    expect(holds(...worship, 'giấy xác nhận con liệt sĩ', merit)).toBe(false)
    expect(holds(...worship, 'thương binh', merit)).toBe(true)
    // the birth registration by its code, not its mobile or foreign cases
    expect(holds('1.001193', 'Thủ tục đăng ký khai sinh', 'mất giấy chứng sinh')).toBe(true)
    expect(holds('1.003583', 'Thủ tục đăng ký khai sinh lưu động', 'mất giấy chứng sinh')).toBe(
      false,
    )
    // taking a wandering person in, not the funeral support of the same people
    const takingIn = 'Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở'
    const funeral = 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội'
    expect(holds('2.000286', takingIn, 'người lang thang')).toBe(true)
    expect(holds('1.001731', funeral, 'người lang thang')).toBe(false)
    // a westerner as people say it reaches the foreign cases; folded, "người Tày" is the same
    // phrase, so "tây" alone is no term
    const foreignBirth = 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài'
    expect(holds('2.000528', foreignBirth, 'người tây')).toBe(true)
    expect(holds('1.001193', 'Thủ tục đăng ký khai sinh', 'người tây')).toBe(false)
    expect(DEFAULT_SEARCH_SYNONYMS.some((s) => searchText(s.term) === 'tay')).toBe(false)
    // leaving a rented room: the removal of the temporary residence, not its registration
    expect(holds('1.010028', 'Xóa đăng ký tạm trú', 'trả phòng trọ')).toBe(true)
    expect(holds('1.004194', 'Đăng ký tạm trú', 'trả phòng trọ')).toBe(false)
    // an adult who lost legal capacity needs a guardian; the words are also in the conditions of
    // marriage and recognition, which they must not reach
    expect(holds('1.004837', 'Thủ tục đăng ký giám hộ', 'mất năng lực hành vi dân sự')).toBe(true)
    const recognition = 'Thủ tục đăng ký nhận cha, mẹ, con'
    expect(holds('1.001022', recognition, 'mất năng lực hành vi dân sự')).toBe(false)
    // a diploma's certified copy, not the translator's signature (whose degree its text names)
    const copy =
      'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền'
    const translator = 'Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên'
    expect(holds('2.000815', copy, 'chứng thực bằng tốt nghiệp')).toBe(true)
    expect(holds('2.001008', translator, 'chứng thực bằng tốt nghiệp')).toBe(false)
    // dividing an inheritance is the agreement on the division, not the refusal of a share
    const division = 'Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản'
    const refusal = 'Chứng thực văn bản từ chối nhận di sản'
    expect(holds('2.001406', division, 'chia tài sản thừa kế')).toBe(true)
    expect(holds('2.001016', refusal, 'chia tài sản thừa kế')).toBe(false)
    expect(holds('2.001016', refusal, 'thừa kế')).toBe(true)
    // from temporary to permanent residence: the registration, not the liên thông bundle naming it
    const bundle = 'Đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em'
    expect(holds('1.004222', 'Đăng ký thường trú', 'chuyển tạm trú sang thường trú')).toBe(true)
    expect(holds('2.002621', bundle, 'chuyển tạm trú sang thường trú')).toBe(false)
    // an old certificate changed for one of the new form: the exchange, not its loss
    const exchange =
      'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất'
    expect(holds('1.012783', exchange, 'đổi sang sổ mới')).toBe(true)
    expect(holds('1.012786', 'Cấp lại Giấy chứng nhận do bị mất', 'đổi sang sổ mới')).toBe(false)
  })

  it('come from the snapshot’s own list when it has one; an empty list adds none', () => {
    const own = keysOf((s) => ({
      ...bare(s),
      searchSynonyms: [{ term: 'về ở với nhau', means: ['kết hôn'], codes: [] }],
    }))
    expect(own.get('1.000894')).toEqual([searchText('về ở với nhau')])
    const none = keysOf((s) => ({ ...bare(s), searchSynonyms: [] }))
    expect(none.get('1.000894')).toEqual([''])
  })
})

/**
 * The text rules search depends on, shared by the index builder and the browser script: folding
 * (đ included), code variants, query normalisation and the re-ranking tiers.
 */
import { describe, expect, it } from 'vitest'

import { fold } from '../../content-schemas/fold'
import {
  codeVariants,
  normalizeQuery,
  queryAsCode,
  searchedCodeWord,
  searchText,
  searchTokens,
} from '../../site/lib/searchText'
import { queryWords } from '../../site/lib/queryPlan'
import { bridged, followUpOf, matchTier, nameHeld, nameOverlap, rerank } from '../../site/lib/rank'
import { provinceRecords } from '../../site/lib/searchRecords'
import { catalogueWithProcedure } from './helpers/catalogue'

describe('folding', () => {
  it('drops tone and vowel marks and turns đ/Đ into d', () => {
    expect(fold('Đăng ký Khai sinh')).toBe('dang ky khai sinh')
    expect(fold('ĐẤT ĐAI')).toBe('dat dai')
    expect(fold('Hộ tịch  ')).toBe('ho tich')
    expect(fold('Ủy ban nhân dân')).toBe('uy ban nhan dan')
  })

  it('normalises what citizens type, whatever the case, marks or punctuation', () => {
    for (const q of [
      'DANG KY KET HON',
      'đăng ký kết hôn',
      'Đăng ký kết hôn!',
      '  dang  ky, ket hon ',
    ])
      expect(normalizeQuery(q)).toBe('dang ki ket hon')
    expect(normalizeQuery('1.001193')).toBe('1001193')
  })

  it('indexes codes in the forms a query can reach', () => {
    // A provincial code that begins with the national one is searched as it (searchedCodeWord).
    expect(codeVariants('1.001193', '1.001193.000.00.00.H18')).toEqual(['1001193', '001193'])
    expect(codeVariants('1.001193', '1.001193.H29')).toEqual(['1001193', '001193'])
    // One that does not is a word of its own.
    expect(codeVariants('1.001193', 'DB-HT-01')).toEqual(['1001193', '001193', 'db ht 01'])
    expect(codeVariants('1.001193', '2.000986.000.00.00.H18')).toEqual([
      '1001193',
      '001193',
      '20009860000000h18',
    ])
    expect(searchedCodeWord('10011930000000h18')).toBe('1001193')
    expect(searchedCodeWord('1001193h29')).toBe('1001193')
    expect(searchedCodeWord('1001193')).toBe('1001193')
    expect(searchedCodeWord('01092016')).toBe('01092016')
    expect(searchedCodeWord('ct01')).toBe('ct01')
    for (const typed of [
      '1.001193.000.00.00.H18',
      '1.001193.000.00.00.h18 ',
      'mã 1.001193.000.00.00.H18',
    ])
      expect(queryWords(typed).at(-1)).toBe('1001193')
    expect(queryAsCode('1.001193')).toBe('1.001193')
    expect(queryAsCode('1001193')).toBe('1.001193')
    expect(normalizeQuery('1.001193.000.00.00.H18')).toBe('10011930000000h18')
    expect(queryAsCode('1.001193.000.00.00.H18')).toBe('1.001193')
    expect(queryAsCode('khai sinh')).toBeNull()
    expect(queryAsCode('mã 1.001193')).toBe('1.001193')
    expect(queryAsCode('thủ tục 1.001193')).toBe('1.001193')
  })
})

describe('one tokenization for the index and the query', () => {
  it('reads dates, slashes, codes, numbers, punctuation and đ alike', () => {
    expect(searchTokens('Nghị định 63/2010/NĐ-CP ngày 1/9/2016')).toEqual([
      'nghi',
      'dinh',
      '63',
      '2010',
      'nd',
      'cp',
      'ngay',
      '01092016',
      '2016',
    ])
    expect(searchText('ngày 01/09/2016')).toBe('ngay 01092016 2016')
    expect(searchText('1-9-2016')).toBe('01092016 2016')
    expect(searchText('2.000986.000.00.00.H12')).toBe('20009860000000h12')
    expect(searchText('Phí 20.000 đồng (20,000 VNĐ)')).toBe('phi 20000 dong 20000 vnd')
    expect(searchText('“Gia đình văn hóa”; hộ nghèo/cận nghèo!')).toBe(
      'gia dinh van hoa ho ngheo can ngheo',
    )
  })

  it('treats the spelling variants ký/kí, lý/lí, sỹ/sĩ and qui/quy as one word', () => {
    expect(searchText('Đăng ký')).toBe(searchText('dang ki'))
    expect(searchText('liệt sỹ')).toBe(searchText('liet si'))
    expect(searchText('quy định')).toBe(searchText('qui dinh'))
    // Only after a consonant: "giấy", "tuyển", "thủy" keep their y.
    expect(searchText('giấy tuyển thủy')).toBe('giay tuyen thuy')
  })

  it('holds the index and the query together: every way to type a name finds its words in the record', () => {
    const { catalogue, code } = catalogueWithProcedure((first) => ({
      ...first,
      localCode: `${first.code}.000.00.00.H12`,
      name: 'Hỗ trợ theo Quyết định số 15/2016/QĐ-TTg ngày 1/9/2016 (đợt 2); Đăng ký lại',
      keywords: ['Sổ đỏ'],
      synonyms: [],
    }))
    const record = provinceRecords(catalogue).find((r) => r.meta.code === code)!
    const searchable = ` ${record.content} ${record.meta.title} ${record.meta.codes} ${record.meta.keys} `
    for (const query of [
      'quyet dinh 15/2016/QD-TTg',
      '15/2016/qđ-ttg',
      'ngày 01/09/2016',
      '1-9-2016',
      'đợt 2',
      'DANG KI LAI',
      'so do',
      code,
      code.replace('.', ''),
      code.split('.')[1],
      `${code}.000.00.00.H12`,
    ])
      // The words searched (queryPlan.ts): a provincial code is searched as its national code.
      for (const word of queryWords(query))
        expect(searchable, `${query}: ${word}`).toContain(` ${word} `)
  })
})

describe('re-ranking', () => {
  const birth = {
    title: 'thu tuc dang ky khai sinh',
    code: '1.001193',
    keys: 'dang ky khai sinh | khai sinh | ho tich',
    field: 'Hộ tịch',
  }
  const mobile = {
    title: 'thu tuc dang ky khai sinh luu dong',
    code: '1.003583',
    keys: 'khai sinh luu dong',
    field: 'Hộ tịch',
  }
  const foreign = {
    title: 'thu tuc dang ky khai sinh co yeu to nuoc ngoai',
    code: '2.000528',
    keys: 'khai sinh',
    field: 'Hộ tịch',
  }

  it('ranks code, name, keyword, prefix and field matches in that order', () => {
    expect(matchTier('1.001193', birth)).toBe(5)
    expect(matchTier('001193', birth)).toBe(5)
    expect(matchTier('Đăng ký khai sinh', birth)).toBe(4)
    expect(matchTier('khai sinh', birth)).toBe(3)
    expect(matchTier('dang ky khai sinh', mobile)).toBe(2)
    expect(matchTier('Hộ tịch', mobile)).toBe(1)
    expect(matchTier('ket hon', mobile)).toBe(0)
  })

  it('puts the exact name first, then the general case before special ones', () => {
    const items = [mobile, foreign, birth].map((meta) => ({ meta }))
    expect(rerank('dang ky khai sinh', items).map((i) => i.meta.code)).toEqual([
      '1.001193',
      '1.003583',
      '2.000528',
    ])
    expect(
      rerank(
        'khai sinh',
        [foreign, birth].map((meta) => ({ meta })),
      ).map((i) => i.meta.code),
    ).toEqual(['1.001193', '2.000528'])
  })

  it('puts first, among records holding as much of a long query, the one whose name it holds whole', () => {
    const permanent = { title: 'dang ky thuong tru', code: '1.004222' }
    const linked = {
      title: 'dang ky khai sinh dang ky thuong tru cap the bao hiem y te cho tre em duoi 6 tuoi',
      code: '2.002621',
    }
    const query = 'thi tran dien bien dong dang ky thuong tru'
    expect(nameHeld(query, permanent)).toBe(4)
    expect(nameHeld(query, linked)).toBe(0)
    // the longer name held is the more precise
    const removal = { title: 'xoa dang ky thuong tru', code: '1.003197' }
    expect(nameHeld(`${query} xoa`, removal)).toBe(5)
    expect(nameHeld(`${query} xoa`, permanent)).toBe(4)
    // the linked record is Pagefind's first and the partial matches' best score
    const items = [linked, permanent].map((meta) => ({ meta }))
    const score = (item: { meta: { code: string } }) => (item.meta.code === '2.002621' ? 9 : 5)
    expect(rerank(query, items, score).map((i) => i.meta.code)).toEqual(['1.004222', '2.002621'])
  })

  it('puts the first act on a thing before the acts that follow it, unless the query asks for one', () => {
    const register = { title: 'dang ky tam tru', code: '1.004194' }
    const extend = { title: 'gia han tam tru', code: '1.002755' }
    const remove = { title: 'xoa dang ky tam tru', code: '1.010028' }
    const items = [extend, remove, register].map((meta) => ({ meta }))
    expect(rerank('tam tru', items).map((i) => i.meta.code)).toEqual([
      '1.004194',
      '1.002755',
      '1.010028',
    ])
    expect(rerank('gia han tam tru', items)[0].meta.code).toBe('1.002755')
    expect(rerank('xoa tam tru', items)[0].meta.code).toBe('1.010028')
    expect(followUpOf(['tam', 'tru'], extend)).toBe(1)
    expect(followUpOf(['tam', 'tru'], register)).toBe(0)
    expect(followUpOf(['gia', 'han', 'tam', 'tru'], extend)).toBe(-1)
    // a name may list its acts: "Đổi, cấp lại …" is asked for by "lại", before a first act
    // holding the same words ("xác định lại")
    const renew = { title: 'doi cap lai giay xac nhan khuyet tat', code: '1.001653' }
    const assess = {
      title: 'xac dinh xac dinh lai muc do khuyet tat va cap giay xac nhan khuyet tat',
      code: '1.001699',
    }
    expect(followUpOf(['lai', 'the', 'khuyet', 'tat'], renew)).toBe(-1)
    expect(followUpOf(['the', 'khuyet', 'tat'], renew)).toBe(1)
    const disability = [assess, renew].map((meta) => ({ meta }))
    expect(rerank('lai the khuyet tat', disability)[0].meta.code).toBe('1.001653')
    expect(rerank('the khuyet tat', disability)[0].meta.code).toBe('1.001699')
    // the shorter name does not win over the first act
    const permit = {
      title: 'cap giay phep xay dung moi doi voi cong trinh cap iii cap iv va nha o rieng le',
      code: '1.013225',
    }
    const permitExtension = { title: 'gia han giay phep xay dung', code: '1.013227' }
    const permits = [permitExtension, permit].map((meta) => ({ meta }))
    expect(rerank('giay phep xay dung', permits).map((i) => i.meta.code)).toEqual([
      '1.013225',
      '1.013227',
    ])
    expect(rerank('gia han giay phep xay dung', permits)[0].meta.code).toBe('1.013227')
    // a citizens' word of the extension holding the query says no more than the permit's name
    const keyed = [{ ...permitExtension, keys: 'giay phep xay dung het han' }, permit]
    expect(matchTier('giay phep xay dung', keyed[0])).toBe(matchTier('giay phep xay dung', permit))
    expect(
      rerank(
        'giay phep xay dung',
        keyed.map((meta) => ({ meta })),
      )[0].meta.code,
    ).toBe('1.013225')
    // a key both hold as the query itself is no more the extension's
    const bothKeyed = [
      { ...permitExtension, keys: 'giay phep xay nha' },
      { ...permit, keys: 'giay phep xay nha' },
    ].map((meta) => ({ meta }))
    expect(rerank('giay phep xay nha', bothKeyed)[0].meta.code).toBe('1.013225')
    // but a key of the follow-up act itself, which a bundle's name holds whole, asks for it
    const removal = { title: 'xoa dang ky thuong tru', code: '1.003197', keys: 'cat khau' }
    const bundle = {
      title: 'dang ky khai tu xoa dang ky thuong tru giai quyet mai tang phi tu tuat',
      code: '2.002622',
      keys: 'cat khau',
    }
    const removals = [bundle, removal].map((meta) => ({ meta }))
    expect(rerank('cat khau', removals)[0].meta.code).toBe('1.003197')
    // a follow-up names its thing shorter than the first act does: "sổ đỏ", a key of every land
    // certificate, asks for the first one, not for its correction or its replacement
    const land = [
      { title: 'dinh chinh giay chung nhan da cap', code: '1.012790' },
      { title: 'cap lai giay chung nhan do bi mat', code: '1.012786' },
      {
        title:
          'dang ky dat dai tai san gan lien voi dat cap giay chung nhan quyen su dung dat quyen so huu tai san gan lien voi dat lan dau doi voi ho gia dinh ca nhan',
        code: '1.013978',
      },
    ].map((meta) => ({ meta: { ...meta, keys: 'so do' } }))
    expect(rerank('so do', land).map((i) => i.meta.code)).toEqual([
      '1.013978',
      '1.012790',
      '1.012786',
    ])
    expect(rerank('cap lai so do', land)[0].meta.code).toBe('1.012786')
    expect(rerank('dinh chinh so do', land)[0].meta.code).toBe('1.012790')
    // alike on every other count, the first certificate before its exchange
    const certify = {
      title: 'xac dinh muc do khuyet tat va cap giay xac nhan khuyet tat',
      code: '1.001699',
    }
    const exchange = { title: 'doi cap lai giay xac nhan khuyet tat', code: '1.001653' }
    const certificates = [exchange, certify].map((meta) => ({ meta }))
    expect(nameOverlap('tu ky giay xac nhan khuyet tat', exchange)).toBe(
      nameOverlap('tu ky giay xac nhan khuyet tat', certify),
    )
    expect(rerank('tu ky giay xac nhan khuyet tat', certificates)[0].meta.code).toBe('1.001699')
  })

  it('puts a procedure before its special case, unless the query asks for what the case adds', () => {
    const general = { title: 'thu tuc dang ky khai sinh', code: '1.001193' }
    const byProxy = {
      title: 'thu tuc dang ky khai sinh truong hop uy quyen cho nguoi khac thuc hien',
      code: '1.000531',
      keys: 'nho nguoi lam ho',
    }
    const items = [byProxy, general].map((meta) => ({ meta }))
    // "lam" in the special case's keys holds more of the query
    expect(nameOverlap('lam giay khai sinh', byProxy)).toBeGreaterThan(
      nameOverlap('lam giay khai sinh', general),
    )
    expect(rerank('lam giay khai sinh', items).map((i) => i.meta.code)).toEqual([
      '1.001193',
      '1.000531',
    ])
    expect(rerank('lam khai sinh uy quyen', items).map((i) => i.meta.code)).toEqual([
      '1.000531',
      '1.001193',
    ])
    // a pair of the query's words that only the special case's keys hold asks for it
    const marriage = { title: 'thu tuc dang ky ket hon', code: '1.000894' }
    const foreign = {
      title: 'thu tuc dang ky ket hon co yeu to nuoc ngoai',
      code: '2.000806',
      keys: 'lay chong dai loan',
    }
    const both = [foreign, marriage].map((meta) => ({ meta }))
    expect(rerank('ket hon lay chong dai loan', both).map((i) => i.meta.code)).toEqual([
      '2.000806',
      '1.000894',
    ])
    // a word of two letters asks for the special case only beside its neighbour: "so" of "so
    // do" (sổ đỏ) is not "sơ" of "hồ sơ"; "ho so" typed is
    const correction = { title: 'dinh chinh giay chung nhan da cap', code: '1.012790' }
    const lostFile = {
      title: 'dinh chinh giay chung nhan da cap truong hop ho so bi that lac hu hong',
      code: '1.012125',
    }
    const corrections = [lostFile, correction].map((meta) => ({ meta }))
    expect(
      rerank('sai ten tren so do dinh chinh giay chung nhan', corrections).map((i) => i.meta.code),
    ).toEqual(['1.012790', '1.012125'])
    expect(
      rerank('dinh chinh giay chung nhan mat ho so', corrections).map((i) => i.meta.code),
    ).toEqual(['1.012125', '1.012790'])
  })

  it('asks nothing of a special case with a word the general procedure holds already', () => {
    const general = {
      title: 'thu tuc dang ky ket hon co yeu to nuoc ngoai',
      code: '2.000806',
      keys: 'lay chong nguoi nuoc ngoai',
    }
    const elderly = {
      title:
        'thu tuc dang ky ket hon co yeu to nuoc ngoai truong hop nguoi yeu cau la nguoi khuyet tat nguoi cao tuoi',
      code: '1.009225',
      keys: 'lay chong nguoi nuoc ngoai',
    }
    const items = [elderly, general].map((meta) => ({ meta }))
    // "nguoi" is in the general case's keys: it does not ask for the disabled or elderly
    expect(rerank('dang ky ket hon voi nguoi nuoc ngoai', items).map((i) => i.meta.code)).toEqual([
      '2.000806',
      '1.009225',
    ])
    // a word the general procedure lacks still does
    expect(rerank('ket hon nuoc ngoai nguoi cao tuoi', items)[0].meta.code).toBe('1.009225')
  })

  it('reads a word spelt as another region says it beside its neighbour in a name', () => {
    const residence = { title: 'dang ky thuong tru', code: '1.004222', keys: 'nhap khau' }
    const newborn = {
      title: 'dang ky khai sinh dang ky thuong tru cap the bao hiem y te cho tre em duoi 6 tuoi',
      code: '2.002621',
      keys: 'nhap khau',
    }
    const items = [newborn, residence].map((meta) => ({ meta }))
    // "chu" (chú, chủ) is an index word, no typo to correct; beside "thuong" it is "trú"
    expect(rerank('dang ki thuong chu', items).map((i) => i.meta.code)).toEqual([
      '1.004222',
      '2.002621',
    ])
    // not where the record holds the word as typed: "tro nguoi" is no "cho người"
    const allowance = {
      title: 'thuc hien tro cap xa hoi hang thang ho tro kinh phi cham soc',
      code: '1.001776',
      keys: 'tro cap nguoi khuyet tat',
    }
    const byProxy = {
      title:
        'thuc hien tro cap xa hoi hang thang ho tro kinh phi cham soc truong hop uy quyen cho nguoi khac thuc hien',
      code: '1.006462',
      keys: 'tro cap nguoi khuyet tat',
    }
    const allowances = [byProxy, allowance].map((meta) => ({ meta }))
    expect(rerank('ho tro nguoi khuyet tat', allowances)[0].meta.code).toBe('1.001776')
    // nor in the keys, whose loose words meet too many: "nam mot cho" (lying ill) is no "làm một"
    const mobile = { title: 'dang ky ket hon luu dong', code: '1.000593' }
    const linked = {
      title: 'dang ky ket hon luu dong theo quy trinh lien thong',
      code: '1.006560',
      keys: 'lam mot lan',
    }
    const marriages = [linked, mobile].map((meta) => ({ meta }))
    expect(rerank('ket hon luu dong nguoi benh nam mot cho', marriages)[0].meta.code).toBe(
      '1.000593',
    )
  })

  it('puts first, in a scattered query, the name held whole before keys holding its stray words', () => {
    const general = {
      title: 'thu tuc dang ky khai sinh',
      code: '1.001193',
      keys: 'dang ky khai sinh | khai sinh',
    }
    // not a special case of the general name (which `basesFirst` would lift on its own)
    const foreign = {
      title: 'thu tuc khai sinh co yeu to nuoc ngoai truong hop ho so bi that lac',
      code: '3.010295',
      keys: 'dang ky khai sinh | lam khai sinh cho tre khi bo la nguoi nuoc ngoai',
    }
    const query = 'dang ky khai sinh tre bi bo roi'
    const items = [foreign, general].map((meta) => ({ meta }))
    // "trẻ" in the other record's keys holds more of the query's words
    expect(nameOverlap(query, foreign)).toBeGreaterThan(nameOverlap(query, general))
    expect(rerank(query, items).map((i) => i.meta.code)).toEqual(['3.010295', '1.001193'])
    expect(rerank(query, items, () => 0, { scattered: true }).map((i) => i.meta.code)).toEqual([
      '1.001193',
      '3.010295',
    ])
  })

  it('counts a word of two letters only beside its neighbour in the query', () => {
    const exchange = {
      title: 'doi cap lai giay xac nhan khuyet tat',
      code: '1.001653',
      keys: 'giay khuyet tat bi rach | so tay',
    }
    const certify = {
      title: 'xac dinh muc do khuyet tat va cap giay xac nhan khuyet tat',
      code: '1.001699',
    }
    // alone, "bị" (of "bị rách") and "sổ" (of "sổ tay") say nothing of "con bị tự kỷ, sổ khám"
    expect(nameOverlap('giay xac nhan khuyet tat con bi tu ky so kham', exchange)).toBe(
      nameOverlap('giay xac nhan khuyet tat con bi tu ky so kham', certify),
    )
    // beside its neighbour, as the key holds them, it counts
    expect(nameOverlap('giay khuyet tat bi rach', exchange)).toBe(
      nameOverlap('giay khuyet tat', exchange) + 2 + 2 * 2,
    )
  })

  it('puts first, in a long message, the record whose key the message holds as a phrase', () => {
    const poor = {
      title: 'cong nhan ho ngheo ho can ngheo',
      code: '1.011607',
      keys: 'ho ngheo | xin ho ngheo',
    }
    const birth = {
      title: 'thu tuc dang ky khai sinh',
      code: '1.001193',
      keys: 'lam giay khai sinh cho con | gia dinh dang ky khai sinh | khai sinh cho con o nha',
    }
    const items = [birth, poor].map((meta) => ({ meta }))
    // the story's words, one by one, are more of the birth's keys than "hộ nghèo" is of the poor's
    const message =
      'gia dinh em nghe noi xa dang ra soat ho ngheo nam nay nha em kho khan lam thi dang ky o dau'
    expect(rerank(message, items)[0].meta.code).toBe('1.011607')
    // a search of a few words is read by its overlap, as before
    expect(rerank('gia dinh ho ngheo nha dang ky', items)[0].meta.code).toBe('1.001193')
  })

  it('pairs no words a function word parted', () => {
    const exchange = {
      title: 'doi cap lai giay xac nhan khuyet tat',
      code: '1.001653',
      keys: 'giay khuyet tat bi hong',
    }
    const certify = {
      title: 'xac dinh muc do khuyet tat va cap giay xac nhan khuyet tat',
      code: '1.001699',
      keys: 'giay khuyet tat',
    }
    const items = [exchange, certify].map((meta) => ({ meta }))
    // "lam giay khuyet tat cho con bi tu ky": "cho con" stood between "tat" and "bi"
    const query = 'giay khuyet tat bi tu ky'
    const words = ['giay', 'khuyet', 'tat', null, null, 'bi', 'tu', 'ki']
    expect(rerank(query, items).map((i) => i.meta.code)).toEqual(['1.001653', '1.001699'])
    expect(rerank(query, items, undefined, { words }).map((i) => i.meta.code)).toEqual([
      '1.001699',
      '1.001653',
    ])
    // one function word parts nothing: names and keys leave it out
    const allowance = {
      title: 'thuc hien dieu chinh thoi huong tro cap xa hoi hang thang',
      code: '1.001776',
      keys: 'tro cap tre mo coi',
    }
    const care = {
      title: 'chuyen tre em dang duoc cham soc thay the',
      code: '2.001942',
      keys: 'nhan tre em mo coi ve nuoi',
    }
    const orphans = [care, allowance].map((meta) => ({ meta }))
    const asked = ['tro', 'cap', null, 'tre', 'em', 'mo', 'coi'] // "tro cap cho tre em mo coi"
    expect(bridged(asked)).toEqual(['tro', 'cap', 'tre', 'em', 'mo', 'coi'])
    expect(bridged(['tat', null, null, 'bi'])).toEqual(['tat', null, null, 'bi'])
    expect(
      rerank('tro cap tre em mo coi', orphans, undefined, { words: asked }).map((i) => i.meta.code),
    ).toEqual(['1.001776', '2.001942'])
  })
})

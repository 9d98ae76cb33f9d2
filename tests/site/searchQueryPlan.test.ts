/**
 * How a citizen's query is searched: the function words of a question are not required, the
 * parts searched one by one when the whole query finds too little, and how partial matches score.
 */
import { describe, expect, it } from 'vitest'

import {
  APART_SHARE,
  coverageScores,
  holdsNeighbours,
  partIds,
  planQuery,
  settledText,
  sideBySide,
  WANTED,
} from '../../site/lib/queryPlan'
import { holdsTogether, nameOverlap, rerank } from '../../site/lib/rank'

describe('what of a query being typed the search prepares for', () => {
  it('leaves out a last word of fewer than three letters until a space follows it', () => {
    expect(settledText('dang ky kh', 3)).toBe('dang ki')
    expect(settledText('dang ky kha', 3)).toBe('dang ki kha')
    expect(settledText('ket hon ', 3)).toBe('ket hon')
    expect(settledText('1.0042', 3)).toBe('') // a code being typed
    expect(settledText('1.004222 ', 3)).not.toBe('')
    expect(settledText('dang ky khai', Infinity)).toBe('dang ki')
    expect(settledText('dang ky khai ', Infinity)).toBe('dang ki khai')
  })

  it('waits while the last words may still become function words', () => {
    expect(settledText('dang ky ket hon nhu', 3)).toBe('dang ki ket hon')
    expect(settledText('dang ky ket hon nhu the', 3)).toBe('dang ki ket hon')
    expect(settledText('dang ky ket hon nhu the nao', 3)).toBe('dang ki ket hon nhu the nao')
    expect(settledText('con nuoi mat bao', 3)).toBe('con nuoi')
    expect(settledText('lam', 3)).toBe('')
    expect(settledText('thu tuc', 3)).toBe('')
    expect(settledText('toi muon', 3)).toBe('')
    // a word that only folds like one stays: mất (lost), sổ đỏ
    expect(settledText('ho ', 3)).toBe('') // may become "ho so"
    expect(settledText('mat so do ', 3)).toBe('mat so do')
    expect(settledText('lam so do ', 3)).toBe('lam so do')
  })
})

describe('the plan of a query', () => {
  it('requires the words that say what is wanted, not the function words of a question', () => {
    expect(planQuery('xin cong nhan ho ngheo').core).toEqual(['cong', 'nhan', 'ho', 'ngheo'])
    expect(planQuery('Làm giấy khai sinh cần những gì?').core).toEqual(['giay', 'khai', 'sinh'])
    expect(planQuery('thu tuc dang ky ket hon nhu the nao').core).toEqual([
      'dang',
      'ki',
      'ket',
      'hon',
    ])
    expect(planQuery('xin giấy xác nhận độc thân ở đâu').core.join(' ')).toBe(
      'giay xac nhan doc than',
    )
    expect(planQuery('làm sổ đỏ mất bao nhiêu tiền').core.join(' ')).toBe('so do')
    expect(planQuery('cho tôi hỏi thủ tục tách hộ').core.join(' ')).toBe('tach ho')
    // what to bring, what to register: the question, not the procedure
    expect(planQuery('làm giấy khai tử cần mang theo gì').core.join(' ')).toBe('giay khai tu')
    expect(planQuery('dang ky thuong tru mang theo nhung gi').core.join(' ')).toBe(
      'dang ki thuong tru',
    )
    expect(planQuery('ket hon can mang giay to gi').core.join(' ')).toBe('ket hon')
    // when it is ready, whether it costs, what to do
    expect(planQuery('bao lau thi co so do').core.join(' ')).toBe('so do')
    expect(planQuery('bao gio thi co giay khai sinh').core.join(' ')).toBe('giay khai sinh')
    expect(planQuery('dang ky tam tru co mat phi khong').core.join(' ')).toBe('dang ki tam tru')
    expect(planQuery('muon tach ho thi phai lam sao').core.join(' ')).toBe('tach ho')
    expect(planQuery('con moi sinh thi lam giay to o dau').core.join(' ')).toBe('con moi sinh')
    // the form, the channel and the office: not what is asked
    expect(planQuery('to khai dang ky khai sinh').core.join(' ')).toBe('dang ki khai sinh')
    expect(planQuery('nop ho so khai sinh online').core.join(' ')).toBe('khai sinh')
    expect(planQuery('dang ky ket hon tren dich vu cong').core.join(' ')).toBe('dang ki ket hon')
    expect(planQuery('cong an xa dang ky thuong tru').core.join(' ')).toBe('dang ki thuong tru')
  })

  it('keeps "ở" where it is the dwelling, not "at"', () => {
    expect(planQuery('ở trọ cần đăng ký gì').core.join(' ')).toBe('o tro')
    expect(planQuery('xin giay phep xay nha o').core.join(' ')).toBe('giay phep xay nha o')
    expect(planQuery('xac nhan noi o').core.join(' ')).toBe('xac nhan noi o')
    expect(planQuery('chuyen dat vuon sang dat o').core.join(' ')).toBe(
      'chuyen dat vuon sang dat o',
    )
    // and still drops it where it asks where
    expect(planQuery('dang ky tam tru o dau').core.join(' ')).toBe('dang ki tam tru')
    expect(planQuery('khai sinh o xa').core.join(' ')).toBe('khai sinh xa')
  })

  it('reads a yes-no question\'s "có" before its verb as a function word', () => {
    expect(planQuery('mat giay chung sinh co lam khai sinh duoc khong').core.join(' ')).toBe(
      'mat giay chung sinh khai sinh',
    )
    expect(planQuery('khai sinh co yeu to nuoc ngoai').core.join(' ')).toBe(
      'khai sinh co yeu to nuoc ngoai',
    )
  })

  it('does not require an ordinal, which says which child or which time', () => {
    expect(planQuery('vo sinh con thu 2 lam giay khai sinh').core.join(' ')).toBe(
      'vo sinh con giay khai sinh', // "làm" after a function word is one too
    )
    expect(planQuery('khai sinh cho con thu ba').core.join(' ')).toBe('khai sinh')
    expect(planQuery('ket hon lan thu hai').core.join(' ')).toBe('ket hon lan')
    // "thu" of anything else stays: "thu hồi", "thủ tục" aside, a word before it decides
    expect(planQuery('thu hai').core.join(' ')).toBe('thu hai')
    expect(planQuery('giay thu 2').core.join(' ')).toBe('giay thu 2')
  })

  it('does not require how long ago, nor an "already"', () => {
    expect(planQuery('bo toi mat 2 nam roi gio moi khai tu duoc khong').core.join(' ')).toBe(
      'bo mat gio moi khai tu',
    )
    expect(planQuery('so do mat roi lam lai').core.join(' ')).toBe('so do mat lai')
    // "rơi", dropped or abandoned, stays; so does a year
    expect(planQuery('lam roi so do').core.join(' ')).toBe('roi so do')
    expect(planQuery('khai sinh tre bi bo roi').core.join(' ')).toBe('khai sinh tre bi bo roi')
    expect(planQuery('dat cap truoc nam 2004').core.join(' ')).toBe('dat cap truoc nam 2004')
    // nor a "thì" after what has happened; "thị" and "thi" elsewhere stay
    expect(planQuery('chu ho mat thi doi chu ho the nao').core.join(' ')).toBe(
      'chu ho mat doi chu ho',
    )
    expect(planQuery('het han thi gia han o dau').core.join(' ')).toBe('het han gia han')
    expect(planQuery('con bi mat thi luc').core.join(' ')).toBe('con bi mat thi luc')
    expect(planQuery('thi tran dien bien dong').core.join(' ')).toBe('thi tran dien bien dong')
  })

  it('does not require the "đúng" of a closing "đúng không", unless it is "dụng" of a compound', () => {
    const cores: [string, string][] = [
      [
        'toi can giay xac nhan tinh trang hon nhan xin o xa dung khong',
        'giay xac nhan tinh trang hon nhan xa',
      ],
      ['khai sinh cho con lam o xa dung ko a', 'khai sinh xa'],
      ['lam the can cuoc cong dan dung khong', 'the can cuoc cong dan'],
      // "dụng", "dựng" of a compound stay, and so does "đúng" inside the question
      ['co can giay phep xay dung khong', 'giay phep xay dung'],
      ['dat o co duoc su dung khong', 'dat o su dung'],
      ['sua dung ten khong', 'sua dung ten'],
      ['dung khong', 'dung khong'],
    ]
    for (const [query, core] of cores) expect(planQuery(query).core.join(' '), query).toBe(core)
  })

  it('does not require "điều kiện" opening a question, nor another commune or province', () => {
    expect(planQuery('dieu kien dang ky thuong tru').core.join(' ')).toBe('dang ki thuong tru')
    expect(planQuery('cho hoi dieu kien tach ho').core.join(' ')).toBe('tach ho')
    // inside a name it stays, and alone it is what is asked
    expect(planQuery('giay chung nhan du dieu kien kinh doanh').core.join(' ')).toBe(
      'giay chung nhan du dieu kien kinh doanh',
    )
    expect(planQuery('dieu kien').core.join(' ')).toBe('dieu kien')
    expect(planQuery('co duoc dang ky ket hon o xa khac khong').core.join(' ')).toBe(
      'dang ki ket hon',
    )
    expect(planQuery('khai sinh cho con khac tinh').core.join(' ')).toBe('khai sinh')
    expect(planQuery('dang ky tam tru xa dien bien').core.join(' ')).toBe(
      'dang ki tam tru xa dien bien',
    )
  })

  it('does not require an age, which says who asks', () => {
    expect(planQuery('xin tro cap cho me gia 82 tuoi').core.join(' ')).toBe('tro cap gia') // for whom: cho me
    expect(planQuery('trợ cấp người trên 85 tuổi').core.join(' ')).toBe('tro cap nguoi')
    // an age the law sets as a bound, which records state, stays in the query for the ranking,
    // but is not searched (its number would fetch the index chunk of every code)
    const child = planQuery('bhyt cho tre duoi 6 tuoi')
    expect(child.words.join(' ')).toBe('bao hiem y te cho tre duoi 6 tuoi')
    expect(child.content).toContain('6')
    expect(child.core.join(' ')).toBe('bao hiem y te tre duoi tuoi')
    expect(child.parts.map((p) => p.text)).not.toContain('6')
    expect(child.parts.map((p) => p.text)).toContain('tre duoi')
    expect(planQuery('17 tuoi dang ky nghia vu').core.join(' ')).toBe('tuoi dang ki nghia vu')
    // a number that is no age stays: a year, a code
    expect(planQuery('ho ngheo 2027').core.join(' ')).toBe('ho ngheo 2027')
    expect(planQuery('tuoi tho').core.join(' ')).toBe('tuoi tho')
  })

  it('keeps words that fold like a function word but mean something else', () => {
    expect(planQuery('mat so do').core.join(' ')).toBe('mat so do') // mất = lost
    expect(planQuery('ho can ngheo').core.join(' ')).toBe('ho can ngheo') // cận nghèo
    expect(planQuery('ban sao giay khai sinh').core.join(' ')).toBe('ban sao giay khai sinh')
    expect(planQuery('lam so do lan dau').core.join(' ')).toBe('so do lan dau') // lần đầu
    expect(planQuery('bảo vệ trẻ em').core.join(' ')).toBe('bao ve tre em')
    expect(planQuery('lâm sản').core.join(' ')).toBe('lam san') // "làm" only leads
    expect(planQuery('vay von').core.join(' ')).toBe('vay von')
  })

  it('keeps a query made only of function words whole', () => {
    expect(planQuery('thủ tục').core).toEqual(['thu', 'tuc'])
  })

  it('searches each word and each pair of neighbours, not across a function word', () => {
    expect(planQuery('xin ho ngheo o dau').parts).toEqual([
      { text: 'ho', weight: 1 },
      { text: 'ho ngheo', weight: 1.5 },
      { text: 'ngheo', weight: 1 },
    ])
    expect(planQuery('khai tu cho nguoi mat').parts.map((p) => p.text)).toEqual([
      'khai',
      'khai tu',
      'tu',
      'nguoi',
      'nguoi mat',
      'mat',
    ])
  })

  it('weighs what a question asks for above the circumstances told around it', () => {
    const weights = (query: string) =>
      Object.fromEntries(planQuery(query).parts.map((p) => [p.text, p.weight]))
    const poor = weights('nha em kho khan lam muon xin ho ngheo thi lam the nao')
    expect(poor['ho ngheo']).toBe(1.5 * WANTED)
    expect(poor['kho khan']).toBe(1.5)
    expect(poor.ngheo).toBe(WANTED)
    // Past the function words between the wanting word and the thing: "muốn làm giấy …".
    const birth = weights('con toi 3 tuoi toi muon lam giay khai sinh')
    expect(birth['khai sinh']).toBe(1.5 * WANTED)
    expect(birth.con).toBe(1)
    // A yes-no "có cần" asks whether, and "để xin" gives a purpose: neither is the request.
    expect(weights('dang ky ket hon co can kham suc khoe khong')['suc khoe']).toBe(1.5)
    const purpose = weights('can giay xac nhan cu tru de xin mien giam hoc phi')
    expect([purpose['cu tru'], purpose['mien giam']]).toEqual([1.5, 1.5])
    // What is asked ends at the next function word: "… cho con gái".
    const forWhom = weights('muon xin giay khai sinh cho con gai')
    expect(forWhom['khai sinh']).toBe(1.5 * WANTED)
    expect(forWhom.gai).toBe(1)
    // A query that is all request is weighed as before: nothing to set it against.
    expect(planQuery('xin ho ngheo o dau').parts.map((p) => p.weight)).toEqual([1, 1.5, 1])
    // "cần … gì" asks what to bring, not for a thing.
    expect(weights('dang ky ket hon can giay to gi')['ket hon']).toBe(1.5)
  })
})

describe('partial matches', () => {
  it('score a rare word above a common one, and more parts above fewer', () => {
    const scores = coverageScores(
      [
        { part: { text: 'ho', weight: 1 }, ids: ['poor', 'household', 'business', 'other'] },
        { part: { text: 'ngheo', weight: 1 }, ids: ['poor'] },
        { part: { text: 'ho ngheo', weight: 1.5 }, ids: ['poor'] },
        { part: { text: 'xe', weight: 1 }, ids: [] },
      ],
      100,
    )
    expect(scores.get('poor')).toBeGreaterThan(scores.get('household')!)
    expect(scores.get('household')).toBe(scores.get('business'))
    expect(scores.has('xe')).toBe(false)
    // one rare word outweighs a common one
    const rare = coverageScores([{ part: { text: 'ngheo', weight: 1 }, ids: ['a'] }], 100)
    const common = coverageScores(
      [{ part: { text: 'ho', weight: 1 }, ids: ['a', 'b', 'c', 'd'] }],
      100,
    )
    expect(rare.get('a')).toBeGreaterThan(common.get('a')!)
  })

  it('find a pair where both its words are found, as Pagefind would, without a search of the pair', () => {
    const found = new Map([
      ['vay', ['loan', 'student', 'farm']],
      ['von', ['farm', 'capital', 'loan']],
      ['qwxzv', []],
    ])
    // in the first word's order
    expect(partIds('vay von', found)).toEqual(['loan', 'farm'])
    expect(partIds('von vay', found)).toEqual(['farm', 'loan'])
    expect(partIds('vay', found)).toEqual(['loan', 'student', 'farm'])
    // Pagefind leaves out a word it finds nowhere: the pair is the other word's records
    expect(partIds('vay qwxzv', found)).toEqual(['loan', 'student', 'farm'])
    expect(partIds('qwxzv', found)).toEqual([])
    expect(partIds('xe', found)).toEqual([]) // a word not searched: nothing
    expect(
      partIds(
        'vay xe',
        new Map([
          ['vay', ['a']],
          ['xe', ['b']],
        ]),
      ),
    ).toEqual([])
  })

  it('tell a pair held side by side from its words held apart, by where Pagefind found them', () => {
    // "khai" and "tu" (a prefix of "tục", "tuổi") are in both; side by side only in the death
    const places = new Map([
      [
        'khai',
        new Map([
          ['death', [4, 20]],
          ['birth', [4, 31]],
        ]),
      ],
      [
        'tu',
        new Map([
          ['death', [5]],
          ['birth', [1, 30]],
        ]),
      ],
      ['qwxzv', new Map<string, number[]>()],
    ])
    const found = new Map([...places].map(([w, m]) => [w, [...m.keys()]]))
    const ids = partIds('khai tu', found)
    expect(ids).toEqual(['death', 'birth'])
    expect([...sideBySide('khai tu', ids, places)]).toEqual(['death'])
    // the other order is another pair: "tu khai" stands nowhere (birth has "tu" at 30, "khai" at 31)
    expect([...sideBySide('tu khai', partIds('tu khai', found), places)]).toEqual(['birth'])
    // a single word, and a pair of which a word is found nowhere, judge nothing
    expect([...sideBySide('khai', ['death', 'birth'], places)]).toEqual(['death', 'birth'])
    const alone = partIds('khai qwxzv', found)
    expect([...sideBySide('khai qwxzv', alone, places)]).toEqual(['death', 'birth'])

    const part = { text: 'khai tu', weight: 1.5 }
    const scores = coverageScores([{ part, ids, together: sideBySide('khai tu', ids, places) }], 10)
    expect(scores.get('birth')).toBeCloseTo(scores.get('death')! * APART_SHARE)
    // without places, every record holding both words counts the pair whole, as before
    const plain = coverageScores([{ part, ids }], 10)
    expect(plain.get('birth')).toBe(plain.get('death'))
  })

  it('tells from where Pagefind found the words whether any two stand side by side', () => {
    // "ly hon" in a record holding "lý lịch … hôn nhân": found apart, likely scattered
    expect(holdsNeighbours([3, 17, 40])).toBe(false)
    // in any order Pagefind lists them
    expect(holdsNeighbours([41, 3, 40])).toBe(true)
    expect(holdsNeighbours([5])).toBe(false)
    expect(holdsNeighbours([])).toBe(false)
  })

  it('rank a record whose name holds the words side by side above one that holds them anywhere', () => {
    const death = { title: 'thu tuc dang ki khai tu', code: '1.000656' }
    const passport = { title: 'khai bao mat ho chieu pho thong', code: '9.000001' }
    expect(nameOverlap('khai tu nguoi mat', death)).toBeGreaterThan(
      nameOverlap('khai tu nguoi mat', passport),
    )
    expect(
      rerank(
        'khai tu nguoi mat',
        [passport, death].map((meta) => ({ meta })),
      ).map((i) => i.meta.code),
    ).toEqual(['1.000656', '9.000001'])
  })
})

describe('whether a record holds the query together', () => {
  const marriage = { title: 'thu tuc dang ki ket hon', keys: 'ket hon | hon nhan | dang ki lay vo' }
  const land = {
    title: 'cap doi giay chung nhan quyen su dung dat',
    keys: 'so do | so hong | doi so do',
  }
  const words = (q: string) => planQuery(q).content

  it('not when every word is in it but apart: a word of two syllables it does not hold', () => {
    // "ly hon" (divorce): "lý" and "hôn" are both words of the record, never side by side
    expect(holdsTogether(words('ly hon'), marriage)).toBe(false)
    expect(holdsTogether(words('lam ho chieu'), land)).toBe(false)
    // half of a long query side by side is not enough when the rest is scattered
    expect(
      holdsTogether(words('rut bao hiem xa hoi mot lan'), { title: 'cap the bao hiem y te' }),
    ).toBe(false)
  })

  it('when the name or a keyword holds more than half of the words side by side', () => {
    expect(holdsTogether(words('dang ky ket hon'), marriage)).toBe(true)
    expect(holdsTogether(words('lam lai so do'), land)).toBe(true)
    // the rest of the query may be anywhere: "giấy khai sinh" is what it is about
    expect(holdsTogether(words('giay khai sinh cho con'), { title: 'giay khai sinh' })).toBe(true)
    // but one pair of four words is half, not more: "cấp thẻ căn cước" is no procedure of the
    // commune's, though "cấp thẻ" (health insurance cards) is
    expect(holdsTogether(words('giay khai sinh con thu hai'), { title: 'dang ki khai sinh' })).toBe(
      false,
    )
    // "cho con" says for whom: "giay khai sinh" is what is asked, and "khai sinh" more than half
    expect(holdsTogether(words('giay khai sinh cho con'), { title: 'dang ki khai sinh' })).toBe(
      true,
    )
    expect(holdsTogether(words('cap the can cuoc'), { title: 'cap the bao hiem y te' })).toBe(false)
    // words a function word parted are no neighbours: school enrolment is no commune procedure
    expect(
      holdsTogether(words('dang ky cho con di hoc'), { title: 'x', keys: 'dang ki di nghia vu' }),
    ).toBe(false)
    expect(
      holdsTogether(words('dang ky di hoc'), { title: 'x', keys: 'dang ki di nghia vu' }),
    ).toBe(true)
    // a keyword, not only the name
    expect(holdsTogether(words('doi so do'), land)).toBe(true)
  })

  it('does not judge one word, a code or a date', () => {
    expect(holdsTogether(words('hon'), marriage)).toBe(true)
    expect(holdsTogether(['1', '000656'], marriage)).toBe(true)
    expect(holdsTogether(['nghi', 'dinh', '63', '2010'], marriage)).toBe(true)
  })
})

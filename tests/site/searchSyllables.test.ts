/**
 * What a citizen's keyboard and chat habits leave in a query: Telex keystrokes from an input
 * method left off, syllables run together, chat shorthand, and a sound spelled as another region
 * says it. Each is read as the words meant, and nothing else is changed.
 */
import { describe, expect, it } from 'vitest'

import { planQuery, settledText } from '../../site/lib/queryPlan'
import { searchText } from '../../site/lib/searchText'
import { expandShorthand, SHORTHAND } from '../../site/lib/shorthand'
import { fromTelex, fromVni, isSyllable, splitRunTogether } from '../../site/lib/syllables'
import { correctQuery, correctWords, soundAlike } from '../../site/lib/typos'

describe('the shape of a syllable', () => {
  it('knows Vietnamese syllables, folded', () => {
    for (const word of ['dang', 'ky', 'nghieng', 'khuya', 'quyen', 'nguoi', 'truong', 'a', 'oai'])
      expect(isSyllable(word), word).toBe(true)
    for (const word of ['dk', 'ko', 'visa', 'kys', 'ddang', 'chuwng', 'khoong', 'dangky', 'hmong'])
      expect(isSyllable(word), word).toBe(false)
  })
})

describe('Telex typed with the input method off', () => {
  it('reads the keystrokes as the syllable they spell', () => {
    expect(fromTelex('ddang')).toBe('dang')
    expect(fromTelex('kys')).toBe('ky')
    expect(fromTelex('chuwngs')).toBe('chung')
    expect(fromTelex('thuwcj')).toBe('thuc')
    expect(fromTelex('tamj')).toBe('tam')
    expect(fromTelex('trus')).toBe('tru')
    expect(fromTelex('truwowngf')).toBe('truong')
    expect(fromTelex('khoong')).toBe('khong')
    expect(fromTelex('tieesng')).toBe('tieng') // the tone key before the final consonant
  })

  it('leaves syllables, codes and foreign words alone', () => {
    for (const word of ['dang', 'visa', 'website', 'online', 'hmong', 'ubnd', 'h12', 'qwxzv'])
      expect(fromTelex(word), word).toBe(word)
  })

  it('is part of the one tokenization, so a query in Telex matches the index', () => {
    expect(searchText('ddawng kys tamj trus')).toBe(searchText('Đăng ký tạm trú'))
    expect(searchText('chuwngs thuwcj di chucs')).toBe(searchText('chứng thực di chúc'))
    // "Noong Hẹt" (a commune of Điện Biên) folds the same way on both sides
    expect(searchText('Noong Hẹt')).toBe(searchText('noong het'))
  })
})

describe('VNI typed with the input method off', () => {
  it('reads the digits as the marks they type', () => {
    expect(fromVni('d9a8ng')).toBe('dang')
    expect(fromVni('ky1')).toBe('ky')
    expect(fromVni('ta5m')).toBe('tam')
    expect(fromVni('d9u7o7ng2')).toBe('duong')
    expect(fromVni('tam5')).toBe('tam') // the tone key typed last
  })

  it('leaves codes, numbers and abbreviations with a digit alone', () => {
    for (const word of ['kt3', 'b2', 'h18', 'covid19', 'a1', '1001193', 'tt02', 'nd15', 'x9z'])
      expect(fromVni(word), word).toBe(word)
  })

  it('is part of the one tokenization, so a query in VNI matches the index', () => {
    expect(searchText('d9a8ng ky1 ta5m tru1')).toBe(searchText('Đăng ký tạm trú'))
    expect(searchText('gia6y khai sinh')).toBe(searchText('giấy khai sinh'))
    expect(searchText('KT3')).toBe('kt3')
  })
})

describe('syllables run together', () => {
  const index = ['dang', 'ki', 'khai', 'sinh', 'ket', 'hon', 'thuong', 'tru', 'thu', 'ong', 'ho']
  const known = (s: string) => index.includes(searchText(s))

  it('splits into the fewest syllables the index holds', () => {
    expect(splitRunTogether('dangkykhaisinh', known)).toEqual(['dang', 'ky', 'khai', 'sinh'])
    expect(splitRunTogether('kethon', known)).toEqual(['ket', 'hon'])
    expect(splitRunTogether('thuongtru', known)).toEqual(['thuong', 'tru']) // not thu-ong-tru
  })

  it('does not split a syllable, nor what the index does not hold', () => {
    expect(splitRunTogether('khai', known)).toBeNull()
    expect(splitRunTogether('visaxyz', known)).toBeNull()
    expect(splitRunTogether('dangkyxe', known)).toBeNull() // "xe" is not in this index
  })
})

describe('chat shorthand', () => {
  it('reads each shorthand token as its words, tokenized as the index is', () => {
    expect(expandShorthand(['dk', 'khai', 'sinh'])).toEqual(['dang', 'ki', 'khai', 'sinh'])
    expect(expandShorthand(['dki', 'ket', 'hon'])).toEqual(['dang', 'ki', 'ket', 'hon']) // "dky"
    expect(expandShorthand(['cap', 'lai', 'gcn'])).toEqual(['cap', 'lai', 'giay', 'chung', 'nhan'])
    expect(expandShorthand(['khai', 'sinh'])).toEqual(['khai', 'sinh'])
    expect(expandShorthand(['dkkh'])).toEqual(['dang', 'ki', 'ket', 'hon'])
    expect(planQuery('thu tuc dkks cho con').core).toEqual(['dang', 'ki', 'khai', 'sinh'])
    // initials read as an act only right after "đăng ký"
    expect(expandShorthand(['dk', 'ks', 'cho', 'con'])).toEqual([
      'dang',
      'ki',
      'khai',
      'sinh',
      'cho',
      'con',
    ])
    expect(expandShorthand(['dang', 'ki', 'kt'])).toEqual(['dang', 'ki', 'khai', 'tu'])
    expect(expandShorthand(['dk', 'kh', 'o', 'xa'])).toEqual([
      'dang',
      'ki',
      'ket',
      'hon',
      'o',
      'xa',
    ])
    expect(expandShorthand(['ks', 'dang', 'ki'])).toEqual(['ks', 'dang', 'ki'])
    expect(expandShorthand(['kh', 'dang', 'ki'])).toEqual(['khong', 'dang', 'ki'])
  })

  it('has no key that is a Vietnamese syllable, so no word of the catalogue is rewritten', () => {
    // but "e" (em): the interjection "ê" is in no procedure's text
    for (const key of Object.keys(SHORTHAND).filter((k) => k !== 'e'))
      expect(isSyllable(searchText(key)), key).toBe(false)
  })

  it('turns the words of a chat question into function words', () => {
    expect(planQuery('lam khai sinh can giay to j').core).toEqual(['khai', 'sinh'])
    expect(planQuery('dang ky ket hon ntn').core).toEqual(['dang', 'ki', 'ket', 'hon'])
    expect(planQuery('chung thuc ban sao bn tien').core).toEqual(['chung', 'thuc', 'ban', 'sao'])
    expect(planQuery('đk kết hôn').core).toEqual(['dang', 'ki', 'ket', 'hon'])
    expect(planQuery('ad oi cho em hoi lam giay khai sinh cho con can gi a').core).toEqual([
      'giay',
      'khai',
      'sinh',
    ])
    // for whom, after "cho": "cho ong", "cho con"; but "nhận con nuôi" wants the child
    expect(planQuery('lam giay khai tu cho ong').core).toEqual(['giay', 'khai', 'tu'])
    expect(planQuery('nhan con nuoi').core).toEqual(['nhan', 'con', 'nuoi'])
    expect(planQuery('a/c oi cho hoi thu tuc tach ho khau').core).toEqual(['tach', 'ho', 'khau'])
    // the office asked at says where, not what
    expect(planQuery('UBND khai sinh').core).toEqual(['khai', 'sinh'])
    expect(planQuery('xin chao, toi muon dang ky tam tru').core).toEqual([
      'dang',
      'ki',
      'tam',
      'tru',
    ])
  })

  it('waits for a shorthand word being typed, and prepares it once typed', () => {
    expect(settledText('dk', 3)).toBe('')
    expect(settledText('dk ', 3)).toBe('dang ki')
    expect(settledText('dk khai sinh ', 3)).toBe('dang ki khai sinh')
  })
})

describe('a sound spelled as another region says it', () => {
  it('offers the initial swapped first, then the final', () => {
    expect(soundAlike('xinh')).toEqual([['sinh'], ['xin'], ['sin']])
    expect(soundAlike('chanh')[0]).toEqual(['tranh'])
    expect(soundAlike('nhang')).toEqual([[], ['nhan'], []])
    expect(soundAlike('sac')[0]).toEqual(['xac'])
    expect(soundAlike('kai')[0]).toEqual(['khai', 'cai']) // "k" before "a" spells nothing
    expect(soundAlike('khai')).toEqual([[], [], []])
    expect(soundAlike('kiem')[0]).toEqual([])
  })

  it('corrects a word the index lacks to the likeliest one it holds, whatever its length', () => {
    const index = ['sinh', 'xin', 'khai', 'tranh', 'chan', 'chap', 'nhan', 'hon', 'xac']
    expect(correctWords(['khai', 'xinh'], index)).toEqual(['khai', 'sinh'])
    expect(correctWords(['chanh', 'chap'], index)).toEqual(['tranh', 'chap'])
    expect(correctWords(['hon', 'nhang'], index)).toEqual(['hon', 'nhan'])
    expect(correctWords(['dangkhai'], ['dang', 'khai'])).toEqual(['dang', 'khai'])
    // a word the index holds is never changed
    expect(correctWords(['chan', 'xin'], index)).toEqual(['chan', 'xin'])
  })

  it('leaves alone the words people are named by, and short words’ finals', () => {
    // "cháu" is no "trâu", "ông" no "ổn", whatever the index holds
    expect(correctWords(['chau', 'ong', 'me'], ['trau', 'on', 'mo'])).toEqual(['chau', 'ong', 'me'])
    expect(correctWords(['tan'], ['tang'])).toEqual(['tan'])
  })

  it('reads no word as a function word, which the search would leave out', () => {
    // "sin" (sinh typed short) sounds like "xin", a function word the index holds
    expect(correctWords(['khai', 'sin'], ['xin', 'khai', 'sinh'])).toEqual(['khai', 'sin'])
    expect(correctQuery(planQuery('khai sin cho con'), ['xin', 'khai', 'sinh'])).toBe(
      'khai sin cho con',
    )
  })

  it('leaves a question’s function words as typed', () => {
    // "muon" (muốn) sounds like "Mường", which the index holds
    const plan = planQuery('toi muon dang ky khai xinh')
    expect(correctQuery(plan, ['muong', 'dang', 'ki', 'khai', 'sinh'])).toBe(
      'toi muon dang ki khai sinh',
    )
  })
})

/**
 * Re-ranking of Pagefind's top results in the browser. Pagefind scores words, not phrases, so
 * "dang ky khai sinh" can put "đăng ký khai sinh lưu động" above "Đăng ký khai sinh" itself; a
 * citizen who types a procedure's exact name or code must get that procedure first.
 */
import { normalizeQuery, queryAsCode, withoutProcedurePrefix } from './searchText'
import { spellingsAlike } from './typos'

/** The meta fields the ranking reads (see searchRecords.ts). */
export interface RankMeta {
  /** folded name */
  title?: string
  code?: string
  /** folded keywords and synonyms, " | " between them */
  keys?: string
  field?: string
}

/** `text` holds `phrase` as whole words. */
const hasPhrase = (text: string, phrase: string) => ` ${text} `.includes(` ${phrase} `)

/** A record's texts as a query is matched against them (normalizeQuery). */
interface FoldedMeta {
  name: string
  /** the name without "Thủ tục" */
  shortName: string
  /** its words (nameHeld) */
  shortWords: Set<string>
  keys: string[]
  field: string
  /** the name, then the keys: where a phrase of the query is looked for */
  texts: string[]
  /** the words of the name and the keys */
  words: Set<string>
}

/**
 * Each record folded once: a re-ranking reads its name and its dozen keys for every reading of
 * the query and every rule below, and folding them each time took about 30 ms of a later search
 * on a phone's pace (CPU 4× slower; docs/benchmarks.md, "Search weight at scale"). Pagefind hands
 * back the same fragment object for a record on every search, so the cache serves later ones too.
 */
const foldedMeta = new WeakMap<RankMeta, FoldedMeta>()
function foldedOf(meta: RankMeta): FoldedMeta {
  let folded = foldedMeta.get(meta)
  if (!folded) {
    const name = normalizeQuery(meta.title ?? '')
    const keys = (meta.keys ?? '').split('|').map(normalizeQuery)
    const texts = [name, ...keys]
    const shortName = withoutProcedurePrefix(name)
    folded = {
      name,
      shortName,
      shortWords: new Set(shortName.split(' ').filter(Boolean)),
      keys,
      field: normalizeQuery(meta.field ?? ''),
      texts,
      words: new Set(texts.flatMap((t) => t.split(' '))),
    }
    foldedMeta.set(meta, folded)
  }
  return folded
}

/**
 * Higher tiers come first; within a tier Pagefind's own order stands.
 * 5 the code · 4 the name · 3 a keyword or synonym, exactly · 2 the start of the name · 1 the
 * field's name, a phrase inside the name or inside a keyword ("sổ đỏ" in "mất sổ đỏ"). A longer
 * keyword holding the query says no more than a name holding it: "giấy phép xây dựng hết hạn",
 * a key of the permit's extension, does not put it before "Cấp giấy phép xây dựng…".
 */
export const matchTier = (query: string, meta: RankMeta): number => tierOf(readingOf(query), meta)

/** A query as the rules read it, made once per re-ranking. */
interface Reading {
  q: string
  code: string | null
  /** its digits run together: a six-digit code tail */
  digits: string
}
const readingOf = (query: string): Reading => {
  const q = normalizeQuery(query)
  return { q, code: queryAsCode(query), digits: q.replace(/\s+/g, '') }
}

function tierOf({ q, code, digits }: Reading, meta: RankMeta): number {
  if (!q) return 0
  if (
    meta.code &&
    ((code && meta.code === code) || (/^\d{6}$/.test(digits) && meta.code.endsWith(`.${digits}`)))
  )
    return 5
  const { name, shortName, keys, field } = foldedOf(meta)
  if (name === q || shortName === q) return 4
  if (keys.includes(q)) return 3
  if (shortName.startsWith(`${q} `)) return 2
  if (field === q || hasPhrase(name, q) || keys.some((k) => hasPhrase(k, q))) return 1
  return 0
}

/**
 * How much of the query the name and the keys hold: each query word found there counts 1, each
 * pair of neighbouring query words found side by side there 2. Pagefind matched the words
 * anywhere in the record (papers, agencies); this tells a record that is about them. A word of
 * two letters counts only beside its neighbour: folded, it is many words (bị, bỉ; sổ, số, sơ; tư,
 * tử, tự), and alone in a key it says nothing ("bị" of "giấy khuyết tật bị rách" is not the "bị"
 * of "con bị tự kỷ").
 */
export const nameOverlap = (query: string, meta: RankMeta): number =>
  overlapOf(normalizeQuery(query).split(' ').filter(Boolean), meta)

function overlapOf(
  words: readonly (string | null)[],
  meta: RankMeta,
  pairs = heldPairs(words, meta),
): number {
  const own = foldedOf(meta).words
  const paired = (i: number) => pairs.includes(i) || pairs.includes(i - 1)
  const counted = words.filter((w, i) => w !== null && own.has(w) && (w.length > 2 || paired(i)))
  return counted.length + 2 * pairs.length
}

/**
 * Where the name or a key holds two neighbouring query words side by side: each i for which it
 * holds words i and i + 1 (none where a function word stood, null). With `alike` (each word's
 * spellings in another region's speech, typos.ts), a pair also counts where one of its words is
 * written so: "thuong chu" is "thường trú" as the north says "tr" (the index holds "chủ", so the
 * word alone is no typo to correct).
 */
function heldPairs(
  words: readonly (string | null)[],
  meta: RankMeta,
  alike: readonly (readonly string[])[] = [],
): number[] {
  const { texts, words: own, name } = foldedOf(meta)
  const held: number[] = []
  const holds = (phrase: string) => texts.some((t) => hasPhrase(t, phrase))
  // Respelt, only in the name (a key's loose words would meet too many: "nam mot cho", lying
  // ill, is no "làm một lần"), and only for a word the record does not hold as typed: "tro nguoi"
  // is no "cho người" where the name holds "trợ" (hỗ trợ … ủy quyền cho người khác).
  const spelt = (i: number) => (own.has(words[i]!) ? [] : (alike[i] ?? []))
  const named = (phrase: string) => hasPhrase(name, phrase)
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i], words[i + 1]]
    if (a === null || b === null) continue
    if (
      holds(`${a} ${b}`) ||
      spelt(i).some((x) => named(`${x} ${b}`)) ||
      spelt(i + 1).some((x) => named(`${a} ${x}`))
    )
      held.push(i)
  }
  return held
}

/**
 * How many words of the record's name (without "Thủ tục") the query holds, when it holds them
 * all; 0 otherwise. A citizen who typed a name whole, with words around it ("thi tran dien bien
 * dong dang ky thuong tru"), asked for that procedure; the longer such name is the more precise.
 * A name held in part says little: a short name holds a larger share of any query.
 */
export const nameHeld = (query: string, meta: RankMeta): number =>
  heldOf(normalizeQuery(query).split(' ').filter(Boolean), meta)

function heldOf(words: string[], meta: RankMeta, alike: readonly string[] = []): number {
  const own = foldedOf(meta).shortWords
  const asked = new Set([...words, ...alike])
  return [...own].every((w) => asked.has(w)) ? own.size : 0
}

/**
 * In a long message, the most words of one key or of the short name that the message holds as a
 * phrase: "gia dinh em nghe noi xa dang ra soat ho ngheo nam nay…" holds the key "hộ nghèo" whole,
 * and its story's words are held only one by one by the keys of other procedures. A key or name
 * of one word counts for nothing.
 */
function phraseHeld(q: string, meta: RankMeta): number {
  const { shortName, keys } = foldedOf(meta)
  let most = 0
  for (const text of [shortName, ...keys]) {
    const size = text.split(' ').length
    if (size > most && size > 1 && hasPhrase(q, text)) most = size
  }
  return most
}

/** Words of a query (function words aside) from which it reads as a message, not a search. */
const LONG_MESSAGE = 12

/**
 * Whether a record holds the query's words together, not only somewhere: more than half of the
 * words stand beside a neighbouring query word in the name or a keyword. Pagefind finds records
 * holding every word anywhere, and with tone marks folded away two syllables of the catalogue
 * make many a word it does not hold: "ly hon" (divorce, a court's matter) finds "lý do" and "kết
 * hôn", "ho chieu" (passport) finds "hộ" and "đối chiếu". A query of one word, or holding a
 * number (a code, a date), is not judged. The cost: a long query of which the name holds one
 * pair ("khai sinh con thu hai", "mo cua hang kinh doanh") reads as a partial match, its best
 * answer still first: under-claiming, where half was enough to claim "cap the can cuoc" (an ID
 * card, no commune procedure) found whole (docs/benchmarks.md, "Search quality").
 * `words` are the query's words in the order typed, null where a function word stood: words a
 * function word parted are no neighbours ("dang ky [cho con] di hoc" holds "dang ky" and "di"
 * together in no sense of the query).
 */
export function holdsTogether(words: readonly (string | null)[], meta: RankMeta): boolean {
  const judged = words.filter((w) => w !== null).length
  if (judged < 2 || words.some((w) => w !== null && /\d/.test(w))) return true
  const bound = words.map(() => false)
  for (const i of heldPairs(words, meta)) bound[i] = bound[i + 1] = true
  return bound.filter(Boolean).length * 2 > judged
}

/**
 * Acts that follow a first one on the same thing, as a name begins: "Gia hạn tạm trú" and "Xóa
 * đăng ký tạm trú" follow "Đăng ký tạm trú", "Gia hạn giấy phép xây dựng" follows "Cấp giấy phép
 * xây dựng…". Each with the words that ask for it; "đăng ký" asks for nothing, every kind of act
 * holds it.
 */
const FOLLOW_UP_ACTS: [prefix: string, asking: string[]][] = (
  [
    ['gia hạn', 'gia hạn'],
    ['xóa đăng ký', 'xóa'],
    ['cấp lại', 'lại'],
    ['cấp đổi', 'đổi'],
    ['đổi', 'đổi'],
    ['đính chính', 'đính chính'],
    ['điều chỉnh', 'điều chỉnh'],
    ['đăng ký lại', 'lại'],
    ['đăng ký chấm dứt', 'chấm dứt'],
    ['chấm dứt', 'chấm dứt'],
    ['hủy', 'hủy'],
  ] as const
).map(([prefix, asking]) => [normalizeQuery(prefix), normalizeQuery(asking).split(' ')])

/**
 * 1 when the name begins with acts that follow another and the query asks for none of their
 * words: a citizen naming only the thing ("tạm trú", "giấy phép xây dựng") asks for the first act.
 * −1 when the query asks for one of them: "lam lai the khuyet tat" asks for "Đổi, cấp lại Giấy
 * xác nhận khuyết tật" before "Xác định, xác định lại mức độ khuyết tật và cấp Giấy…", which
 * holds the same words. 0 otherwise.
 */
export function followUpOf(words: readonly string[], meta: RankMeta): number {
  const { acts } = followUpActsOf(meta)
  if (!acts.length) return 0
  return acts.some(([, asking]) => asking.some((w) => words.includes(w))) ? -1 : 1
}

/**
 * The follow-up acts a name begins with, one after the other as a name lists them ("Đổi, cấp lại
 * Giấy xác nhận khuyết tật": đổi, cấp lại), and where the thing they are done on begins.
 */
function followUpActsOf(meta: RankMeta) {
  const name = foldedOf(meta).shortName
  const acts: (typeof FOLLOW_UP_ACTS)[number][] = []
  let end = 0
  for (;;) {
    const act = FOLLOW_UP_ACTS.find(([prefix]) => name.startsWith(`${prefix} `, end))
    if (!act) return { acts, end }
    acts.push(act)
    end += act[0].length + 1
  }
}

/** What a follow-up act is done on: the name after its acts ("giay phep xay dung" of "Gia hạn…"). */
function followedThing(meta: RankMeta): string {
  const { end } = followUpActsOf(meta)
  return end ? foldedOf(meta).shortName.slice(end) : ''
}

/**
 * The head of what a follow-up act is done on, its first two words: the first act names the
 * thing it issues with more after it than the follow-up repeats ("Đính chính Giấy chứng nhận đã
 * cấp" follows "… cấp Giấy chứng nhận quyền sử dụng đất… lần đầu", which holds "giấy chứng" but
 * not "giấy chứng nhận đã cấp").
 */
const thingHead = (thing: string): string => thing.split(' ').slice(0, 2).join(' ')

/**
 * The words of a query as the ranking pairs them: one function word between two words does not
 * part them, as names and keys leave it out ("tro cap [cho] tre em mo coi" is the key "trợ cấp trẻ
 * mồ côi"), but two or more do: they were a phrase of their own, most often for whom ("khuyet tat
 * [cho con] bi tu ky" holds no "tat bi", which a key "giấy khuyết tật bị rách" would hold).
 */
export function bridged(words: readonly (string | null)[]): (string | null)[] {
  return words.filter(
    (w, i) => w !== null || (i > 0 && words[i - 1] === null) || words[i + 1] === null,
  )
}

/**
 * Sorts by tier. Inside a tier that matched on name, keywords or field, a name holding the query
 * as a phrase comes first, then a first act before the acts that follow it (`followUpOf`), then
 * the shorter name: for "khai sinh", the general "Đăng ký khai sinh" before its special cases
 * (lưu động, có yếu tố nước ngoài…). Then the record whose name and keys hold more of the query
 * (nameOverlap), then the one whose name the query holds whole (nameHeld: "thi tran dien bien
 * dong dang ky thuong tru" holds "Đăng ký thường trú", not "Đăng ký khai sinh, đăng ký thường
 * trú, cấp thẻ bảo hiểm y tế…"), then a first act before the acts that follow it ("Đổi, cấp lại
 * Giấy xác nhận khuyết tật" after the first certificate) unless the query asks for the act ("lại":
 * then before it), then `score` when given (how much of the query a partial match holds), then
 * Pagefind's order. In a long message (LONG_MESSAGE words or more), the record whose key or name
 * the message holds longest as a phrase comes before the overlap (phraseHeld).
 * `scattered`: no record holds the query's words together (search.ts), and the name the query
 * holds whole comes before the overlap: a dozen keys hold the query's stray words somewhere
 * ("trẻ", "bị", "bố" of "dang ky khai sinh cho tre bi bo roi" in "khai sinh cho trẻ vùng cao",
 * "hồ sơ bị thất lạc", "khi bố là người nước ngoài"), and the overlap then follows them.
 */
export function rerank<T extends { meta: RankMeta }>(
  query: string | string[],
  items: T[],
  score: (item: T) => number = () => 0,
  {
    scattered = false,
    words: typed,
  }: {
    scattered?: boolean
    /**
     * The first reading's words in the order typed, null where a function word stood, as
     * `holdsTogether` reads them (`bridged`).
     */
    words?: readonly (string | null)[]
  } = {},
): T[] {
  // Several readings of one query (what was typed, and its words without the function words of
  // a question): the best tier of any counts, so an exact name full of "của", "không", "là"
  // still ranks as the exact name. Phrase and overlap are read on the first.
  const readings = (typeof query === 'string' ? [query] : query).map(readingOf)
  const { q } = readings[0]
  const words = typed ? bridged(typed) : q.split(' ').filter(Boolean)
  const asked = words.filter((w): w is string => w !== null)
  const long = asked.length >= LONG_MESSAGE
  // Each word as another region would spell it: its initial swapped (ch/tr, s/x, l/n, d/gi/r).
  const alike = words.map((w) => (w === null ? [] : spellingsAlike(w)[0]))
  // Inside a tier, where the name holds the query, a first act comes before the acts that follow
  // it. So it does where a key is the query itself and the tier holds the first act on the same
  // thing: such a key is no more the follow-up's ("giấy phép xây nhà", a key of both the permit
  // and its extension); but a key of the follow-up itself, which another procedure's name holds
  // whole, asks for it ("cắt khẩu": "Xóa đăng ký thường trú", not "Đăng ký khai tử, xóa đăng ký
  // thường trú…"). A key holding the query inside a longer phrase may ask for the act ("mất sổ
  // đỏ": cấp lại), and the length decides there.
  type Entry = { item: T; phrase: number; tier: number; followUp: number }
  const firstAct = (entry: Entry, all: Entry[]) => {
    if (entry.phrase) return entry.followUp
    if (entry.tier !== 3 || entry.followUp !== 1) return 0
    const { shortName } = foldedOf(entry.item.meta)
    const head = thingHead(followedThing(entry.item.meta))
    return all.some((other) => {
      const name = foldedOf(other.item.meta).shortName
      return (
        other.tier === 3 &&
        other.followUp === 0 &&
        hasPhrase(name, head) &&
        !hasPhrase(name, shortName)
      )
    })
      ? 1
      : 0
  }
  const entries = items.map((item, position) => {
    const name = foldedOf(item.meta).shortName
    const pairs = heldPairs(words, item.meta, alike)
    const phrase = name.includes(q) ? 1 : 0
    return {
      item,
      position,
      tier: Math.max(...readings.map((one) => tierOf(one, item.meta))),
      phrase,
      followUp: followUpOf(asked, item.meta),
      length: name.length,
      overlap: overlapOf(words, item.meta, pairs),
      phraseInMessage: long ? phraseHeld(q, item.meta) : 0,
      pairs,
      held: heldOf(asked, item.meta, alike.flat()),
      score: score(item),
    }
  })
  const sorted = entries
    .map((entry) => ({ ...entry, act: firstAct(entry, entries) }))
    .sort(
      (a, b) =>
        b.tier - a.tier ||
        (a.tier > 0 ? b.phrase - a.phrase || a.act - b.act || a.length - b.length : 0) ||
        (scattered ? b.held - a.held : 0) ||
        b.phraseInMessage - a.phraseInMessage ||
        b.overlap - a.overlap ||
        b.held - a.held ||
        a.followUp - b.followUp ||
        b.score - a.score ||
        a.position - b.position,
    )
  return basesFirst(sorted, words).map((entry) => entry.item)
}

/**
 * A procedure before its special cases that the query does not ask for: "Đăng ký nghĩa vụ quân
 * sự lần đầu" before "… lần đầu trường hợp nộp hồ sơ trực tuyến toàn trình", "Đăng ký khai sinh"
 * before "Đăng ký khai sinh lưu động", when the query holds no word of what the longer name adds
 * and the general one ranks as well by tier and holds every pair of the query's words that the
 * special case holds ("kết hôn với người Trung Quốc" asks for the foreign case, whose keys hold
 * "trung quốc"; a stray word of its keys asks nothing). National catalogues hold many such
 * variants (ủy quyền, hồ sơ thất lạc, xã biên giới), which tie with their general procedure on
 * every word a citizen types, and a desk starts from the general case.
 */
function basesFirst<T extends { item: { meta: RankMeta }; tier: number; pairs: number[] }>(
  entries: T[],
  words: readonly (string | null)[],
): T[] {
  const out = [...entries]
  const asked = words.filter((w): w is string => w !== null)
  const askedPairs = new Set(
    words.slice(1).flatMap((w, i) => (w !== null && words[i] !== null ? [`${words[i]} ${w}`] : [])),
  )
  // A word of two letters folds many words together (sổ, số, sơ; xa, xã; tu, tư, tử): alone it
  // asks for nothing ("so do" asks nothing of "… hồ sơ bị thất lạc"), beside the query's own
  // neighbour it does. Nor does a word the general procedure's name or keys hold already: "người"
  // of "kết hôn với người nước ngoài" is in the general case's words ("lấy chồng người nước
  // ngoài"), not a request for "… trường hợp người yêu cầu là người khuyết tật".
  const asks = (added: string[], base: Set<string>) =>
    added.some(
      (w, i) =>
        asked.includes(w) &&
        ((w.length > 2 && !base.has(w)) ||
          askedPairs.has(`${added[i - 1]} ${w}`) ||
          askedPairs.has(`${w} ${added[i + 1]}`)),
    )
  const isBaseOf = (base: T, variant: T) => {
    const general = foldedOf(base.item.meta).shortName
    const special = foldedOf(variant.item.meta).shortName
    return (
      !!general &&
      base.tier >= variant.tier &&
      special.startsWith(`${general} `) &&
      variant.pairs.every((pair) => base.pairs.includes(pair)) &&
      !asks(special.slice(general.length + 1).split(' '), foldedOf(base.item.meta).words)
    )
  }
  for (let i = 0; i < out.length; i++) {
    const j = out.findIndex((entry, k) => k > i && isBaseOf(entry, out[i]))
    if (j < 0) continue
    const [base] = out.splice(j, 1)
    out.splice(i, 0, base)
    i-- // the base may itself be a special case of a procedure further down
  }
  return out
}

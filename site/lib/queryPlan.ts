/**
 * How a citizen's query is searched. Pagefind finds records holding every word of a query, so one
 * word too many ("xin cong nhan ho ngheo", "lam giay khai sinh can nhung gi") empties the page.
 * The plan separates the words that say what is wanted from the function words of a Vietnamese
 * question (xin, làm, cho, thủ tục, cần gì, ở đâu, như thế nào, bao lâu…), which are not required,
 * and lists the parts to search one by one when the whole query finds too little: each word and
 * each pair of neighbouring words, a pair counting for more. `coverageScores` then ranks records
 * by how much of the query they hold, a rare word counting for more than a common one.
 */
import { normalizeQuery, searchedCodeWord } from './searchText'
import { expandShorthand } from './shorthand'

/**
 * Function words and phrases of questions, folded and tokenized. A folded word that is also content
 * in another sense stays out unless inside a phrase: "mất" (lost, died) only in "mất bao lâu", "cần"
 * ("cận nghèo") in "cần gì", "đâu" ("lần đầu") in "ở đâu", "sao" ("bản sao") in "làm sao", "em"
 * ("trẻ em"), "thì" ("thị trấn"), "là" ("thuốc lá"), "vậy" ("vay vốn"), "mình" ("chứng minh").
 * "làm" ("lâm sản") is one only after another function word, or leading two words or more (LEADING).
 * "ở" (at) is one except where it means dwelling (RESIDENCE_O): "ở trọ", "nhà ở", "nơi ở".
 */
export const FUNCTION_PHRASES: readonly string[] = [
  'cho toi hoi',
  'cho hoi',
  'cho em hoi',
  'xin hoi',
  'muon hoi',
  'muon hoi ve',
  'hoi ve',
  // greetings and forms of address before a question: "ad ơi", "a/c ơi", "xin chào"
  'xin chao',
  'chao',
  'ad',
  'ad oi',
  'admin',
  'anh chi',
  'anh chi oi',
  'a chi oi',
  'a c',
  'a c oi',
  'chi oi',
  'anh oi',
  'em oi',
  'ban oi',
  'lam on',
  'giup em',
  'giup toi',
  'giup minh',
  // the office asked at says where, not what: "UBND xã Na Sơn khai sinh"
  'ubnd',
  'uy ban nhan dan',
  'uy ban',
  // so does the police post that receives residence dossiers ("công an xã đăng ký thường trú")
  'cong an',
  'cong an xa',
  'cong an phuong',
  'cong an thi tran',
  'cong an huyen',
  // another commune or province than one's own is a circumstance, which no record names: "đăng ký
  // kết hôn ở xã khác", "khai sinh cho con khác tỉnh"
  ...['xa', 'phuong', 'huyen', 'tinh'].flatMap((unit) => [`${unit} khac`, `khac ${unit}`]),
  // the form of a procedure is asked for by its procedure ("tờ khai đăng ký khai sinh")
  'to khai',
  'mau to khai',
  'mau don',
  'mau don xin',
  'bieu mau',
  // how the dossier is sent is no part of what is asked ("nộp hồ sơ khai sinh online"); "trực
  // tuyến" stays, as national names hold it ("… trường hợp nộp hồ sơ trực tuyến toàn trình")
  'nop ho so',
  'nop don',
  'online',
  'qua mang',
  'tren mang',
  'dich vu cong',
  'tren dich vu cong',
  'qua dich vu cong',
  'toi muon',
  'toi can',
  'em muon',
  'em can',
  'thi lam gi',
  'thi sao',
  'minh muon',
  'muon',
  'toi',
  'xin',
  'cho',
  'de',
  'va',
  'hoac',
  'voi',
  'cua',
  'o',
  'gi',
  'nao',
  'khong',
  'duoc',
  'phai',
  'nhung',
  'cac',
  'a',
  'nhe',
  'oi',
  'thu tuc',
  'quy trinh',
  'huong dan',
  'cach',
  'ho so',
  'giay to',
  'le phi',
  'phi',
  'can gi',
  'can mang gi',
  'can mang theo gi',
  'can mang theo nhung gi',
  'mang theo gi',
  'mang theo nhung gi',
  'can dang ki gi',
  'can dang ki nhung gi',
  'phai dang ki gi',
  'can nhung gi',
  'can giay to gi',
  'can nhung giay to gi',
  'can mang giay to gi',
  'can mang nhung giay to gi',
  'mang giay to gi',
  'mang nhung giay to gi',
  'can co gi',
  'can co nhung gi',
  'can co giay to gi',
  'can chuan bi giay to gi',
  'can chuan bi nhung gi',
  'chuan bi gi',
  'chuan bi nhung gi',
  'can chuan bi gi',
  'can lam gi',
  'gom nhung gi',
  'nhu the nao',
  'the nao',
  'ra sao',
  'lam sao',
  'phai lam sao',
  'lam the nao',
  'o dau',
  'nop o dau',
  'lam o dau',
  'bao lau',
  'mat bao lau',
  'bao nhieu',
  'bao nhieu tien',
  'mat bao nhieu',
  'mat bao nhieu tien',
  'het bao nhieu',
  'bao nhieu ngay',
  'may ngay',
  'mat may ngay',
  // when it is ready: "bao lâu thì có sổ đỏ", "bao giờ thì xong"
  'bao lau thi co',
  // "… mất mấy ngày thì có giấy": when the result comes, not a paper that "có" (has)
  'thi co',
  'bao lau thi xong',
  'bao lau thi',
  'bao lau co',
  'bao gio',
  'bao gio thi co',
  'bao gio co',
  'khi nao',
  'khi nao thi co',
  'khi nao co',
  'co lau khong',
  'mat lau khong',
  // a yes-no question's "có" before its verb: "có làm khai sinh được không", "có cần …"
  'co lam',
  'co can',
  'co duoc',
  // whether it costs: "có mất phí không", "có tốn tiền không"
  'co mat phi khong',
  'co mat tien khong',
  'co ton phi khong',
  'co ton tien khong',
  'co phai nop phi khong',
  'co phai tra tien khong',
  'co mien phi khong',
  'mat phi',
  // "… thì phải làm sao", "… thì làm giấy tờ ở đâu": "thì" only before another function word
  'thi phai lam sao',
  'thi phai',
  'thi can',
  'thi lam',
]

/** The function phrases of one word ("xin", "muon", "gi"), which no typo is corrected into. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  FUNCTION_PHRASES.filter((p) => !p.includes(' ')),
)

/**
 * Words a question names people by (ông, bà, bố, mẹ, con, cháu, vợ, chồng…): they say for whom,
 * and a catalogue written per procedure, not per relative, often lacks them or holds them only in
 * a form's text. After "cho" (for) one is a function word ("lam giay khai tu cho ong"); one the
 * index does not hold leaves the rest of the query whole (site/scripts/search.ts); none is
 * respelled as a word the index holds ("cháu" is not "trâu"; typos.ts). Words that fold like
 * another common word are left out ("cậu": câu lạc bộ; "mở", "đi", "chi phí", "mã").
 */
export const PEOPLE_WORDS: ReadonlySet<string> = new Set(
  'ong ba bo me cha con chau chu co anh em vo chong be minh toi'.split(' '),
)

/**
 * "ở" is the dwelling, not "at", next to these: "ở trọ", "ở ghép", "ở nhờ" (renting, sharing,
 * staying: tạm trú), "nhà ở", "đất ở", "nơi ở". There it stays required.
 */
const RESIDENCE_O = {
  after: new Set(['nha', 'dat', 'noi']),
  before: new Set(['tro', 'ghep', 'nho']),
}

const isResidenceO = (words: string[], i: number) =>
  words[i] === 'o' &&
  (RESIDENCE_O.after.has(words[i - 1] ?? '') || RESIDENCE_O.before.has(words[i + 1] ?? ''))

/**
 * An age ("mẹ già 82 tuổi", "trên 85 tuổi"): who asks, not what. Records state the bounds the law
 * sets ("từ đủ 80 tuổi", "đủ 17 tuổi", "dưới 6 tuổi"), which stay words of the query (read by the
 * ranking, their number not searched: planQuery); another age is the citizen's own, which no
 * record repeats, and a number matches as the beginning of any other ("82" in "820").
 */
const LEGAL_AGES = new Set(['6', '14', '15', '16', '17', '18', '60', '75', '80'])
const AGE_BOUNDS = new Set(['tren', 'duoi', 'du', 'tu', 'hon', 'qua'])
/** Word i is the number of an age: a number of years before "tuổi". */
const isAgeNumber = (words: readonly (string | null)[], i: number): boolean =>
  /^\d{1,3}$/.test(words[i] ?? '') && words[i + 1] === 'tuoi'
const ageAt = (words: string[], i: number): number => {
  const bound = AGE_BOUNDS.has(words[i]) ? 1 : 0
  return isAgeNumber(words, i + bound) && !LEGAL_AGES.has(words[i + bound]) ? bound + 2 : 0
}

/**
 * Which child or which time ("sinh con thứ 2", "con thứ ba", "kết hôn lần thứ hai"): who asks or
 * when, not what; no record counts its citizens' children or marriages.
 */
const ORDINAL_AFTER = new Set(['con', 'chau', 'lan'])
const ORDINALS = new Set('nhat hai ba tu nam sau bay tam chin muoi'.split(' '))
const ordinalAt = (words: string[], i: number): number =>
  words[i] === 'thu' &&
  ORDINAL_AFTER.has(words[i - 1] ?? '') &&
  (/^\d{1,2}$/.test(words[i + 1] ?? '') || ORDINALS.has(words[i + 1] ?? ''))
    ? 2
    : 0

/**
 * How long ago or how long ("mất 2 năm rồi", "cưới 3 tháng"): when, not what. A number before a
 * unit of time; a year ("năm 2016") is no number before a unit, and stays.
 */
const TIME_UNITS = new Set(['nam', 'thang', 'tuan', 'ngay'])
const durationAt = (words: string[], i: number): number =>
  /^\d{1,2}$/.test(words[i]) && TIME_UNITS.has(words[i + 1] ?? '') ? 2 : 0

/**
 * "rồi" (already) and "thì" (then) after what has happened ("mất rồi", "hết hạn rồi", "2 năm rồi";
 * "chủ hộ mất thì đổi chủ hộ thế nào"); elsewhere "roi" may be "rơi" (dropped: "làm rơi sổ đỏ",
 * "trẻ bị bỏ rơi") and "thi" may be "thị" or "thi" ("thị trấn", "thi đua", "mất thị lực"), and
 * they stay.
 */
const DONE_BEFORE = new Set(['mat', 'han', 'xong', 'cuoi', 'hon', 'chet', 'nam', 'thang', 'lau'])
const doneAt = (words: string[], i: number): number =>
  (words[i] === 'roi' || (words[i] === 'thi' && words[i + 1] !== 'luc')) &&
  DONE_BEFORE.has(words[i - 1] ?? '')
    ? 1
    : 0

/**
 * Words "dụng" makes a compound with before it (xây dựng, sử dụng, áp dụng, tuyển dụng, tín dụng,
 * nội dung, trưng dụng…): there "dung" is no "đúng" (isClosingTag). Not those a question more
 * likely ends on: "… công dân, đúng không" before "dân dụng", "ở quận, đúng không" before "quân
 * dụng".
 */
const DUNG_COMPOUNDS = new Set('xay su ap ung noi tuyen tin tieu trung chuyen'.split(' '))

/**
 * Word i is the "đúng" of a question's closing "đúng không?" (is that right?): "không" next (chat
 * spellings read by shorthand.ts), only function words after it ("… xin ở xã đúng không ạ"). The
 * question asks whether, not for "đúng", which Pagefind would also find as the beginning of
 * "dụng", "dựng", "dũng". Not after a word it makes a compound with: "có cần giấy phép xây dựng
 * không" asks for the permit (DUNG_COMPOUNDS). `words` are tokenized and read as queryWords reads
 * them.
 */
export const isClosingTag = (words: readonly string[], i: number): boolean =>
  words[i] === 'dung' &&
  words[i + 1] === 'khong' &&
  !DUNG_COMPOUNDS.has(words[i - 1] ?? '') &&
  words.slice(i + 2).every((w) => FUNCTION_WORDS.has(w))

/** Function words only at the start of the query or after another function word. */
const LEADING = new Set(['lam'])

/**
 * "điều kiện" opening a question asks what a procedure requires ("dieu kien dang ky thuong tru",
 * "cho hoi dieu kien tach ho"); it is not what is wanted, and required it ranks first a name that
 * holds it by chance ("Khai báo thông tin về cư trú đối với người chưa đủ điều kiện đăng ký
 * thường trú…"). Elsewhere it stays: "giấy chứng nhận đủ điều kiện kinh doanh".
 */
const conditionAt = (words: string[], i: number, mask: boolean[]): number =>
  words[i] === 'dieu' && words[i + 1] === 'kien' && i + 2 < words.length && (i === 0 || mask[i - 1])
    ? 2
    : 0

// For whom ("cho ông") and whose ("trích lục khai tử của ông"): who asks, not what.
const PHRASES = [...FUNCTION_PHRASES, ...[...PEOPLE_WORDS].flatMap((w) => [`cho ${w}`, `cua ${w}`])]
  .map((p) => p.split(' '))
  .sort((a, b) => b.length - a.length)

export interface QueryPart {
  /** words searched together */
  text: string
  /** a pair of neighbouring words counts for more than a word */
  weight: number
}

export interface QueryPlan {
  /** every word of the query, tokenized */
  words: string[]
  /** `words` with each function word as null: the words that say what is wanted, in place */
  content: (string | null)[]
  /** what the whole-query search requires: the words that are not function words (all, if none is) */
  core: string[]
  /** searched one by one when the whole query finds too little */
  parts: QueryPart[]
}

/**
 * Marks each word covered by a function phrase (the longest first), an age, an ordinal, a
 * duration, a "rồi" or a closing "đúng không".
 */
function functionMask(words: string[]): boolean[] {
  const mask = words.map(() => false)
  for (let i = 0; i < words.length;) {
    const phrase = isResidenceO(words, i)
      ? undefined
      : PHRASES.find((p) => p.every((w, k) => words[i + k] === w))
    const length =
      phrase?.length ||
      ageAt(words, i) ||
      ordinalAt(words, i) ||
      durationAt(words, i) ||
      doneAt(words, i) ||
      conditionAt(words, i, mask) ||
      (isClosingTag(words, i) ? 1 : 0)
    if (length) {
      for (let k = 0; k < length; k++) mask[i + k] = true
      i += length
    } else {
      // "làm sổ đỏ", "xin làm giấy khai sinh"; but "lâm sản", "làm nhà" (two words) stay whole.
      if (LEADING.has(words[i]) && (i > 0 ? mask[i - 1] : words.length > 2)) mask[i] = true
      i++
    }
  }
  return mask
}

/**
 * A query's words as searched: tokenized (searchText.ts), a provincial code read as its national
 * code (searchedCodeWord), chat shorthand read (shorthand.ts).
 */
export const queryWords = (query: string): string[] =>
  expandShorthand(normalizeQuery(query).split(' ').filter(Boolean).map(searchedCodeWord))

/**
 * The words a question asks for with ("xin", "muốn"). Not "cần": "có cần khám sức khỏe không"
 * asks whether a paper is needed, not for it.
 */
const WANTING = new Set(['xin', 'muon'])

/**
 * How much more a part of what is asked for counts than the circumstances told around it, in a
 * partial match: "nhà em khó khăn lắm, muốn xin hộ nghèo thì làm thế nào" asks for "hộ nghèo",
 * and a record holding "khó khăn" side by side is not the answer.
 */
export const WANTED = 1.5

/**
 * The words after a wanting function word ("muon xin", "toi muon"), up to the next function word
 * after them: what the question asks for. Function words between the two ("muốn hỏi về", "xin
 * làm") are passed over. After "để" the request is the purpose of another ("cần giấy xác nhận cư
 * trú để xin miễn giảm học phí" asks for the paper), and opens nothing.
 */
function wantedWords(words: string[], mask: boolean[]): boolean[] {
  const wanted = words.map(() => false)
  let pending = false
  let inSpan = false
  words.forEach((word, i) => {
    if (!mask[i]) {
      if (pending) [pending, inSpan] = [false, true]
      wanted[i] = inSpan
    } else if (WANTING.has(word) && words[i - 1] !== 'de') {
      ;[pending, inSpan] = [true, false]
    } else if (inSpan) {
      inSpan = false
    }
  })
  return wanted
}

export function planQuery(query: string): QueryPlan {
  const words = queryWords(query)
  const mask = functionMask(words)
  const content = words.map((w, i) => (mask[i] ? null : w))
  // An age the law sets as a bound stays in the query (the ranking reads "dưới 6 tuổi" in a name)
  // but is not searched: numbers beginning 1–3 share the index chunk of procedure codes,
  // thousands of words, which "18 tuổi" made a first search download (docs/benchmarks.md,
  // "Search quality", 04–05/12/2026). Its neighbours ("dưới", "tuổi") are searched.
  const searched = (w: string | null, i: number): w is string =>
    w !== null && !isAgeNumber(words, i)
  const core = content.every((w) => w === null) ? words : content.filter(searched)
  const parts = new Map<string, QueryPart>()
  const add = (text: string, weight: number) => {
    if (!parts.has(text)) parts.set(text, { text, weight })
  }
  // Neighbours in what was typed, not across a function word: "ho ngheo" in "xin ho ngheo o dau".
  const kept = core === words ? words : content
  // Only a query that also tells circumstances has anything to weigh what it asks for against;
  // one that is all request keeps its weights.
  const wanted = wantedWords(words, mask)
  const mixed =
    kept.some((w, i) => searched(w, i) && wanted[i]) &&
    kept.some((w, i) => searched(w, i) && !wanted[i])
  const boost = (i: number) => (mixed && wanted[i] ? WANTED : 1)
  kept.forEach((w, i) => {
    if (!searched(w, i)) return
    add(w, boost(i))
    const next = kept[i + 1]
    if (searched(next ?? null, i + 1)) add(`${w} ${next}`, 1.5 * boost(i))
  })
  return { words, content, core, parts: [...parts.values()] }
}

/** The beginnings of function phrases of two words or more: "nhu", "nhu the" of "nhu the nao". */
const PHRASE_STARTS = new Set(
  PHRASES.flatMap((p) => p.slice(1).map((_, k) => p.slice(0, k + 1).join(' '))),
)

/**
 * What of a text being typed a search can be prepared for (site/scripts/search.ts, anticipate),
 * tokenized as planQuery reads it: without the last word while it has fewer than `minLetters`
 * letters, or a digit (a code or a date: "1.00" loads the chunks of every code), and no space
 * follows it (Infinity: while no space follows it), and without the last
 * words while they may still turn into function words: the beginning of a function phrase
 * ("nhu the" of "nhu the nao", "bao" of "bao lau"), or "lam" (LEADING); nothing while every
 * word is a function word ("thu tuc", "cho toi hoi"): the next says what is wanted. Prepared
 * for, they would make the search download the index chunks of words the query will not require.
 */
export function settledText(text: string, minLetters: number): string {
  // The last word as typed: "dk" being typed may become "dkkd", or another word.
  const typed = normalizeQuery(text).split(' ').filter(Boolean)
  const last = typed.at(-1) ?? ''
  if (!/\s$/.test(text) && (last.length < minLetters || /\d/.test(last))) typed.pop()
  const words = expandShorthand(typed.map(searchedCodeWord))
  for (let k = Math.min(words.length, 3); k >= 1; k--) {
    const tail = words.slice(-k).join(' ')
    if (PHRASE_STARTS.has(tail) || (k === 1 && LEADING.has(tail))) {
      words.splice(-k)
      break
    }
  }
  return functionMask(words).every(Boolean) ? '' : words.join(' ')
}

/**
 * A pair whose words a record holds apart, not side by side, counts for this share of a pair:
 * "khai tu" is in every "thủ tục đăng ký khai sinh" (Pagefind matches "tu" as the beginning of
 * "tục", "tuổi"), side by side only where "khai tử" is written.
 */
export const APART_SHARE = 1 / 3

/**
 * Each record's score from the parts' separate searches: for every part it holds, the part's
 * weight times how rare the part is in the index (log of total / records holding it), so "ngheo"
 * counts for more than "ho"; a pair held apart (outside `together`, when given) counts for
 * APART_SHARE of that. `total` is the number of records in the index.
 */
export function coverageScores(
  hits: { part: QueryPart; ids: string[]; together?: ReadonlySet<string> }[],
  total: number,
): Map<string, number> {
  const scores = new Map<string, number>()
  for (const { part, ids, together } of hits) {
    if (!ids.length) continue
    const weight = part.weight * Math.log(1 + total / ids.length)
    for (const id of ids) {
      const share = together && !together.has(id) ? APART_SHARE : 1
      scores.set(id, (scores.get(id) ?? 0) + weight * share)
    }
  }
  return scores
}

/**
 * The records Pagefind finds for a part of the plan, read from the records each of its words
 * finds on its own (`found`, word → record ids): those that every word finds, in the first word's
 * order. A word found nowhere is left out, as Pagefind leaves it out of a search; with none found,
 * nothing is. A pair ("vay von") so costs no search of its own: on a slow phone a search of two
 * common words costs as much as one of each.
 */
export function partIds(text: string, found: ReadonlyMap<string, readonly string[]>): string[] {
  const lists = text
    .split(' ')
    .map((word) => found.get(word) ?? [])
    .filter((ids) => ids.length > 0)
  if (!lists.length) return []
  const [first, ...others] = lists
  const sets = others.map((ids) => new Set(ids))
  return first.filter((id) => sets.every((set) => set.has(id)))
}

/**
 * Of a pair's records (`ids`, partIds), those whose indexed text holds its two words side by
 * side: a place of the first word followed by a place of the second. `places` holds, for each
 * word searched, where Pagefind found it in each record (a result's `words`), which every search
 * returns at no download. A word's places are those of the record's text (`content`), not of
 * its name and keywords (meta fields, weighted by Pagefind), which the re-ranking reads
 * (rank.ts, nameOverlap); a name is most often repeated in the description. Every record counts
 * for a single word, and for a pair of which a word was found nowhere (its records are then the
 * other word's, as partIds reads them).
 */
export function sideBySide(
  text: string,
  ids: readonly string[],
  places: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>,
): Set<string> {
  const [first, second, ...more] = text.split(' ')
  const after = places.get(second ?? '')
  const before = places.get(first)
  if (!second || more.length || !before?.size || !after?.size) return new Set(ids)
  // A record's places are a few numbers: a Set per record would cost more than it saves, and a
  // query of nine words reads thousands of records (CPU 4× slower: 50 ms, docs/benchmarks.md).
  return new Set(
    ids.filter((id) => {
      const next = after.get(id)
      return !!next && (before.get(id) ?? []).some((place) => next.includes(place + 1))
    }),
  )
}

/**
 * Whether a record holds two of the words Pagefind found in it side by side, read from where it
 * found them (a result's `words`): a search of several words whose best records hold none so is
 * likely scattered (rank.ts, holdsTogether), which the search can tell before any fragment of
 * those records arrives.
 */
export function holdsNeighbours(places: readonly number[]): boolean {
  const set = new Set(places)
  return places.some((place) => set.has(place + 1))
}

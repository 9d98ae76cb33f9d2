/**
 * The shorthand of chat and forum questions ("dk khai sinh can giay to j", "xn tinh trang hon
 * nhan", "cap lai gcn", "dang ky ket hon ntn"), read as the words it stands for. Official texts
 * never write it, so it is read in the query only (queryPlan.ts), after tokenization: a token of
 * the query that is exactly one of these keys becomes its words. Keys are folded (đk → dk) and
 * none is a Vietnamese word: ambiguous ones are left out ("ks": khai sinh or khách sạn; "tt":
 * thủ tục or thị trấn; "hong": sổ hồng; "kg": kilogram), or read only where the words before them
 * settle them (`AFTER_DANG_KY`). What a phrase means to a procedure, as
 * "sổ đỏ" or "tách khẩu", belongs to the synonym dictionary (searchSynonyms.default.ts) instead.
 * A few abbreviations stand in both (gpxd, bhyt, qsdd): here they are read as their words on
 * every catalogue, there they point a province's own list at procedures.
 */
import { searchText, searchTokens } from './searchText'

export const SHORTHAND: Readonly<Record<string, string>> = {
  // đăng ký, and what it is typed with
  dk: 'dang ky',
  dky: 'dang ky',
  dki: 'dang ky',
  dangki: 'dang ky',
  dangky: 'dang ky',
  dkkd: 'dang ky kinh doanh',
  // the civil-status acts by their initials ("dktt" is left out: tạm trú or thường trú)
  dkks: 'dang ky khai sinh',
  dkkh: 'dang ky ket hon',
  dkkt: 'dang ky khai tu',
  // papers
  xn: 'xac nhan',
  gxn: 'giay xac nhan',
  gcn: 'giay chung nhan',
  gks: 'giay khai sinh',
  hk: 'ho khau',
  shk: 'so ho khau',
  cmnd: 'chung minh nhan dan',
  cccd: 'can cuoc cong dan',
  qsdd: 'quyen su dung dat',
  gcnqsdd: 'giay chung nhan quyen su dung dat',
  gpxd: 'giay phep xay dung',
  gpkd: 'giay phep kinh doanh',
  gplx: 'giay phep lai xe',
  bhyt: 'bao hiem y te',
  bhxh: 'bao hiem xa hoi',
  bhtn: 'bao hiem that nghiep',
  nvqs: 'nghia vu quan su',
  tthc: 'thu tuc',
  hs: 'ho so',
  // offices and places ("UBND xã …" says where to go, a function phrase of queryPlan.ts)
  ub: 'uy ban',
  tp: 'thanh pho',
  // people
  ng: 'nguoi',
  nc: 'nuoc',
  ck: 'chong',
  vk: 'vo',
  // the words of a question
  j: 'gi',
  ntn: 'nhu the nao',
  bn: 'bao nhieu',
  bnhieu: 'bao nhieu',
  k: 'khong',
  ko: 'khong',
  kh: 'khong',
  khg: 'khong',
  hok: 'khong',
  dc: 'duoc',
  vs: 'voi',
  lm: 'lam',
  e: 'em',
  mk: 'minh',
  mik: 'minh',
}

/** A table as the query's tokens read it (searchText.ts: "dky" is tokenized "dki", "ky" "ki"). */
const tokenized = (table: Readonly<Record<string, string>>) =>
  new Map(Object.entries(table).map(([key, words]) => [searchText(key), searchTokens(words)]))

const TOKENIZED = tokenized(SHORTHAND)

/**
 * Initials that are ambiguous alone but not right after "đăng ký": "dk ks cho con" is a birth,
 * whatever "ks" means in a hotel's name. ("tt" stays out: tạm trú or thường trú.)
 */
export const AFTER_DANG_KY: Readonly<Record<string, string>> = {
  ks: 'khai sinh',
  kh: 'ket hon',
  kt: 'khai tu',
}

const AFTER_DANG_KY_TOKENIZED = tokenized(AFTER_DANG_KY)
const DANG_KY = searchTokens('dang ky')

/** The query's tokens with each shorthand token replaced by the words it stands for. */
export function expandShorthand(words: readonly string[]): string[] {
  const expanded: string[] = []
  for (const word of words) {
    const afterDangKy =
      expanded.length >= 2 &&
      expanded.at(-2) === DANG_KY[0] &&
      expanded.at(-1) === DANG_KY[1] &&
      AFTER_DANG_KY_TOKENIZED.get(word)
    expanded.push(...(afterDangKy || TOKENIZED.get(word) || [word]))
  }
  return expanded
}

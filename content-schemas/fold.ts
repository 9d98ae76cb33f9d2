/**
 * Vietnamese folding: the one definition, used by the CMS (slugs, download file names) and by the
 * site (search index in Node, search script in the browser, so both sides fold alike). Unicode
 * decomposition strips tone and vowel marks, but đ/Đ is a letter of its own (U+0111/U+0110), not
 * d plus a mark, so it is folded by hand; Pagefind does not fold it either.
 */

/** No tone or vowel marks, đ → d, Đ → D, case kept. "Đăng ký Khai sinh" → "Dang ky Khai sinh". */
export const foldVietnamese = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC')

/** Folded for search: lower case, single spaces. "Đăng ký  Khai sinh" → "dang ky khai sinh". */
export const fold = (text: string): string =>
  foldVietnamese(text.toLowerCase()).replace(/\s+/g, ' ').trim()

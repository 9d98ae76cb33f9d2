/**
 * Removes tone marks and folds đ/Đ to d/D. Unicode decomposition strips the marks, but đ is a
 * letter of its own (U+0111), not d plus a mark, so it needs folding by hand.
 */
export const foldVietnamese = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC')

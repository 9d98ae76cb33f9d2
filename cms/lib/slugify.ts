import { foldVietnamese } from '../../content-schemas/fold'

/** "Thị trấn Điện Biên Đông" → "thi-tran-dien-bien-dong" */
export const slugify = (text: string): string =>
  foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')

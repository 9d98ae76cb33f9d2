/**
 * Citizens' words for search (Từ đồng nghĩa tìm kiếm): an everyday term ("sổ đỏ", "tách khẩu")
 * and what it means in the catalogue's language, as words of procedure names ("giấy chứng nhận
 * quyền sử dụng đất", "tách hộ") or as procedure codes. The snapshot may carry the province's
 * list (`searchSynonyms`); without it the site uses the default list written for this project
 * (searchSynonyms.default.ts). The site's build adds each term to the procedures it means, so the
 * index finds them by the term, whatever their own keywords say.
 */
import { z } from 'zod'

import { fold } from './fold'

const procedureCode = z.string().regex(/^\d\.\d{6}$/, 'mã thủ tục phải có dạng d.dddddd')

export const SearchSynonym = z
  .object({
    /** what citizens type, e.g. "sổ đỏ" */
    term: z.string().trim().min(1, 'từ người dân gõ không được để trống'),
    /** words of the procedures' names or keywords it stands for, e.g. "giấy chứng nhận quyền sử dụng đất" */
    means: z.array(z.string().trim().min(1, 'cụm từ không được để trống')),
    /** procedures it names outright */
    codes: z.array(procedureCode),
  })
  .refine((s) => s.means.length + s.codes.length > 0, {
    message: 'phải chỉ tới ít nhất một cụm từ hoặc một mã thủ tục',
    path: ['means'],
  })

export type SearchSynonym = z.infer<typeof SearchSynonym>

/** A list of synonyms: each term once (compared folded: "Sổ đỏ" and "so do" are the same term). */
export const SearchSynonyms = z.array(SearchSynonym).superRefine((list, ctx) => {
  const seen = new Map<string, number>()
  list.forEach((s, i) => {
    const key = fold(s.term)
    const first = seen.get(key)
    if (first !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: [i, 'term'],
        message: `"${s.term}" đã có ở mục ${first + 1}`,
      })
    else seen.set(key, i)
  })
})

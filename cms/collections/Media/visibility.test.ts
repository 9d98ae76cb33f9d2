import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { asciiFallback, contentDisposition } from './contentDisposition'
import { fileNameError } from './fileRules'
import { withFileVisibility } from './withFileVisibility'
import { fieldsMayReferenceMedia, mediaIDsIn, visibilityOf, type FileReference } from './visibility'

const fields: Field[] = [
  { name: 'title', type: 'text' },
  { name: 'file', type: 'upload', relationTo: 'media' },
  { name: 'owner', type: 'relationship', relationTo: 'users' },
  {
    type: 'tabs',
    tabs: [
      {
        label: 'a',
        fields: [
          {
            name: 'cases',
            type: 'array',
            fields: [
              {
                name: 'parts',
                type: 'array',
                fields: [{ name: 'form', type: 'upload', relationTo: 'media' }],
              },
            ],
          },
        ],
      },
      {
        name: 'named',
        label: 'b',
        fields: [{ name: 'attachments', type: 'upload', relationTo: 'media', hasMany: true }],
      },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'either', type: 'relationship', relationTo: ['media', 'users'], hasMany: true },
    ],
  },
  { name: 'group', type: 'group', fields: [{ name: 'scan', type: 'upload', relationTo: 'media' }] },
  {
    name: 'blocks',
    type: 'blocks',
    blocks: [{ slug: 'download', fields: [{ name: 'file', type: 'upload', relationTo: 'media' }] }],
  },
  { name: 'body', type: 'richText' },
]

describe('files a document uses', () => {
  it('finds media in every kind of field, at any depth, populated or not', () => {
    const doc = {
      title: 'x',
      file: { id: 'm1', filename: 'a.pdf' },
      owner: 'u1',
      cases: [{ parts: [{ form: 'm2' }, { form: null }] }, { parts: [] }],
      named: { attachments: ['m3', { id: 'm4' }] },
      either: [
        { relationTo: 'users', value: 'u2' },
        { relationTo: 'media', value: 'm5' },
      ],
      group: { scan: 'm6' },
      blocks: [{ blockType: 'download', file: 'm7' }],
      body: {
        root: {
          children: [
            { type: 'upload', relationTo: 'media', value: 'm8' },
            {
              type: 'paragraph',
              children: [
                { type: 'link', fields: { doc: { relationTo: 'media', value: { id: 'm9' } } } },
              ],
            },
            { type: 'relationship', relationTo: 'procedures', value: 'p1' },
          ],
        },
      },
    }
    expect(mediaIDsIn(fields, doc)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9'])
    expect(mediaIDsIn(fields, {})).toEqual([])
  })

  it('refuses a collection that can use files but does not say how it is read', () => {
    const collection = {
      slug: 'notes',
      fields: [{ name: 'file', type: 'upload', relationTo: 'media' }] as Field[],
    }
    expect(() => withFileVisibility([collection], {})).toThrow(/notes/)
    const [wrapped] = withFileVisibility([collection], { notes: { public: false } })
    expect(wrapped.hooks?.afterChange).toHaveLength(1)
    expect(wrapped.hooks?.afterDelete).toHaveLength(1)
    const plain = { slug: 'plain', fields: [{ name: 'title', type: 'text' }] as Field[] }
    expect(withFileVisibility([plain], {})[0]).toBe(plain)
  })

  it('knows which collections can use files', () => {
    expect(fieldsMayReferenceMedia(fields)).toBe(true)
    expect(
      fieldsMayReferenceMedia([{ name: 'owner', type: 'relationship', relationTo: 'users' }]),
    ).toBe(false)
    expect(
      fieldsMayReferenceMedia([
        { type: 'collapsible', label: 'x', fields: [{ name: 't', type: 'richText' }] },
      ]),
    ).toBe(true)
  })
})

describe('file visibility', () => {
  const ref = (r: Partial<FileReference>): FileReference => ({
    collection: 'procedures',
    document: 'd',
    public: false,
    locality: null,
    ...r,
  })

  it('is public while a public use exists, else staff, else the owning localities, else private', () => {
    expect(visibilityOf([ref({ public: true }), ref({ locality: 'l1' })])).toEqual({
      visibility: 'public',
      readerLocalities: ['l1'],
    })
    expect(visibilityOf([ref({}), ref({ locality: 'l1' })]).visibility).toBe('staff')
    expect(
      visibilityOf([ref({ locality: 'l2' }), ref({ locality: 'l1' }), ref({ locality: 'l2' })]),
    ).toEqual({ visibility: 'locality', readerLocalities: ['l1', 'l2'] })
    expect(visibilityOf([])).toEqual({ visibility: 'private', readerLocalities: [] })
  })
})

describe('file names and headers', () => {
  it('refuses names with control characters, separators or ".."', () => {
    expect(fileNameError('tờ khai.pdf')).toBeNull()
    expect(fileNameError('to\u0000khai.pdf')).toContain('ký tự điều khiển')
    expect(fileNameError('to\u0000khai.pdf')).toContain('"to\uFFFDkhai.pdf"')
    expect(fileNameError('a\nb.pdf')).toContain('ký tự điều khiển')
    expect(fileNameError('../../etc/passwd.pdf')).toContain('dấu gạch chéo')
    expect(fileNameError('a\\b.pdf')).toContain('dấu gạch chéo')
    expect(fileNameError('..pdf')).toContain('".."')
    expect(fileNameError('  ')).toContain('không có tên')
    expect(fileNameError(`${'ệ'.repeat(100)}.pdf`)).toContain('quá dài')
  })

  it('names the file in Content-Disposition, with an ASCII fallback', () => {
    expect(contentDisposition('Tờ khai đăng ký (mẫu 1).pdf', 'application/pdf')).toBe(
      `inline; filename="To khai dang ky (mau 1).pdf"; filename*=UTF-8''T%E1%BB%9D%20khai%20%C4%91%C4%83ng%20k%C3%BD%20%28m%E1%BA%ABu%201%29.pdf`,
    )
    expect(
      contentDisposition(
        'a".docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ),
    ).toMatch(/^attachment; filename="a_.docx"; filename\*=UTF-8''a%22.docx$/)
    expect(asciiFallback('Đơn 你好.pdf')).toBe('Don __.pdf')
  })
})

/**
 * The files a search fetches (site/integrations/catalogue.ts), written by Pagefind's own indexer:
 * the result fragments, bundled a few to a file in a province's index and slimmed of the copies
 * results never show; the index, cut into small chunks.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import * as pagefind from 'pagefind'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  createSearchIndex,
  FRAGMENTS_PER_FILE,
  GROUPED_FROM,
  INDEX_CHUNK_POSITIONS,
  maxFragmentsFor,
  slimFragments,
} from '../../site/integrations/catalogue'
import { setEnv, withEnv } from '../helpers/env'

interface Fragment {
  content: string
  filters?: unknown
  url: string
  meta: Record<string, string>
}

const read = async (file: string): Promise<unknown> =>
  JSON.parse(
    zlib
      .gunzipSync(await fs.readFile(file))
      .toString('utf8')
      .slice('pagefind_dcd'.length),
  )

/**
 * `count` records named in A–Z order, as the province's index adds them; `words` more words of
 * text each, two hundred different words over the records.
 */
async function writeRecords(count: number, dir: string, words = 0) {
  const index = await createSearchIndex(count)
  for (let i = 0; i < count; i++) {
    const n = String(i).padStart(4, '0')
    const text = Array.from({ length: words }, (_, w) => `tu${(i * 7 + w * 13) % 200}`)
    await index.addCustomRecord({
      url: `/thu-tuc/ten-${n}/`,
      content: [`thu tuc ${n} giay to mau don`, ...text].join(' '),
      language: 'vi',
      meta: { title: `thu tuc ${n}`, name: `Thủ tục ${n}`, codes: `1.00${n}` },
      filters: { 'linh-vuc': ['Hộ tịch'] },
    })
  }
  await index.writeFiles({ outputPath: dir })
  await index.deleteIndex()
  await slimFragments(path.join(dir, 'fragment'))
}

describe('search index files', () => {
  let root: string
  let restoreEnv: () => void
  beforeAll(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'ttkc-fragments-'))
    // Pagefind's service reads its chunk size when it starts: a service left running by an
    // earlier file of this worker would not, and the environment is put back afterwards.
    await pagefind.close()
    restoreEnv = setEnv({ PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: undefined })
  })
  afterAll(async () => {
    await pagefind.close()
    restoreEnv()
    await fs.rm(root, { recursive: true, force: true })
  })

  it('cuts the index into chunks several times smaller than Pagefind’s default', async () => {
    const chunks = async (name: string) => {
      await writeRecords(400, path.join(root, name), 54)
      return (await fs.readdir(path.join(root, name, 'index'))).length
    }
    const ours = await chunks('chunks')
    expect(process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE).toBe(String(INDEX_CHUNK_POSITIONS))
    // The same records at Pagefind's default (20,000), read by a service started anew.
    await pagefind.close()
    const pagefinds = await withEnv({ PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '20000' }, async () => {
      const count = await chunks('default-chunks')
      await pagefind.close()
      return count
    })
    expect(pagefinds).toBeGreaterThan(1)
    expect(ours).toBeGreaterThanOrEqual(3 * pagefinds)
  })

  it('keeps one file a record below a province’s size', async () => {
    expect(maxFragmentsFor(GROUPED_FROM - 1)).toBeUndefined()
    const dir = path.join(root, 'small')
    await writeRecords(40, dir)
    const files = await fs.readdir(path.join(dir, 'fragment'))
    expect(files).toHaveLength(40)
    const fragment = (await read(path.join(dir, 'fragment', files[0]!))) as Fragment
    expect(fragment.content).toBe('')
    expect(fragment.filters).toBeUndefined()
    expect(fragment.meta.codes).toBeUndefined()
    expect(fragment.meta.title).toBeUndefined()
    expect(fragment.meta.name).toMatch(/^Thủ tục \d{4}$/)
  })

  it('bundles a province’s records a few to a file, neighbours by name together, each slimmed', async () => {
    const dir = path.join(root, 'province')
    await writeRecords(GROUPED_FROM, dir)
    const files = await fs.readdir(path.join(dir, 'fragment'))
    expect(files.length).toBe(GROUPED_FROM / FRAGMENTS_PER_FILE)
    expect(files.every((f) => f.includes('_group_'))).toBe(true)
    for (const file of files.slice(0, 20)) {
      const group = Object.values(
        (await read(path.join(dir, 'fragment', file))) as Record<string, Fragment>,
      )
      expect(group).toHaveLength(FRAGMENTS_PER_FILE)
      for (const fragment of group) {
        expect(fragment.content).toBe('')
        expect(fragment.filters).toBeUndefined()
        expect(fragment.meta.codes).toBeUndefined()
        expect(fragment.meta.name).toMatch(/^Thủ tục \d{4}$/)
      }
      // Added in A–Z order, so a file holds names that sort next to each other.
      const numbers = group.map((f) => Number(f.meta.name!.slice(-4))).sort((a, b) => a - b)
      expect(numbers.at(-1)! - numbers[0]!).toBe(FRAGMENTS_PER_FILE - 1)
    }
  })
})

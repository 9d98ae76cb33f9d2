/**
 * Building one locality (SITE_ONLY_LOCALITY): a real export of the demo catalogue, built whole and
 * built for one locality by the real `astro build`, compared file by file.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { buildSite as runAstroBuild } from '../../release/buildSite'
import { DEMO_BASE, DEMO_ORIGIN, demoSite, demoSnapshotDir, tempDir } from './helpers/site'

const SLUG = 'thi-tran-dien-bien-dong'
const env = { SITE_BASE: DEMO_BASE, SITE_URL: DEMO_ORIGIN }

let snapshotDir: string
let full: string
let one: string

const listing = (dir: string) =>
  (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort()

beforeAll(async () => {
  // The run's demo release and its full build under the same settings (shared, read-only).
  snapshotDir = await demoSnapshotDir()
  full = (await demoSite()).outDir
  one = tempDir('ttkc-locality-one-')
  await runAstroBuild({ snapshotDir, outDir: one, env: { ...env, SITE_ONLY_LOCALITY: SLUG } })
}, 900_000)

afterAll(() => {
  if (one) fs.rmSync(one, { recursive: true, force: true })
})

it('writes only the locality subtree, the shared assets and the form files', () => {
  const files = listing(one)
  expect(
    files.filter(
      (f) =>
        !f.startsWith(`dia-phuong/${SLUG}/`) && !f.startsWith('_astro/') && !f.startsWith('files/'),
    ),
  ).toEqual([])
  expect(files).toContain(`dia-phuong/${SLUG}/index.html`)
  expect(files).toContain(`dia-phuong/${SLUG}/tim-kiem/index.html`)
  // Its index, under a path named by its content (site/lib/searchBundle.ts).
  expect(files).toContainEqual(
    expect.stringMatching(new RegExp(`^dia-phuong/${SLUG}/pagefind/[0-9a-f]{16}/pagefind\\.js$`)),
  )
  expect(files.filter((f) => f.startsWith(`dia-phuong/${SLUG}/thu-tuc/`)).length).toBe(45)
})

it('gives the same bytes as the full build for everything it writes', () => {
  for (const f of listing(one)) {
    expect(fs.readFileSync(path.join(one, f)).equals(fs.readFileSync(path.join(full, f))), f).toBe(
      true,
    )
  }
  // …and the full build still has everything: the whole locality subtree and the province pages.
  const subtree = listing(full).filter((f) => f.startsWith(`dia-phuong/${SLUG}/`))
  expect(listing(one).filter((f) => f.startsWith(`dia-phuong/${SLUG}/`))).toEqual(subtree)
  for (const page of [
    'index.html',
    'tu-a-den-z/index.html',
    'sitemap.xml',
    'du-lieu-mo/danh-muc.json',
  ]) {
    expect(fs.existsSync(path.join(full, page)), page).toBe(true)
  }
  expect(listing(full)).toContainEqual(
    expect.stringMatching(/^pagefind\/[0-9a-f]{16}\/pagefind\.js$/),
  )
})

it('fails at once, naming the variable, for a locality without a catalogue', async () => {
  const out = tempDir('ttkc-locality-none-')
  try {
    const error = await runAstroBuild({
      snapshotDir,
      outDir: out,
      env: { ...env, SITE_ONLY_LOCALITY: 'khong-co-dia-phuong-nay' },
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toContain('SITE_ONLY_LOCALITY="khong-co-dia-phuong-nay"')
  } finally {
    fs.rmSync(out, { recursive: true, force: true })
  }
}, 120_000)

import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { ObjectStore } from '../../release/targets/objectStore'
import { freePort } from '../../scripts/lib/cmsInstance'

/**
 * `npm run s3:local` (scripts/s3-local.ts), the S3 server docs/deploy.md tells an operator to try
 * several instances with: it starts, prints the environment that reaches it, and both buckets take
 * and give back objects through the application's own client; its objects outlive a restart.
 */
const root = path.resolve(__dirname, '../..')
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-s3-local-'))
let port = 0

async function start(): Promise<{ child: ChildProcess; env: Record<string, string> }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/s3-local.ts', '--dir', directory, '--port', String(port)],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let out = ''
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()))
  const deadline = Date.now() + 30_000
  while (!/^export (.*)$/m.test(out)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`s3:local: ${out}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const line = /^export (.*)$/m.exec(out)![1]
  const env = Object.fromEntries(line.split(' ').map((pair) => pair.split('=') as [string, string]))
  return { child, env }
}

async function stop(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

const stores = (env: Record<string, string>) => {
  const config = {
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === '1',
    credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY },
  }
  return [new ObjectStore(env.S3_BUCKET, config), new ObjectStore(env.RELEASES_BUCKET, config)]
}

beforeAll(async () => {
  port = await freePort()
})
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }))

it('serves the two buckets on loopback, prints their environment, and keeps objects across a restart', async () => {
  const first = await start()
  try {
    expect(first.env).toMatchObject({
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_BUCKET: 'media',
      RELEASES_BUCKET: 'releases',
      S3_FORCE_PATH_STYLE: '1',
    })
    for (const store of stores(first.env)) {
      await store.put(`thu/${store.bucket}.txt`, Buffer.from(`Kho ${store.bucket}`), {
        contentType: 'text/plain',
        cacheControl: 'no-cache',
      })
      expect((await store.list('thu/')).map((o) => o.key)).toEqual([`thu/${store.bucket}.txt`])
    }
  } finally {
    await stop(first.child)
  }
  const again = await start()
  try {
    for (const store of stores(again.env))
      expect((await store.get(`thu/${store.bucket}.txt`))?.toString()).toBe(`Kho ${store.bucket}`)
  } finally {
    await stop(again.child)
  }
})

it('refuses a port that is not one, in Vietnamese', async () => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/s3-local.ts', '--port', 'abc'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let err = ''
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const code = await new Promise((resolve) => child.once('exit', resolve))
  expect(code).toBe(1)
  expect(err).toContain('Cổng không hợp lệ: "abc"')
})

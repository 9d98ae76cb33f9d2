/**
 * The public server answers a malformed or hostile address, or a method a static site has no use
 * for, with a client error and goes on serving: one request must not bring the citizens' site down.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { serveReleases } from '../../release/serveReleases'
import { setEnv } from '../helpers/env'

let dir: string
let server: http.Server
let restore: () => void

interface Answer {
  status: number
  body: string
  headers: http.IncomingHttpHeaders
}

/** A raw request of `target` as sent, not normalised by a URL parser on the way. */
const request = (target: string, method = 'GET') =>
  new Promise<Answer>((resolve, reject) => {
    const { port } = server.address() as AddressInfo
    http
      .request({ host: '127.0.0.1', port, path: target, method }, (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
      })
      .on('error', reject)
      .end()
  })
const get = async (target: string) => {
  const { status, body } = await request(target)
  return { status, body }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-serve-'))
  const release = path.join(dir, 'releases', 'r1')
  fs.mkdirSync(path.join(release, 'thu-tuc'), { recursive: true })
  fs.writeFileSync(path.join(release, 'index.html'), '<h1>Danh mục thủ tục</h1>')
  fs.writeFileSync(path.join(release, '404.html'), '<h1>Không tìm thấy trang</h1>')
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'not for citizens')
  fs.symlinkSync(release, path.join(dir, 'releases', 'current'))
  restore = setEnv({ RELEASES_DIR: path.join(dir, 'releases'), RELEASES_BUCKET: undefined })
  server = serveReleases({ port: 0 })
  await new Promise((resolve) => server.once('listening', resolve))
})

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  restore?.()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('the public server, given a bad address', () => {
  it('answers a malformed percent-escape with 400 in Vietnamese, and keeps serving', async () => {
    for (const target of ['/%E0%A4%A', '/thu-tuc/%', '/%C0%AF', '/tim-kiem/%FF?q=khai%20sinh']) {
      expect(await get(target)).toEqual({ status: 400, body: 'Địa chỉ không hợp lệ.' })
    }
    const home = await get('/')
    expect(home.status).toBe(200)
    expect(home.body).toContain('Danh mục thủ tục')
  })

  it('serves nothing outside the current release, without calling it a server error', async () => {
    for (const target of [
      '/..%2f..%2fsecret.txt',
      '/%2e%2e/%2e%2e/secret.txt',
      '/thu-tuc/..%5c..%5c..%5csecret.txt',
      '/%00',
    ]) {
      const { status, body } = await get(target)
      expect(status, target).toBeGreaterThanOrEqual(400)
      expect(status, target).toBeLessThan(500)
      expect(body, target).not.toContain('not for citizens')
      expect(body, target).not.toContain('Lỗi máy chủ')
    }
    expect((await get('/')).status).toBe(200)
  })
})

describe('the public server, asked to do more than show pages', () => {
  it('answers any method but GET and HEAD with 405, and every answer with nosniff', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'OPTIONS']) {
      const answer = await request('/', method)
      expect(answer.status, method).toBe(405)
      expect(answer.headers.allow, method).toBe('GET, HEAD')
      expect(answer.body, method).toContain('chỉ nhận yêu cầu GET và HEAD')
    }
    const head = await request('/', 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers['x-content-type-options']).toBe('nosniff')
    expect((await request('/khong-co/')).headers['x-content-type-options']).toBe('nosniff')
    expect((await get('/')).body).toContain('Danh mục thủ tục')
  })
})

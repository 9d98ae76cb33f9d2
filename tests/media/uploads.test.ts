import { afterEach, expect, it } from 'vitest'

import { setEnv } from '../helpers/env'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter } from '../helpers/payload'
import { MINIMAL_PDF as PDF } from '../helpers/files'

const form = (name: string, content: Buffer, type: string) => {
  const data = new FormData()
  data.append('file', new File([new Uint8Array(content)], name, { type }))
  data.append('_payload', JSON.stringify({ title: name }))
  return data
}

describeEachAdapter('uploads: forms and scans only', (ctx) => {
  let restoreEnv: (() => void) | undefined
  afterEach(() => {
    restoreEnv?.()
    restoreEnv = undefined
  })

  it('stores a PDF form', async () => {
    const { rest } = ctx()
    const token = await rest.login('phapche@test.vn', PASSWORD)
    const response = await rest.request('POST', '/media', {
      token,
      body: form('to-khai.pdf', PDF, 'application/pdf'),
    })
    expect(response.status).toBe(201)
  })

  it('refuses a file type that is not a document, naming the file', async () => {
    const { rest } = ctx()
    const token = await rest.login('phapche@test.vn', PASSWORD)
    const response = await rest.request('POST', '/media', {
      token,
      body: form('cai-dat.exe', Buffer.from('MZ\x90\x00 not a form'), 'application/octet-stream'),
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('Tệp \\"cai-dat.exe\\" không được chấp nhận')
  })

  it('refuses a file whose content does not match its extension', async () => {
    const { rest } = ctx()
    const token = await rest.login('phapche@test.vn', PASSWORD)
    const response = await rest.request('POST', '/media', {
      token,
      body: form(
        'gia-mao.pdf',
        Buffer.from('<html><script>alert(1)</script></html>'),
        'application/pdf',
      ),
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('không phải là tệp PDF hợp lệ')
  })

  it('refuses a truncated PDF', async () => {
    const { rest } = ctx()
    const token = await rest.login('phapche@test.vn', PASSWORD)
    const response = await rest.request('POST', '/media', {
      token,
      body: form('hong.pdf', PDF.subarray(0, 60), 'application/pdf'),
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('bị hỏng hoặc không đầy đủ')
  })

  it('refuses a file over the size limit', async () => {
    const { rest } = ctx()
    restoreEnv = setEnv({ UPLOAD_MAX_BYTES: '100' })
    const token = await rest.login('phapche@test.vn', PASSWORD)
    const response = await rest.request('POST', '/media', {
      token,
      body: form('lon.pdf', PDF, 'application/pdf'),
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('vượt quá giới hạn')
  })

  it('refuses anonymous uploads', async () => {
    const { rest } = ctx()
    const response = await rest.request('POST', '/media', {
      body: form('to-khai.pdf', PDF, 'application/pdf'),
    })
    expect(response.status).toBe(403)
  })
})

import http from 'node:http'

export interface Answer {
  status: number
  /** whether the server asked for the body (100 Continue; then `status` is 100) */
  continued: boolean
  body: string
}

/**
 * A POST that states its body's length in its headers: the answer shows whether a server refuses
 * it from its headers alone. Asking first (Expect: 100-continue), it sends nothing, and goes away
 * once asked for the body; otherwise it sends `send`.
 */
export function announce(
  base: string,
  path: string,
  headers: http.OutgoingHttpHeaders,
  send?: Buffer,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let continued = false
    const request = http.request(`${base}${path}`, { method: 'POST', headers }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode!, continued, body }))
    })
    // Asked for the body: this client has none to send, and goes away.
    request.on('continue', () => {
      continued = true
      resolve({ status: 100, continued, body: '' })
      request.destroy()
    })
    // The server may close while a body is still being written; its answer is what counts.
    request.on('error', (error) =>
      continued || /EPIPE|ECONNRESET/.test(error.message) ? undefined : reject(error),
    )
    if (!headers.expect) request.end(send)
    else request.flushHeaders()
  })
}

import { foldVietnamese } from '../../../content-schemas/fold'

/**
 * A `Content-Disposition` header naming the file (RFC 6266): an ASCII `filename` for old clients
 * and `filename*=UTF-8''…` (RFC 8187) with the real, Vietnamese name. PDFs open in the browser's
 * viewer; office files are downloaded.
 */
export function contentDisposition(filename: string, mimeType: string | null | undefined): string {
  const type = mimeType === 'application/pdf' ? 'inline' : 'attachment'
  return `${type}; filename="${asciiFallback(filename)}"; filename*=UTF-8''${encodeRFC8187(filename)}`
}

/** Vietnamese letters without their marks (đ → d), anything else outside printable ASCII, quotes and backslashes as "_". */
export function asciiFallback(filename: string): string {
  return foldVietnamese(filename).replace(/[^\x20-\x7e]|["\\%]/g, '_')
}

/** Percent-encodes all but RFC 8187's attr-char. */
export function encodeRFC8187(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}

'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React, { useState } from 'react'

import { IMPORT_LIMITS } from '../../../import/limits'

export interface ScopeOption {
  /** `Localities.code`, or '' for the province's master list */
  value: string
  label: string
  /** the locality's ID, for its XLSX template; absent for the province */
  id?: string
}

const AUTO = ''
const ACCEPT = '.json,.xlsx,.docx,application/json'

const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`
    : `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} kB`

/**
 * The form of "Nhập dữ liệu": files, format, scope and reason, sent to POST
 * /api/change-sets/plan. The plan is a dry run: nothing reaches the catalogue until the author
 * writes the set on its page. The server's messages (which name the file) are shown as they come.
 */
export function StartImportForm(props: {
  scopes: ScopeOption[]
  formats: { value: string; label: string }[]
}) {
  const {
    config: {
      routes: { admin, api },
    },
  } = useConfig()
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [files, setFiles] = useState<File[]>([])
  const [format, setFormat] = useState(AUTO)
  const [scope, setScope] = useState(props.scopes[0]?.value ?? '')
  const [reason, setReason] = useState('')
  const [takeUnstated, setTakeUnstated] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const chosen = props.scopes.find((s) => s.value === scope)
  // The locality's template (GET /api/localities/:id/import-template), filled and imported here.
  const template = chosen?.id
    ? formatAdminURL({ apiRoute: api, path: `/localities/${chosen.id}/import-template` })
    : null
  // Its results template for last month (GET /api/localities/:id/results-template).
  const resultsTemplate = chosen?.id
    ? formatAdminURL({ apiRoute: api, path: `/localities/${chosen.id}/results-template` })
    : null

  const send = async (event: React.FormEvent) => {
    event.preventDefault()
    if (files.length === 0) {
      setError('Hãy chọn ít nhất một tệp để nhập.')
      return
    }
    // Judged here too (the server judges again), before minutes of upload on a slow line.
    const tooLarge = files.find((f) => f.size > IMPORT_LIMITS.fileBytes)
    if (tooLarge) {
      setError(
        `Tệp ${tooLarge.name} quá lớn (${size(tooLarge.size)}); giới hạn ${size(IMPORT_LIMITS.fileBytes)} mỗi tệp.`,
      )
      return
    }
    const total = files.reduce((sum, f) => sum + f.size, 0)
    if (total > IMPORT_LIMITS.batchBytes) {
      setError(
        `Các tệp đã chọn chiếm ${size(total)}, hơn ${size(IMPORT_LIMITS.batchBytes)} mỗi lần nhập: hãy chia thành nhiều lần nhập.`,
      )
      return
    }
    setBusy(true)
    setError(null)
    try {
      const body = new FormData()
      for (const file of files) body.append('file', file, file.name)
      body.append(
        '_payload',
        JSON.stringify({
          ...(format ? { format } : {}),
          ...(scope ? { locality: scope } : {}),
          ...(reason.trim() ? { changeReason: reason.trim() } : {}),
          ...(takeUnstated.trim()
            ? { takeUnstated: takeUnstated.split(/[\s,;]+/).filter(Boolean) }
            : {}),
        }),
      )
      const response = await fetch(formatAdminURL({ apiRoute: api, path: '/change-sets/plan' }), {
        method: 'POST',
        credentials: 'include',
        body,
      })
      const answer = (await response.json().catch(() => ({}))) as {
        doc?: { id: string }
        errors?: { message: string }[]
      }
      if (!response.ok || !answer.doc) {
        setError(
          answer.errors?.map((e) => e.message).join(' ') ||
            (response.status === 413
              ? `Tệp quá lớn: ${files.map((f) => `${f.name} (${size(f.size)})`).join(', ')}.`
              : `Máy chủ không nhận được lô nhập (mã ${response.status}).`),
        )
        return
      }
      router.push(
        formatAdminURL({ adminRoute: admin, path: `/collections/change-sets/${answer.doc.id}` }),
      )
    } catch {
      setError('Không kết nối được với máy chủ. Hãy thử lại.')
    } finally {
      setBusy(false)
    }
  }

  if (!open)
    return (
      <div className="gutter--left gutter--right" style={{ marginBottom: '1.5rem' }}>
        <Button
          id="start-import"
          buttonStyle="primary"
          margin={false}
          onClick={() => setOpen(true)}
        >
          Nhập dữ liệu
        </Button>
      </div>
    )

  return (
    <div className="gutter--left gutter--right">
      <form
        id="start-import-form"
        onSubmit={send}
        aria-labelledby="start-import-title"
        aria-busy={busy}
        style={{
          marginBottom: '1.5rem',
          padding: '1rem',
          border: '1px solid var(--theme-elevation-150)',
          borderRadius: '4px',
          display: 'grid',
          gap: '0.75rem',
          maxWidth: '48rem',
        }}
      >
        <h3 id="start-import-title" style={{ margin: 0 }}>
          Nhập dữ liệu
        </h3>
        <p style={{ margin: 0 }}>
          Máy chủ đọc tệp và chạy thử: cho biết mục nào mới, thay đổi, không đổi, và mọi lỗi. Chưa
          có gì được ghi vào danh mục cho đến khi bạn bấm “Ghi thành bản nháp” ở trang của lô.
        </p>
        <div>
          <label htmlFor="import-files" className="field-label">
            Tệp (JSON, XLSX, DOCX; chọn được nhiều tệp)
          </label>
          <input
            id="import-files"
            type="file"
            multiple
            accept={ACCEPT}
            disabled={busy}
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
          />
          {files.length > 0 && (
            <ul style={{ margin: '0.25rem 0 0' }}>
              {files.map((f) => (
                <li key={f.name}>
                  {f.name} — {size(f.size)}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <label htmlFor="import-format" className="field-label">
            Định dạng
          </label>
          <select
            id="import-format"
            value={format}
            disabled={busy}
            onChange={(e) => setFormat(e.target.value)}
            style={{ padding: '0.4rem', minWidth: '20rem' }}
          >
            <option value={AUTO}>Nhận tự động theo nội dung tệp</option>
            {props.formats.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="import-scope" className="field-label">
            Nhập vào
          </label>
          <select
            id="import-scope"
            value={scope}
            disabled={busy}
            onChange={(e) => setScope(e.target.value)}
            style={{ padding: '0.4rem', minWidth: '20rem' }}
          >
            {props.scopes.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
          {template && (
            <p style={{ margin: '0.25rem 0 0' }}>
              Thủ tục áp dụng tại địa phương nhập từ mẫu Excel của địa phương:{' '}
              <a id="import-template" href={template} download>
                tải mẫu XLSX
              </a>
              .
            </p>
          )}
          {resultsTemplate && (
            <p style={{ margin: '0.25rem 0 0' }}>
              Kết quả giải quyết hồ sơ tháng trước, nhập từ mẫu Excel hoặc từ báo cáo xuất từ phần
              mềm một cửa:{' '}
              <a id="import-results-template" href={resultsTemplate} download>
                tải mẫu XLSX
              </a>{' '}
              (kỳ khác: trên trang của địa phương).
            </p>
          )}
        </div>
        <div>
          <label htmlFor="import-reason" className="field-label">
            Lý do thay đổi
          </label>
          <textarea
            id="import-reason"
            rows={2}
            value={reason}
            disabled={busy}
            aria-describedby="import-reason-hint"
            onChange={(e) => setReason(e.target.value)}
            style={{ width: '100%' }}
          />
          <small id="import-reason-hint">
            Ví dụ: Quyết định công bố số …/QĐ-UBND. Để trống: “Nhập dữ liệu từ &lt;tên tệp&gt;”.
          </small>
        </div>
        {!scope && (
          <div>
            <label htmlFor="import-take-unstated" className="field-label">
              Phần nguồn mới không nêu mà vẫn ghi là “Chưa có thông tin”
            </label>
            <input
              id="import-take-unstated"
              type="text"
              value={takeUnstated}
              disabled={busy}
              aria-describedby="import-take-unstated-hint"
              onChange={(e) => setTakeUnstated(e.target.value)}
              style={{ width: '100%' }}
            />
            <small id="import-take-unstated-hint">
              Khi đồng bộ, phần mà hồ sơ mới không nêu được giữ giá trị cũ (chạy thử ghi “Nguồn mới
              không nêu”). Để bỏ giá trị cũ, ghi mã thủ tục (mọi phần) hoặc mã:phần như trong báo
              cáo chạy thử, ví dụ 1.004222:methods.online.fees; cách nhau bởi dấu phẩy.
            </small>
          </div>
        )}
        {error && (
          <p
            id="start-import-error"
            role="alert"
            style={{ margin: 0, color: 'var(--theme-error-500)' }}
          >
            {error}
          </p>
        )}
        <div style={{ display: 'flex', gap: '0.5rem' }}>
          <Button
            id="start-import-run"
            type="submit"
            buttonStyle="primary"
            margin={false}
            disabled={busy}
          >
            {busy ? 'Đang đọc và chạy thử…' : 'Chạy thử'}
          </Button>
          <Button
            buttonStyle="secondary"
            margin={false}
            disabled={busy}
            onClick={() => setOpen(false)}
          >
            Đóng
          </Button>
        </div>
      </form>
    </div>
  )
}

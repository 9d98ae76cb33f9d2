'use client'
import { Button, toast, useAuth } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect, useState } from 'react'

import type { Locality, User } from '../../../payload-types'
import { formatDateTime } from '../../../lib/dates'
import { isDissolved } from '../../Localities/active'

interface LiveStatus {
  releaseId: string
  scope: 'province' | 'locality'
  provinceReleaseId: string
  localitiesAhead: { slug: string; name: string; releaseId: string; publishedAt: string }[]
}

const collator = new Intl.Collator('vi')
const PROVINCE = ''

/** dd/mm/yyyy HH:mm in Vietnam, whatever the server's or the browser's clock. */
const when = (iso: string) => formatDateTime(iso)

/**
 * "Xuất bản" above the list of releases, for publishers only (the API checks the role too).
 * The publisher chooses the whole province or one locality; a locality is rebuilt on top of the
 * live release in seconds, and the province pages keep showing the live release until the next
 * province publish, which the notice below the button says. It queues the publish job, then
 * follows the release until it is live or failed.
 */
export function PublishButton() {
  const { user } = useAuth<User>()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [scope, setScope] = useState(PROVINCE)
  const [localities, setLocalities] = useState<
    Pick<Locality, 'id' | 'name' | 'tier' | 'dissolvedOn'>[]
  >([])
  const [live, setLive] = useState<LiveStatus | null | undefined>(undefined)
  const canPublish = user?.roles?.some((role) => role === 'publisher' || role === 'admin')

  const refreshLive = async () => {
    const body = await fetch('/api/releases/live', { credentials: 'include' }).then((r) =>
      r.ok ? r.json() : { live: null },
    )
    setLive(body.live ?? null)
  }

  useEffect(() => {
    if (!canPublish) return
    void fetch(
      '/api/localities?pagination=false&depth=0&select[name]=true&select[tier]=true&select[dissolvedOn]=true',
      { credentials: 'include' },
    )
      .then((r) => r.json())
      .then((body: { docs?: Pick<Locality, 'id' | 'name' | 'tier' | 'dissolvedOn'>[] }) =>
        setLocalities(
          (body.docs ?? [])
            // A dissolved unit's pages are not published on their own any more (the API refuses it).
            .filter((l) => l.tier !== 'province' && !isDissolved(l))
            .sort((a, b) => collator.compare(a.name, b.name)),
        ),
      )
      .catch(() => setLocalities([]))
    void refreshLive().catch(() => setLive(null))
  }, [canPublish])

  if (!canPublish) return null

  const needsBase = scope !== PROVINCE && live === null

  const publish = async () => {
    setBusy(true)
    try {
      const response = await fetch('/api/releases/publish', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(scope === PROVINCE ? {} : { locality: scope }),
      })
      const body = (await response.json()) as {
        message?: string
        doc?: { id: string }
        errors?: { message: string }[]
      }
      if (!response.ok || !body.doc) {
        toast.error(body.errors?.[0]?.message ?? 'Không thể xuất bản.')
        return
      }
      toast.success(body.message ?? 'Đã bắt đầu xuất bản.')
      router.refresh()
      // Follow this release until it is live or failed (a locality takes seconds, the province about a minute).
      for (let i = 0; i < 300; i++) {
        await new Promise((resolve) => setTimeout(resolve, 1000))
        const record = await fetch(`/api/releases/${body.doc.id}?depth=0`, {
          credentials: 'include',
        }).then((r) => r.json())
        if (record.state === 'live') {
          toast.success('Xuất bản xong: trang công khai đã được cập nhật.')
          break
        }
        if (record.state === 'failed') {
          toast.error(
            `Xuất bản thất bại; trang công khai giữ nguyên. ${record.error ?? 'Xem lỗi trong bản phát hành.'}`,
          )
          break
        }
        if (i % 3 === 2) router.refresh()
      }
      await refreshLive()
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ marginBottom: '1rem' }}>
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <label htmlFor="publish-scope">Phạm vi</label>
        <select
          id="publish-scope"
          value={scope}
          disabled={busy}
          onChange={(e) => setScope(e.target.value)}
          style={{ padding: '0.4rem', minWidth: '16rem' }}
        >
          <option value={PROVINCE}>Toàn tỉnh</option>
          {localities.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
        <Button buttonStyle="primary" disabled={busy || needsBase} onClick={publish} margin={false}>
          {busy ? 'Đang xuất bản…' : 'Xuất bản'}
        </Button>
      </div>
      <p style={{ margin: '0.5rem 0 0' }}>
        {scope === PROVINCE
          ? 'Xuất dữ liệu đã ban hành, dựng lại toàn bộ trang công khai và chỉ chuyển sang bản mới khi dựng xong không lỗi (khoảng một phút với cả tỉnh).'
          : needsBase
            ? 'Chưa có bản phát hành nào trên trang công khai: hãy xuất bản toàn tỉnh trước, rồi mới xuất bản riêng từng địa phương.'
            : 'Chỉ dựng lại danh mục của địa phương này (trong vài giây); các trang khác giữ nguyên như bản đang hiển thị.'}
      </p>
      {live && live.localitiesAhead.length > 0 && (
        <p
          role="status"
          style={{
            margin: '0.5rem 0 0',
            padding: '0.5rem 0.75rem',
            borderLeft: '4px solid var(--theme-warning-500, #e0a800)',
          }}
        >
          Các trang cấp tỉnh (thủ tục của tỉnh với danh sách địa phương áp dụng, tìm kiếm toàn tỉnh,
          danh sách địa phương, dữ liệu mở, sơ đồ trang) vẫn như bản {live.provinceReleaseId}, chưa
          phản ánh lần xuất bản riêng của:{' '}
          {live.localitiesAhead.map((l) => `${l.name} (${when(l.publishedAt)})`).join(', ')}. Chọn
          “Toàn tỉnh” và bấm Xuất bản để cập nhật.
        </p>
      )}
    </div>
  )
}

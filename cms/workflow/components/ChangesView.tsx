import { Gutter, SetDocumentStepNav } from '@payloadcms/ui'
import type { CollectionSlug, DocumentViewServerProps } from 'payload'
import React from 'react'

import { formatDateTime } from '../../lib/dates'
import { changesAgainstPublished, versionPage, VERSIONS_PER_PAGE } from '../diff/changes'
import { CHANGES_PATH } from '../diff/path'
import { VersionLink } from './VersionLink'
import { VersionPageLink } from './VersionPageLink'

const EMPTY = '(để trống)'

const muted = { color: 'var(--theme-elevation-650)' }
const cell: React.CSSProperties = {
  padding: '0.5rem 0.75rem',
  borderBottom: '1px solid var(--theme-elevation-150)',
  verticalAlign: 'top',
  textAlign: 'left',
  whiteSpace: 'pre-wrap',
}

const pluralOf = (props: DocumentViewServerProps): string => {
  const plural = props.initPageResult.collectionConfig?.labels?.plural
  return typeof plural === 'string'
    ? plural
    : plural && typeof plural === 'object'
      ? String((plural as Record<string, string>).vi ?? '')
      : ''
}

/**
 * /admin/collections/<slug>/<id>/thay-doi: the version under review against what citizens see now
 * (the last issued version), field by field with the form's labels (../diff/diffRows.ts), the
 * author's reason above it. Reviewers and approvers open it from the review panel.
 */
export async function ChangesView(props: DocumentViewServerProps) {
  const { collectionConfig, docID, req } = props.initPageResult
  if (!collectionConfig || docID === undefined) return null
  const slug = collectionConfig.slug as CollectionSlug
  const changes = await changesAgainstPublished(req.payload, slug, docID, req.user)
  return (
    <>
      <SetDocumentStepNav
        collectionSlug={slug}
        id={docID}
        pluralLabel={pluralOf(props)}
        useAsTitle={collectionConfig.admin?.useAsTitle}
        view="Thay đổi"
      />
      <Gutter>
        <main id="workflow-changes" style={{ padding: 'var(--base) 0 calc(var(--base) * 2)' }}>
          {!changes ? (
            <p>Không tìm thấy tài liệu, hoặc bạn không có quyền xem.</p>
          ) : (
            <>
              <h2 style={{ margin: '0 0 var(--base)' }}>
                Thay đổi so với{' '}
                {changes.publishedAt
                  ? `phiên bản đang có hiệu lực (ban hành ${formatDateTime(changes.publishedAt)})`
                  : 'lúc chưa có gì (tài liệu chưa từng được ban hành)'}
              </h2>
              <Reason
                reason={changes.changeReason}
                summary={changes.changeSummary}
                submittedAt={changes.submittedAt}
              />
              {changes.rows.length === 0 ? (
                <p id="workflow-changes-none">
                  Không có thay đổi nào về nội dung so với phiên bản đang có hiệu lực.
                </p>
              ) : (
                <table
                  id="workflow-changes-table"
                  style={{ width: '100%', borderCollapse: 'collapse', margin: 'var(--base) 0' }}
                >
                  <thead>
                    <tr>
                      <th style={{ ...cell, width: '34%' }}>Mục</th>
                      <th style={cell}>Đang có hiệu lực</th>
                      <th style={cell}>Sau khi sửa</th>
                    </tr>
                  </thead>
                  <tbody>
                    {changes.rows.map((row) => (
                      <tr key={row.path} data-path={row.path}>
                        <th scope="row" style={{ ...cell, fontWeight: 600 }}>
                          {row.label}
                        </th>
                        <td
                          style={{
                            ...cell,
                            background: row.before ? 'var(--theme-error-50)' : undefined,
                          }}
                        >
                          {row.before ? (
                            <del>{row.before}</del>
                          ) : (
                            <span style={muted}>{EMPTY}</span>
                          )}
                        </td>
                        <td
                          style={{
                            ...cell,
                            background: row.after ? 'var(--theme-success-50)' : undefined,
                          }}
                        >
                          {row.after ? <ins>{row.after}</ins> : <span style={muted}>{EMPTY}</span>}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
        </main>
      </Gutter>
    </>
  )
}

function Reason(props: {
  reason: string | null
  summary: string | null
  submittedAt: string | null
}) {
  return (
    <dl
      id="workflow-changes-reason"
      style={{
        display: 'grid',
        gridTemplateColumns: 'auto 1fr',
        gap: '0.25rem 0.75rem',
        margin: 0,
        padding: '0.75rem',
        borderLeft: '4px solid var(--theme-elevation-400)',
        background: 'var(--theme-elevation-50)',
      }}
    >
      <dt style={muted}>Lý do thay đổi</dt>
      <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
        {props.reason?.trim() || 'Người soạn thảo chưa ghi lý do.'}
      </dd>
      {props.summary?.trim() && (
        <>
          <dt style={muted}>Nội dung thay đổi</dt>
          <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{props.summary}</dd>
        </>
      )}
      {props.submittedAt && (
        <>
          <dt style={muted}>Gửi xem xét lúc</dt>
          <dd style={{ margin: 0 }}>{formatDateTime(props.submittedAt)}</dd>
        </>
      )}
    </dl>
  )
}

const firstOf = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value

/**
 * Below the versions list when a document has more versions than a page holds: which ones are
 * shown, and links to the newer and older pages, so the oldest versions stay within reach.
 */
function VersionPager(props: {
  base: string
  page: number
  totalPages: number
  totalDocs: number
  inDrawer: boolean
}) {
  const { base, page, totalPages, totalDocs, inDrawer } = props
  const first = (page - 1) * VERSIONS_PER_PAGE + 1
  const last = Math.min(page * VERSIONS_PER_PAGE, totalDocs)
  const link = (to: number, label: string, id: string) =>
    inDrawer ? (
      <VersionPageLink key={id} id={`${id}-drawer`} page={to} label={label} />
    ) : (
      <a key={id} id={id} href={`${base}?page=${to}`} style={{ marginRight: '1rem' }}>
        {label}
      </a>
    )
  return (
    <nav
      id="workflow-versions-pages"
      aria-label="Các trang phiên bản"
      style={{ marginTop: 'var(--base)', display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}
    >
      <span style={{ ...muted, marginRight: '1rem' }}>
        Phiên bản {first}–{last} trong tổng số {totalDocs} (trang {page}/{totalPages}, mới nhất
        trước).
      </span>
      {page > 1 && link(1, '« Mới nhất', 'workflow-versions-newest')}
      {page > 1 && link(page - 1, '‹ Mới hơn', 'workflow-versions-newer')}
      {page < totalPages && link(page + 1, 'Cũ hơn ›', 'workflow-versions-older')}
      {page < totalPages && link(totalPages, 'Cũ nhất »', 'workflow-versions-oldest')}
    </nav>
  )
}

/**
 * In place of Payload's versions list (IDs, no author, no reason): each version with when
 * (Vietnam's clock), what made it and who, its state and the author's reason. A version opens in
 * Payload's comparison against the version in force, not against the author's previous save.
 */
export async function VersionsView(props: DocumentViewServerProps) {
  const { collectionConfig, docID, req } = props.initPageResult
  if (!collectionConfig || docID === undefined) return null
  const slug = collectionConfig.slug as CollectionSlug
  const requested = Number(firstOf(props.searchParams?.page) ?? req.searchParams?.get('page') ?? 1)
  const { lines, page, totalPages, totalDocs, inForceID } = await versionPage(
    req.payload,
    slug,
    docID,
    req.user,
    { page: Number.isFinite(requested) ? requested : 1 },
  )
  const admin = req.payload.config.routes.admin
  const base = `${admin === '/' ? '' : admin}/collections/${slug}/${docID}`
  // Payload's version view asks this view for its "compare with" drawer, too.
  const inDrawer = Boolean(props.versions?.useVersionDrawerCreatedAtCell)
  const Wrap = inDrawer ? React.Fragment : Gutter
  return (
    <>
      {!inDrawer && (
        <SetDocumentStepNav
          collectionSlug={slug}
          id={docID}
          pluralLabel={pluralOf(props)}
          useAsTitle={collectionConfig.admin?.useAsTitle}
          view="Các phiên bản"
        />
      )}
      <Wrap>
        <main id="workflow-versions" style={{ padding: 'var(--base) 0 calc(var(--base) * 2)' }}>
          <p style={muted}>
            Mỗi lần lưu, gửi xem xét, phê duyệt hay ban hành tạo một phiên bản. Xem những gì thay
            đổi so với phiên bản đang có hiệu lực ở thẻ{' '}
            <a href={`${base}${CHANGES_PATH}`}>“Thay đổi”</a>.
          </p>
          {lines.length === 0 ? (
            <p>Chưa có phiên bản nào.</p>
          ) : (
            <table style={{ width: '100%', borderCollapse: 'collapse' }}>
              <thead>
                <tr>
                  <th style={cell}>Lúc</th>
                  <th style={cell}>Thao tác</th>
                  <th style={cell}>Người thực hiện</th>
                  <th style={cell}>Trạng thái</th>
                  <th style={cell}>Lý do thay đổi</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((line) => (
                  <tr key={line.id} data-version={line.id}>
                    <td style={cell}>
                      <VersionLink
                        id={line.id}
                        inDrawer={inDrawer}
                        label={formatDateTime(line.at)}
                        href={`${base}/versions/${line.id}${
                          inForceID && inForceID !== line.id ? `?versionFrom=${inForceID}` : ''
                        }`}
                      />
                      {line.published && (
                        <div style={{ ...muted, fontSize: '0.85em' }}>
                          {line.id === inForceID ? 'đang có hiệu lực' : 'đã ban hành trước đây'}
                        </div>
                      )}
                    </td>
                    <td style={cell}>{line.what}</td>
                    <td style={cell}>
                      {line.who.join(', ') || <span style={muted}>Hệ thống</span>}
                    </td>
                    <td style={cell}>{line.state}</td>
                    <td style={cell}>{line.changeReason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {totalPages > 1 && (
            <VersionPager
              base={`${base}/versions`}
              page={page}
              totalPages={totalPages}
              totalDocs={totalDocs}
              inDrawer={inDrawer}
            />
          )}
        </main>
      </Wrap>
    </>
  )
}

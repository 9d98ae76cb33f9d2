'use client'
import React, { useMemo, useState } from 'react'

import {
  ITEM_COLLECTIONS,
  ITEM_STATUSES,
  itemCollectionLabels,
  itemStatusLabels,
  type ItemCollection,
  type ItemStatus,
  type PlanItem,
} from '../../../import/changeSet/types'
import { NOT_STATED } from '../../../../content-schemas/enumerations'

const PAGE = 50
const ALL = ''

export interface PageState {
  page: number
  pages: number
  from: number
  to: number
  total: number
  setPage: (page: number) => void
}

/**
 * One page of a long list. A province's set holds thousands of items and issues: the page renders
 * at most one page of rows, so the browser of an office PC stays responsive.
 */
export function usePage(total: number, size = PAGE): PageState {
  const [wanted, setPage] = useState(1)
  const pages = Math.max(1, Math.ceil(total / size))
  const page = Math.min(wanted, pages)
  return { page, pages, from: (page - 1) * size, to: Math.min(total, page * size), total, setPage }
}

export function Pager({ pager, label }: { pager: PageState; label: string }) {
  if (pager.pages <= 1) return null
  return (
    <nav
      aria-label={`Phân trang ${label}`}
      style={{ display: 'flex', gap: '0.75rem', alignItems: 'center', marginTop: '0.5rem' }}
    >
      <button
        type="button"
        disabled={pager.page <= 1}
        onClick={() => pager.setPage(pager.page - 1)}
      >
        ‹ Trang trước
      </button>
      <span aria-live="polite">
        {pager.from + 1}–{pager.to} / {pager.total.toLocaleString('vi-VN')} (trang {pager.page}/
        {pager.pages})
      </span>
      <button
        type="button"
        disabled={pager.page >= pager.pages}
        onClick={() => pager.setPage(pager.page + 1)}
      >
        Trang sau ›
      </button>
    </nav>
  )
}

const statusTone: Record<ItemStatus, string> = {
  new: 'var(--theme-success-100)',
  changed: 'var(--theme-warning-100)',
  unchanged: 'transparent',
  absent: 'var(--theme-error-100)',
}

/**
 * The items of the set, filtered by status, kind and words; each changed item opens to its field
 * changes as the plan states them ("Trường: cũ → mới"), each new one to what it will contain.
 */
export function ChangeSetItems({ items }: { items: PlanItem[] }) {
  const [status, setStatus] = useState<ItemStatus | typeof ALL>(ALL)
  const [kind, setKind] = useState<ItemCollection | typeof ALL>(ALL)
  const [words, setWords] = useState('')
  const kinds = useMemo(
    () => ITEM_COLLECTIONS.filter((c) => items.some((i) => i.collection === c)),
    [items],
  )
  const shown = useMemo(() => {
    const needle = words.trim().toLocaleLowerCase('vi')
    return items.filter(
      (item) =>
        (status === ALL || item.status === status) &&
        (kind === ALL || item.collection === kind) &&
        (!needle ||
          item.key.toLocaleLowerCase('vi').includes(needle) ||
          item.title.toLocaleLowerCase('vi').includes(needle)),
    )
  }, [items, status, kind, words])
  const pager = usePage(shown.length)
  const reset = () => pager.setPage(1)

  return (
    <section aria-labelledby="change-set-items" style={{ margin: '0 0 2rem' }}>
      <h3 id="change-set-items" style={{ margin: '0 0 0.5rem' }}>
        Các mục ({items.length.toLocaleString('vi-VN')})
      </h3>
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: '1rem',
          alignItems: 'end',
          marginBottom: '0.5rem',
        }}
      >
        <div>
          <label htmlFor="items-status" className="field-label">
            Tình trạng
          </label>
          <select
            id="items-status"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as ItemStatus)
              reset()
            }}
            style={{ padding: '0.4rem' }}
          >
            <option value={ALL}>Tất cả</option>
            {ITEM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {itemStatusLabels[s]} (
                {items.filter((i) => i.status === s).length.toLocaleString('vi-VN')})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="items-kind" className="field-label">
            Loại
          </label>
          <select
            id="items-kind"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as ItemCollection)
              reset()
            }}
            style={{ padding: '0.4rem' }}
          >
            <option value={ALL}>Tất cả</option>
            {kinds.map((c) => (
              <option key={c} value={c}>
                {itemCollectionLabels[c]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="items-words" className="field-label">
            Tìm theo mã hoặc tên
          </label>
          <input
            id="items-words"
            type="search"
            value={words}
            onChange={(e) => {
              setWords(e.target.value)
              reset()
            }}
            style={{ padding: '0.4rem', minWidth: '16rem' }}
          />
        </div>
      </div>
      {shown.length === 0 ? (
        <p>Không có mục nào khớp bộ lọc.</p>
      ) : (
        <table className="change-set-items" style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'left' }}>
                Tình trạng
              </th>
              <th scope="col" style={{ textAlign: 'left' }}>
                Loại
              </th>
              <th scope="col" style={{ textAlign: 'left' }}>
                Mã / khoá
              </th>
              <th scope="col" style={{ textAlign: 'left' }}>
                Tên và thay đổi
              </th>
              <th scope="col" style={{ textAlign: 'left' }}>
                Tệp
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(pager.from, pager.to).map((item) => (
              <ItemRow key={`${item.collection}:${item.key}`} item={item} />
            ))}
          </tbody>
        </table>
      )}
      <Pager pager={pager} label="các mục" />
    </section>
  )
}

function ItemRow({ item }: { item: PlanItem }) {
  const changes = item.changes
  return (
    <tr
      data-item-status={item.status}
      data-item-key={item.key}
      style={{ borderTop: '1px solid var(--theme-elevation-100)', verticalAlign: 'top' }}
    >
      <td style={{ whiteSpace: 'nowrap' }}>
        <span
          style={{ background: statusTone[item.status], padding: '0 0.4rem', borderRadius: '3px' }}
        >
          {itemStatusLabels[item.status]}
        </span>
      </td>
      <td>{itemCollectionLabels[item.collection]}</td>
      <td style={{ whiteSpace: 'nowrap' }}>{item.key}</td>
      <td>
        {(item.status === 'changed' || item.status === 'unchanged') && changes.length > 0 ? (
          <details className="change-set-item-changes">
            <summary>
              {item.title} — {changes.filter((c) => !c.kept).length} trường thay đổi
              {changes.some((c) => c.kept) &&
                `, ${changes.filter((c) => c.kept).length} phần nguồn mới không nêu`}
            </summary>
            <ul style={{ margin: '0.25rem 0 0.5rem', paddingLeft: '1.25rem' }}>
              {changes.map((change) => (
                <li key={change.path} data-kept={change.kept ? 'true' : undefined}>
                  <strong>{change.label}:</strong> <del>{change.before}</del> →{' '}
                  <ins style={{ textDecoration: 'none', fontWeight: 600 }}>{change.after}</ins>
                  {change.kept && (
                    <small style={{ opacity: 0.75 }}>
                      {' '}
                      (để ghi “Chưa có thông tin”: {item.key}:{change.path})
                    </small>
                  )}
                </li>
              ))}
            </ul>
          </details>
        ) : item.status === 'new' && item.contents?.length ? (
          <NewItemContents item={item} />
        ) : (
          <>
            {item.title}
            {item.skeleton && (
              <small style={{ display: 'block', opacity: 0.75 }}>
                Chỉ có mã, tên, lĩnh vực và cơ quan (từ danh sách): các phần khác “Chưa có thông
                tin”.
              </small>
            )}
            {item.status === 'absent' && (
              <small style={{ display: 'block', opacity: 0.75 }}>
                Có trong danh mục nhưng không có trong tệp: lô này không thay đổi nó.
              </small>
            )}
          </>
        )}
      </td>
      <td>{item.file ?? '—'}</td>
    </tr>
  )
}

/**
 * What a new item will contain, part by part, with the parts its source does not state marked, so
 * the reviewer judges it here rather than by opening each document.
 */
function NewItemContents({ item }: { item: PlanItem }) {
  const parts = item.contents ?? []
  const unknown = parts.filter((p) => p.value === NOT_STATED).length
  return (
    <details className="change-set-item-contents">
      <summary>
        {item.title} — xem nội dung
        {unknown > 0 ? ` (${unknown} phần chưa có thông tin)` : ''}
      </summary>
      {item.skeleton && (
        <small style={{ display: 'block', opacity: 0.75 }}>
          Chỉ có mã, tên, lĩnh vực và cơ quan (từ danh sách): các phần khác “Chưa có thông tin”.
        </small>
      )}
      <dl
        style={{
          display: 'grid',
          gridTemplateColumns: 'minmax(10rem, max-content) 1fr',
          gap: '0.15rem 0.75rem',
          margin: '0.25rem 0 0.5rem',
        }}
      >
        {parts.map((part) => (
          <React.Fragment key={part.path}>
            <dt style={{ fontWeight: 600 }}>{part.label}</dt>
            <dd
              data-part={part.path}
              data-not-stated={part.value === NOT_STATED ? '' : undefined}
              style={{
                margin: 0,
                fontStyle: part.value === NOT_STATED ? 'italic' : undefined,
                color: part.value === NOT_STATED ? 'var(--theme-warning-750)' : undefined,
              }}
            >
              {part.value}
            </dd>
          </React.Fragment>
        ))}
      </dl>
    </details>
  )
}

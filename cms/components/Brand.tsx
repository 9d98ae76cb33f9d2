import React from 'react'

/**
 * The product's emblem: a document with a seal, drawn for this project (not a state emblem, which
 * only the state uses). Red and gold as Vietnamese administrative documents are printed.
 */
function Emblem({ size }: { size: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 64 64"
      role="img"
      aria-label="Biểu trưng Danh mục thủ tục hành chính"
      xmlns="http://www.w3.org/2000/svg"
    >
      <circle cx="32" cy="32" r="31" fill="#c8102e" />
      <path d="M20 14h18l8 8v28H20z" fill="#fff" />
      <path d="M38 14v8h8" fill="#f3d27a" />
      <path
        d="M25 27h16M25 33h16M25 39h10"
        stroke="#c8102e"
        strokeWidth="2.5"
        strokeLinecap="round"
      />
      <path
        d="M44 38l1.8 3.7 4 .6-2.9 2.8.7 4-3.6-1.9-3.6 1.9.7-4-2.9-2.8 4-.6z"
        fill="#f3d27a"
        stroke="#c8102e"
        strokeWidth="1"
      />
    </svg>
  )
}

/** On the login page: the emblem and the product's name. */
export function BrandLogo() {
  return (
    <div
      id="brand-logo"
      style={{ display: 'flex', alignItems: 'center', gap: '1rem', justifyContent: 'center' }}
    >
      <Emblem size={64} />
      <div>
        <div style={{ fontSize: '1.6rem', fontWeight: 700, lineHeight: 1.2 }}>
          Danh mục thủ tục hành chính
        </div>
        <div style={{ color: 'var(--theme-elevation-600)' }}>
          Quản lý, xem xét và ban hành thủ tục hành chính
        </div>
      </div>
    </div>
  )
}

/**
 * Atop the navigation, linking to the dashboard: in Payload's 18 px box beside the breadcrumbs,
 * where a larger emblem was cut to a red half-circle.
 */
export function BrandIcon() {
  return <Emblem size={18} />
}

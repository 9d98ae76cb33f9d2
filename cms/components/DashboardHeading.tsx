import React from 'react'

/**
 * The dashboard's name as its one `h1`: Payload's dashboard has none, so a screen reader's list
 * of headings started at the sections (Việc của tôi, Tổng quan tuân thủ) with no page above them.
 */
export function DashboardHeading() {
  return (
    <h1 id="dashboard-heading" style={{ fontSize: '1.75rem', margin: '0 0 1rem' }}>
      Bảng điều khiển
    </h1>
  )
}

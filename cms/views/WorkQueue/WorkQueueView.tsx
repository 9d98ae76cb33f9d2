import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { workQueue } from './workQueue'
import { WorkQueueTable } from './WorkQueueTable'

/** /admin/viec-cua-toi: everything that awaits the signed-in person, longest waiting first. */
export async function WorkQueueView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user } = req
  if (!user) redirect(formatAdminURL({ adminRoute: payload.config.routes.admin, path: '/login' }))
  const { items, more } = await workQueue(payload, user)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ margin: 'calc(var(--base) * 1.5) 0 var(--base)' }}>Việc của tôi</h1>
        <p style={{ color: 'var(--theme-elevation-650)' }}>
          Những tài liệu đang chờ bạn xem xét, phê duyệt, ban hành hoặc sửa, và việc rà soát của đơn
          vị bạn: một việc ở đây cho đến khi được làm xong, dù bạn đã mở nó hay chưa.
        </p>
        {items.length === 0 ? (
          <p id="work-queue-empty">Không có việc nào đang chờ bạn.</p>
        ) : (
          <div id="work-queue-section">
            <WorkQueueTable items={items} />
          </div>
        )}
        {more > 0 && (
          <p>
            Còn {more} việc nữa chưa hiện: hãy làm xong những việc trên, hoặc lọc trong danh sách
            của từng loại tài liệu theo trạng thái.
          </p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}

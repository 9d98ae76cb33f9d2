'use client'
import { Button, ConfirmationModal, toast, useConfig, useModal } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React from 'react'
import { formatDateTime } from '../../lib/dates'

const modalSlug = 'workflow-restore-as-draft'

/** The button and its confirmation; see RestoreAsDraft. */
export function RestoreAsDraftButton({
  collectionSlug,
  docID,
  versionID,
  versionCreatedAt,
}: {
  collectionSlug: string
  docID: string
  versionID: string
  versionCreatedAt: string
}) {
  const {
    config: {
      routes: { admin, api },
    },
  } = useConfig()
  const { openModal } = useModal()
  const router = useRouter()
  const date = formatDateTime(versionCreatedAt)

  const restore = async () => {
    const response = await fetch(
      formatAdminURL({
        apiRoute: api,
        path: `/${collectionSlug}/versions/${versionID}?draft=true`,
      }),
      {
        method: 'POST',
        credentials: 'include',
        headers: { 'Accept-Language': 'vi' },
      },
    )
    const body = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] }
    if (!response.ok) {
      toast.error(body.errors?.[0]?.message ?? 'Không khôi phục được phiên bản này.')
      return
    }
    toast.success(
      `Đã khôi phục phiên bản ${date} thành bản nháp. Hãy xem lại, ghi lý do thay đổi và gửi xem xét.`,
    )
    router.push(
      formatAdminURL({ adminRoute: admin, path: `/collections/${collectionSlug}/${docID}` }),
    )
  }

  return (
    <>
      <Button
        id="workflow-restore-as-draft"
        buttonStyle="primary"
        size="small"
        margin={false}
        onClick={() => openModal(modalSlug)}
      >
        Khôi phục thành bản nháp
      </Button>
      <ConfirmationModal
        modalSlug={modalSlug}
        heading="Khôi phục thành bản nháp?"
        body={
          <p>
            Nội dung của phiên bản {date} sẽ trở thành bản nháp mới nhất. Bản đang có hiệu lực (nếu
            có) giữ nguyên cho đến khi bản nháp này được xem xét, phê duyệt và ban hành.
          </p>
        }
        confirmLabel="Khôi phục thành bản nháp"
        confirmingLabel="Đang khôi phục…"
        onConfirm={restore}
      />
    </>
  )
}

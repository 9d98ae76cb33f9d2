import type { Role } from '../../cms/access/roles'

/** One demo account per role. Printed by `npm start` outside production only. */
export const DEMO_PASSWORD = 'demo-thutuc-2026'

export interface DemoUser {
  email: string
  name: string
  roles: Role[]
  /** slugs of the localities a locality officer belongs to */
  localities?: string[]
  /** job title, printed in the signature block of ISO documents */
  position?: string
  /** name of the unit (Bộ phận) of their locality they work in (data/units.ts) */
  unit?: string
}

export const demoUsers: DemoUser[] = [
  { email: 'quantri@demo.gov.vn', name: 'Quản trị hệ thống', roles: ['admin'] },
  {
    email: 'phapche@demo.gov.vn',
    name: 'Nguyễn Thị Pháp Chế (Sở Tư pháp)',
    roles: ['legal-officer'],
  },
  {
    email: 'canbo.dienbiendong@demo.gov.vn',
    name: 'Lò Văn Pháp',
    position: 'Công chức Tư pháp – Hộ tịch thị trấn Điện Biên Đông',
    roles: ['locality-officer'],
    localities: ['thi-tran-dien-bien-dong'],
    unit: 'Tư pháp – Hộ tịch',
  },
  {
    // Audits the town's other units (internal audits): never Văn phòng – Thống kê, their own.
    email: 'danhgia.dienbiendong@demo.gov.vn',
    name: 'Quàng Thị Đánh',
    position: 'Công chức Văn phòng – Thống kê thị trấn Điện Biên Đông, chuyên gia đánh giá nội bộ',
    roles: ['locality-officer'],
    localities: ['thi-tran-dien-bien-dong'],
    unit: 'Văn phòng – Thống kê',
  },
  {
    email: 'xemxet@demo.gov.vn',
    name: 'Trần Văn Xem',
    roles: ['reviewer'],
    position: 'Chuyên viên Văn phòng UBND tỉnh',
  },
  {
    email: 'pheduyet@demo.gov.vn',
    name: 'Lê Thị Duyệt',
    roles: ['approver'],
    position: 'Phó Chánh Văn phòng UBND tỉnh',
  },
  {
    // Approves the town's own documents only: approval is scoped to the approver's localities.
    email: 'chutich.dienbiendong@demo.gov.vn',
    name: 'Giàng A Chủ',
    roles: ['approver'],
    localities: ['thi-tran-dien-bien-dong'],
    position: 'Chủ tịch UBND thị trấn Điện Biên Đông',
  },
  { email: 'xuatban@demo.gov.vn', name: 'Phạm Văn Xuất Bản', roles: ['publisher'] },
]

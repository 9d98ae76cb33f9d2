import type { Role } from '../../cms/access/roles'

/** One demo account per role. Printed by `npm start` outside production only. */
export const DEMO_PASSWORD = 'demo-thutuc-2026'

export interface DemoUser {
  email: string
  name: string
  roles: Role[]
  /** slugs of the localities a locality officer belongs to */
  localities?: string[]
}

export const demoUsers: DemoUser[] = [
  { email: 'quantri@demo.gov.vn', name: 'Quản trị hệ thống', roles: ['admin'] },
  { email: 'phapche@demo.gov.vn', name: 'Nguyễn Thị Pháp Chế (Sở Tư pháp)', roles: ['legal-officer'] },
  {
    email: 'canbo.dienbiendong@demo.gov.vn',
    name: 'Lò Văn Tư Pháp (Thị trấn Điện Biên Đông)',
    roles: ['locality-officer'],
    localities: ['thi-tran-dien-bien-dong'],
  },
  { email: 'xemxet@demo.gov.vn', name: 'Trần Văn Xem Xét', roles: ['reviewer'] },
  { email: 'pheduyet@demo.gov.vn', name: 'Lê Thị Phê Duyệt', roles: ['approver'] },
  { email: 'xuatban@demo.gov.vn', name: 'Phạm Văn Xuất Bản', roles: ['publisher'] },
]

import type { Payload } from 'payload'

import type { Role } from '../../../cms/access/roles'

/**
 * A staff account on a benchmark database (the data sets have none: they are loaded through the
 * Local API), so the admin can be opened on it in a browser (admin-pages.ts --lists).
 */
export async function ensureBenchUser(
  payload: Payload,
  { email, password, roles }: { email: string; password: string; roles: Role[] },
): Promise<void> {
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: { email: { equals: email } },
  })
  if (totalDocs > 0) return
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Cán bộ đo hiệu năng', roles },
  })
}

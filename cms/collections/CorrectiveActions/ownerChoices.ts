import type { Endpoint, PayloadRequest } from 'payload'

import { isAdmin, localityIDs } from '../../access'
import type { User } from '../../payload-types'

/**
 * GET /api/corrective-actions/owner-choices?locality=<id> — the people of a locality an action may
 * be given to, by name, sorted in Vietnamese. Officers may not read other accounts (Users), so the
 * owner picker asks here: only for a locality the asker belongs to (province staff: any).
 */
export const ownerChoicesEndpoint: Endpoint = {
  path: '/owner-choices',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const user = req.user as User | null
    if (!user) return Response.json({ errors: [{ message: 'Hãy đăng nhập.' }] }, { status: 401 })
    const locality = String(req.searchParams.get('locality') ?? '')
    const own = localityIDs(user)
    if (!locality || (!isAdmin(user) && own.length > 0 && !own.includes(locality)))
      return Response.json({ docs: [] })
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { localities: { in: [locality] } },
      select: { name: true, email: true },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const choices = docs
      .map((u) => ({ id: String(u.id), name: u.name || u.email }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
    return Response.json({ docs: choices })
  },
}

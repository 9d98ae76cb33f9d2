/** The desks' published results as CSV: one line per locality, period and procedure. */
import type { APIRoute } from 'astro'

import { loadCatalogue } from '../../lib/catalogue'
import { serviceResultsCsv } from '../../lib/openData'

export const GET: APIRoute = () =>
  new Response(serviceResultsCsv(loadCatalogue()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  })

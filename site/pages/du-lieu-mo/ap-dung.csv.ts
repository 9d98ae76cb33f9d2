/** Each locality's applied procedures as CSV, with its committed times and desks. */
import type { APIRoute } from 'astro'

import { loadCatalogue } from '../../lib/catalogue'
import { applicationsCsv } from '../../lib/openData'
import { absolute } from '../../lib/site'

export const GET: APIRoute = ({ site }) =>
  new Response(
    applicationsCsv(loadCatalogue(), (path) => absolute(path, site)),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  )

/** The master list as CSV, one row per procedure. */
import type { APIRoute } from 'astro'

import { loadCatalogue } from '../../lib/catalogue'
import { proceduresCsv } from '../../lib/openData'
import { absolute } from '../../lib/site'

export const GET: APIRoute = ({ site }) =>
  new Response(
    proceduresCsv(loadCatalogue(), (path) => absolute(path, site)),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  )

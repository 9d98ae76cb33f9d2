/** The desks' published results as JSON, the counts named. */
import type { APIRoute } from 'astro'

import { loadCatalogue } from '../../lib/catalogue'
import { serviceResultsJson } from '../../lib/openData'

export const GET: APIRoute = () =>
  new Response(serviceResultsJson(loadCatalogue()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })

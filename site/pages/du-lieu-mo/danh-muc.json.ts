/** The release snapshot itself, byte for byte, for anyone who wants the whole catalogue as data. */
import type { APIRoute } from 'astro'

import { loadCatalogue } from '../../lib/catalogue'

export const GET: APIRoute = () =>
  new Response(loadCatalogue().rawJson, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })

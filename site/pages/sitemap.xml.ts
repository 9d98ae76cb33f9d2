/** Every page of the catalogue, for search engines and the portal's crawler. */
import type { APIRoute } from 'astro'

import { loadCatalogue } from '../lib/catalogue'
import { absolute } from '../lib/site'
import { paths } from '../../content-schemas/urls'

export const GET: APIRoute = ({ site }) => {
  const catalogue = loadCatalogue()
  const lastmod = catalogue.snapshot.metadata.generatedAt.slice(0, 10)
  const pagePaths = [
    paths.home,
    paths.search,
    paths.az,
    paths.changes,
    paths.openData,
    paths.localities,
    ...catalogue.levels.map((level) => paths.level(level)),
    ...catalogue.sectors.map((sector) => paths.sector(sector)),
    ...catalogue.allProcedures.map((p) => paths.procedure(p)),
    ...catalogue.localCatalogues.flatMap((c) => [
      paths.locality(c.locality),
      paths.localSearch(c.locality),
      ...c.entries.map((e) => paths.localProcedure(c.locality, e.procedure)),
    ]),
  ]
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${pagePaths.map((p) => `  <url><loc>${absolute(p, site)}</loc><lastmod>${lastmod}</lastmod></url>`).join('\n')}
</urlset>
`
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}

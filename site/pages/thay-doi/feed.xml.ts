/**
 * Atom feed of the change log, one entry per changed procedure, so portals and officers can follow
 * new, amended and abolished procedures without visiting the site.
 */
import type { APIRoute } from 'astro'

import { changeGroups } from '../../lib/changes'
import { loadCatalogue } from '../../lib/catalogue'
import { formatDate } from '../../lib/format'
import { changeLabels } from '../../lib/labels'
import { absolute } from '../../lib/site'
import { paths } from '../../../content-schemas/urls'

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
/** Dates in the snapshot are calendar dates in Việt Nam. */
const atomDate = (date: string) => `${date}T00:00:00+07:00`

export const GET: APIRoute = ({ site }) => {
  const catalogue = loadCatalogue()
  const changesUrl = absolute(paths.changes, site)
  const groups = changeGroups(catalogue)
  const entries = groups.flatMap((g) =>
    g.entries.map((c) => {
      const link =
        c.procedure && c.change !== 'abolished'
          ? absolute(paths.procedure(c.procedure), site)
          : `${changesUrl}#qd-${g.decisionId}`
      const summary = `${changeLabels[c.change]} theo Quyết định số ${c.decisionNumber}, hiệu lực từ ${formatDate(c.date)}.${c.whatChanged ? ` ${c.whatChanged}` : ''}`
      return `  <entry>
    <id>${escape(`${changesUrl}#${g.decisionId}-${c.procedureCode}`)}</id>
    <title>${escape(`${changeLabels[c.change]}: ${c.procedureName} (${c.procedureCode})`)}</title>
    <updated>${atomDate(c.date)}</updated>
    <link rel="alternate" type="text/html" href="${escape(link)}"/>
    <category term="${c.change}" label="${escape(changeLabels[c.change])}"/>
    <summary>${escape(summary)}</summary>
  </entry>`
    }),
  )
  const updated = groups[0]?.date
    ? atomDate(groups[0].date)
    : catalogue.snapshot.metadata.generatedAt
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <id>${escape(changesUrl)}</id>
  <title>${escape(`Thay đổi thủ tục hành chính ${catalogue.provinceName}`)}</title>
  <subtitle>Thủ tục mới ban hành, sửa đổi, bổ sung, thay thế và bãi bỏ theo quyết định công bố.</subtitle>
  <updated>${updated}</updated>
  <author><name>${escape(catalogue.provinceName)}</name></author>
  <link rel="self" type="application/atom+xml" href="${escape(absolute(paths.feed, site))}"/>
  <link rel="alternate" type="text/html" href="${escape(changesUrl)}"/>
${entries.join('\n')}
</feed>
`
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}

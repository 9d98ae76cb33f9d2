/**
 * schema.org data for search engines and portals that aggregate public services: each procedure
 * page is a GovernmentService, every page with breadcrumbs has a BreadcrumbList.
 */
import type { ChannelView, ProcedureView } from './procedureView'

export type JsonLd = Record<string, unknown>

export function breadcrumbList(items: { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  }
}

export function governmentService(
  view: ProcedureView,
  url: string,
  area: string,
  absoluteUrl: (path: string) => string,
): JsonLd {
  const { procedure, local } = view
  const place = local?.receivingAddress
    ? {
        '@type': 'Place',
        name: local.locality.name,
        address: local.receivingAddress,
        ...(local.phone ? { telephone: local.phone } : {}),
      }
    : undefined
  const providers = view.agencies
    .find((a) => a.key === 'implementing')
    ?.names?.map((name) => ({ '@type': 'GovernmentOrganization', name }))
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    '@id': `${url}#dich-vu`,
    name: procedure.name,
    url,
    identifier: procedure.code,
    inLanguage: 'vi',
    ...(procedure.description ? { description: procedure.description } : {}),
    serviceType: view.sectorName,
    areaServed: { '@type': 'AdministrativeArea', name: area },
    // What the source does not state is left out, never filled with a default.
    ...(view.subjects
      ? { audience: view.subjects.map((s) => ({ '@type': 'Audience', audienceType: s })) }
      : {}),
    ...(providers ? { provider: providers } : {}),
    availableChannel: (view.channels ?? []).map((c) => ({
      '@type': 'ServiceChannel',
      name: c.label,
      description: `Thời hạn giải quyết: ${c.committedTime ?? c.time ?? 'chưa có thông tin'}. Phí, lệ phí: ${channelFees(c)}.`,
      ...(c.channel === 'online' && local?.onlineServiceUrl
        ? { serviceUrl: local.onlineServiceUrl }
        : {}),
      ...(c.channel === 'direct' && place ? { serviceLocation: place } : {}),
    })),
    ...(view.results?.length
      ? { serviceOutput: view.results.map((r) => ({ '@type': 'Thing', name: r.name })) }
      : {}),
    ...(view.related.length
      ? {
          isRelatedTo: view.related.map((r) => ({
            '@type': 'GovernmentService',
            name: r.name,
            url: absoluteUrl(r.path),
          })),
        }
      : {}),
  }
}

/** A channel's fees in words: each row's amount (or its words), free, or not stated. */
function channelFees(c: ChannelView): string {
  if (c.fees === null) return 'chưa có thông tin'
  if (c.fees.kind === 'none') return 'Miễn phí'
  return c.fees.items.map((f) => f.amount ?? f.description).join('; ')
}

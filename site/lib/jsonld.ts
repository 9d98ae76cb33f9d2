/**
 * schema.org data for search engines and portals that aggregate public services: each procedure
 * page is a GovernmentService, every page with breadcrumbs has a BreadcrumbList.
 */
import type { ProcedureView } from './procedureView'

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
    audience: view.subjects.map((s) => ({ '@type': 'Audience', audienceType: s })),
    provider:
      view.agencies
        .find((a) => a.key === 'implementing')
        ?.names.map((name) => ({ '@type': 'GovernmentOrganization', name })) ?? [],
    availableChannel: view.channels.map((c) => ({
      '@type': 'ServiceChannel',
      name: c.label,
      description: `Thời hạn giải quyết: ${c.committedTime ?? c.time}. Phí, lệ phí: ${c.fees.map((f) => f.amount).join('; ') || 'Miễn phí'}.`,
      ...(c.channel === 'online' && local?.onlineServiceUrl
        ? { serviceUrl: local.onlineServiceUrl }
        : {}),
      ...(c.channel === 'direct' && place ? { serviceLocation: place } : {}),
    })),
    ...(view.results.length
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

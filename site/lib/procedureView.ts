/**
 * What a procedure page shows, computed once for the province catalogue and for each locality, so
 * the page component only lays it out. A locality's view goes through the contract's `citizenView`,
 * the single definition of how local overrides sit on the master.
 */
import {
  citizenView,
  shortestTime,
  type Decision,
  type FileRef,
  type Locality,
  type Procedure,
} from '../../content-schemas'
import type { Catalogue, LocalApplication } from './catalogue'
import { formatCopies, formatDate, formatFee, formatLabel, formatSize, formatTime } from './format'
import {
  agencyRoleLabels,
  changeLabels,
  channelLabels,
  legalStatusLabels,
  levelLabels,
  LEVEL_ORDER,
  onlineLevelLabels,
  subjectLabel,
  type Channel,
} from './labels'
import { paths } from '../../content-schemas/urls'

export interface FileLink {
  title: string
  /** path relative to the mount point */
  path: string
  format: string
  size: string
}

export interface ChannelView {
  channel: Channel
  label: string
  time: string
  /** the locality's commitment, only where citizenView found it shorter than the legal limit */
  committedTime: string | null
  fees: { amount: string; description: string | null }[]
  description: string | null
}

export interface ProcedureView {
  procedure: Procedure
  sectorName: string
  sectorPath: string
  levels: { label: string; path: string }[]
  subjects: string[]
  onlineLevel: string
  agencies: {
    key: 'implementing' | 'competent' | 'authorised' | 'coordinating'
    role: string
    names: string[]
  }[]
  channels: ChannelView[]
  /** the shortest limit over all channels (the committed one where the locality set one), for lists and search results */
  shortestTime: string
  /** the shortest legal limit, shown beside shortestTime when a commitment shortens it */
  shortestLegalTime: string
  feeSummary: string
  dossierCases: {
    name: string
    components: {
      name: string
      description: string | null
      copies: string
      required: boolean
      form: FileLink | null
    }[]
  }[]
  results: { name: string; code: string | null; template: FileLink | null }[]
  stepsHtml: string
  /** true when the CMS text already numbers its steps ("Bước 1: …"), so the list hides its own numbers */
  stepsSelfNumbered: boolean
  requirementsHtml: string | null
  legalBasis: {
    number: string
    kind: string
    title: string
    issuer: string
    issueDate: string
    status: string
    inForce: boolean
  }[]
  decisions: {
    number: string
    title: string
    issuer: string
    signedDate: string
    effectiveDate: string
    change: string
    whatChanged: string | null
    file: FileLink | null
  }[]
  related: { name: string; code: string; path: string }[]
  updated: string
  abolished: boolean
  /** province view: the localities that apply it */
  appliedIn: { name: string; path: string }[]
  local: LocalDetails | null
  /** where to file online: the locality's own link, or the province's public-service portal */
  onlineUrl: string | null
}

export interface LocalDetails {
  locality: Locality
  receivingAddress: string | null
  openingHours: string | null
  phone: string | null
  email: string | null
  officerInCharge: string | null
  unitInCharge: string | null
  onlineServiceUrl: string | null
  localNotes: string | null
  appliedFrom: string | null
  applyingDecision: { number: string; title: string; signedDate: string } | null
  provincePath: string
}

const fileLink = (file: FileRef): FileLink => ({
  title: file.title,
  path: paths.file(file),
  format: formatLabel(file.mimeType, file.path),
  size: formatSize(file.size),
})

/**
 * Lexical's HTML carries empty class/style attributes and value="n" on every list item; they add
 * bytes and nothing else, so they go. The text itself was sanitized by the CMS and stays as is.
 */
export function tidyRichHtml(html: string): string {
  return html
    .replace(/\s+(class|style)=""/g, '')
    .replace(/<li\s+value="\d+"\s*>/g, '<li>')
    .replace(/<(\w+)\s+>/g, '<$1>')
}

export function procedureView(
  catalogue: Catalogue,
  procedure: Procedure,
  local?: LocalApplication,
): ProcedureView {
  const view = local ? citizenView(procedure, local.application, local.locality) : null
  const methods = view
    ? view.methods
    : procedure.methods.map((m) => ({ ...m, committedTime: null }))
  const channels: ChannelView[] = methods.map((m) => ({
    channel: m.channel,
    label: channelLabels[m.channel],
    time: formatTime(m.processingTime),
    committedTime: m.committedTime ? formatTime(m.committedTime) : null,
    fees: m.fees.map((f) => ({ amount: formatFee(f.amount), description: f.description })),
    description: m.description,
  }))
  const effective = methods.map((m) => m.committedTime ?? m.processingTime)
  // Compared as the CMS compares them (the contract's bounds in working days), never re-read here.
  const shortest = shortestTime(effective)
  const shortestLegal = shortestTime(methods.map((m) => m.processingTime))
  const amounts = methods.flatMap((m) => m.fees.map((f) => f.amount))
  const feeSummary =
    amounts.length === 0 || amounts.every((a) => a === 0)
      ? 'Miễn phí'
      : amounts.some((a) => a === 0)
        ? `Miễn phí hoặc từ ${formatFee(Math.min(...amounts.filter((a) => a > 0)))}`
        : `Từ ${formatFee(Math.min(...amounts))}`

  const sector = catalogue.sector(procedure.sectorId)
  const linkTo = (p: Procedure): string => {
    if (local) {
      const there = catalogue.localCatalogues
        .find((c) => c.locality.id === local.locality.id)
        ?.byCode.get(p.code)
      if (there) return paths.localProcedure(local.locality, p)
    }
    return paths.procedure(p)
  }

  const decisionsFor = catalogue
    .decisionsFor(procedure.code)
    .filter(({ decision }) => decision.kind === 'announcement')
  const applying = view?.applyingDecisionId ? catalogue.decision(view.applyingDecisionId) : null

  return {
    procedure,
    sectorName: sector.name,
    sectorPath: paths.sector(sector),
    levels: LEVEL_ORDER.filter((l) => procedure.levels.includes(l)).map((l) => ({
      label: levelLabels[l],
      path: paths.level(l),
    })),
    subjects: procedure.subjects.map(subjectLabel),
    onlineLevel: onlineLevelLabels[procedure.onlineServiceLevel],
    agencies: (['implementing', 'competent', 'authorised', 'coordinating'] as const)
      .map((role) => ({
        key: role,
        role: agencyRoleLabels[role],
        names: procedure.agencies[role].map((id) => catalogue.agency(id).name),
      }))
      .filter((a) => a.names.length > 0),
    channels,
    shortestTime: formatTime(shortest),
    shortestLegalTime: formatTime(shortestLegal),
    feeSummary,
    dossierCases: procedure.dossierCases.map((c) => ({
      name: c.name,
      components: c.components.map((component) => ({
        name: component.name,
        description: component.description,
        copies: formatCopies(component.originals, component.copies),
        required: component.required,
        form: component.formFileId ? fileLink(catalogue.file(component.formFileId)) : null,
      })),
    })),
    results: procedure.results.map((r) => ({
      name: r.name,
      code: r.code,
      template: r.templateFileId ? fileLink(catalogue.file(r.templateFileId)) : null,
    })),
    stepsHtml: tidyRichHtml(procedure.steps.html),
    stepsSelfNumbered: procedure.steps.text
      .split('\n')
      .filter((l) => l.trim())
      .every((l) => /^\s*Bước\s+\d+/i.test(l)),
    requirementsHtml: procedure.requirements?.text.trim()
      ? tidyRichHtml(procedure.requirements.html)
      : null,
    legalBasis: procedure.legalBasisIds
      .map((id) => catalogue.legal(id))
      .sort((a, b) => b.issueDate.localeCompare(a.issueDate))
      .map((l) => ({
        number: l.number,
        kind: l.kindLabel,
        title: l.title,
        issuer: l.issuer,
        issueDate: formatDate(l.issueDate),
        status: legalStatusLabels[l.status],
        inForce: l.status === 'in-force',
      })),
    decisions: decisionsFor.map(({ decision, entry }) => decisionLine(catalogue, decision, entry)),
    related: procedure.relatedCodes
      .map((code) => catalogue.byCode.get(code))
      .filter((p): p is Procedure => !!p && p.validity === 'in-force')
      .map((p) => ({ name: p.name, code: p.code, path: linkTo(p) })),
    updated: formatDate(procedure.updatedAt.slice(0, 10)),
    abolished: procedure.validity === 'abolished',
    onlineUrl:
      view?.onlineServiceUrl ??
      catalogue.snapshot.localities.find((l) => l.id === catalogue.snapshot.metadata.province.id)
        ?.portalUrl ??
      null,
    appliedIn: local
      ? []
      : catalogue.appliedIn(procedure.code).map((e) => ({
          name: e.locality.name,
          path: paths.localProcedure(e.locality, procedure),
        })),
    local: view
      ? {
          locality: view.locality,
          receivingAddress: view.receivingAddress,
          openingHours: view.locality.openingHours,
          phone: view.locality.phone,
          email: view.locality.email,
          officerInCharge: view.officerInCharge,
          unitInCharge: view.unitInCharge,
          onlineServiceUrl: view.onlineServiceUrl,
          localNotes: view.localNotes,
          appliedFrom: view.appliedFrom ? formatDate(view.appliedFrom) : null,
          applyingDecision: applying
            ? {
                number: applying.number,
                title: applying.title,
                signedDate: formatDate(applying.signedDate),
              }
            : null,
          provincePath: paths.procedure(procedure),
        }
      : null,
  }
}

function decisionLine(
  catalogue: Catalogue,
  decision: Decision,
  entry: Decision['entries'][number],
) {
  // The contract checks that the file is in the release.
  const file = decision.fileId ? catalogue.file(decision.fileId) : null
  return {
    number: decision.number,
    title: decision.title,
    issuer: decision.issuer,
    signedDate: formatDate(decision.signedDate),
    effectiveDate: formatDate(decision.effectiveDate),
    change: changeLabels[entry.change],
    whatChanged: entry.whatChanged,
    file: file ? fileLink(file) : null,
  }
}

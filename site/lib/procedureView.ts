/**
 * What a procedure page shows, computed once for the province catalogue and for each locality, so
 * the page component only lays it out. A locality's view goes through the contract's `citizenView`,
 * the single definition of how local overrides sit on the master.
 *
 * `null` in a view always means "not stated by the source", never "none": where "none" needs
 * words, the view gives them, and the page says "Chưa có thông tin" for a null.
 */
import {
  citizenView,
  shortestTime,
  statedItems,
  type CitizenMethod,
  type Decision,
  type FileRef,
  type LegalDocument,
  type Locality,
  type Procedure,
} from '../../content-schemas'
import type { Catalogue, LocalApplication } from './catalogue'
import {
  formatChannelTime,
  formatCopies,
  formatDate,
  formatFee,
  formatLabel,
  formatSize,
  formatTime,
} from './format'
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
  /** the legal limit: value and unit, or the source's words; null when not stated */
  time: string | null
  /** the locality's commitment, only where citizenView kept it (shorter, or no legal value) */
  committedTime: string | null
  /** the fee rows (an amount, or words only when `amount` is null), none, or null when not stated */
  fees:
    | { kind: 'stated'; items: { amount: string | null; description: string | null }[] }
    | { kind: 'none' }
    | null
  description: string | null
  /** the case this row covers, when the channel appears more than once (its description) */
  caseLabel: string | null
}

export interface ProcedureView {
  procedure: Procedure
  sectorName: string
  sectorPath: string
  levels: { label: string; path: string }[]
  subjects: string[] | null
  onlineLevel: string | null
  /** the implementing agency is always there (names null when not stated); other roles only when named */
  agencies: {
    key: 'implementing' | 'competent' | 'authorised' | 'coordinating'
    role: string
    names: string[] | null
  }[]
  channels: ChannelView[] | null
  /**
   * the shortest stated limit over all channels (the committed one where the locality set one), for
   * lists and search results; else the first limit in words; null when no channel states one
   */
  shortestTime: string | null
  /** the shortest legal limit, shown beside shortestTime when a commitment shortens it */
  shortestLegalTime: string | null
  feeSummary: string | null
  dossierCases:
    | {
        name: string
        components: {
          name: string
          description: string | null
          copies: string
          required: boolean
          form: FileLink | null
        }[]
      }[]
    | null
  results: { name: string; code: string | null; template: FileLink | null }[] | null
  stepsHtml: string | null
  /** true when the CMS text already numbers its steps ("Bước 1: …"), so the list hides its own numbers */
  stepsSelfNumbered: boolean
  /** null when there is nothing to show: see requirementsKnown */
  requirementsHtml: string | null
  /** false when the source does not state the requirements (the section says so); true for none */
  requirementsKnown: boolean
  legalBasis: {
    number: string
    /** each null when the source cites the text without it */
    kind: string | null
    title: string | null
    issuer: string | null
    issueDate: string | null
    status: string
    inForce: boolean
  }[]
  decisions: {
    number: string
    title: string
    issuer: string
    signedDate: string | null
    effectiveDate: string | null
    change: string
    whatChanged: string | null
    file: FileLink | null
  }[]
  related: { name: string; code: string; path: string }[]
  updated: string | null
  abolished: boolean
  /** province view: the localities that apply it */
  appliedIn: { name: string; path: string }[]
  local: LocalDetails | null
  /** where to file online: the locality's own link, or the province's public-service portal */
  onlineUrl: string | null
  /** the desk to call about what the catalogue does not state: the locality's, or the province's */
  deskPhone: string | null
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
  applyingDecision: { number: string; title: string; signedDate: string | null } | null
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
  const methods: CitizenMethod[] | null = view
    ? view.methods.kind === 'stated'
      ? view.methods.items
      : null
    : procedure.methods.kind === 'stated'
      ? procedure.methods.items.map((m) => ({ ...m, committedTime: null }))
      : null
  const repeated = (channel: Channel) =>
    (methods ?? []).filter((m) => m.channel === channel).length > 1
  const channels: ChannelView[] | null =
    methods?.map((m) => ({
      channel: m.channel,
      label: channelLabels[m.channel],
      time: formatChannelTime(m.processingTime),
      committedTime: m.committedTime ? formatTime(m.committedTime) : null,
      fees:
        m.fees.kind === 'stated'
          ? {
              kind: 'stated',
              items: m.fees.items.map((f) => ({
                amount: f.amount === null ? null : formatFee(f.amount, f.currency ?? undefined),
                description: f.description,
              })),
            }
          : m.fees.kind === 'none'
            ? { kind: 'none' }
            : null,
      description: m.description,
      caseLabel: repeated(m.channel) ? m.description : null,
    })) ?? null
  const legalTimes = (methods ?? []).flatMap((m) =>
    m.processingTime.kind === 'stated' ? [m.processingTime] : [],
  )
  const effective = (methods ?? []).flatMap((m) =>
    m.committedTime
      ? [m.committedTime]
      : m.processingTime.kind === 'stated'
        ? [m.processingTime]
        : [],
  )
  // Stated limits are compared as the CMS compares them (the contract's bounds in working days),
  // never re-read here; with none stated, the source's words stand.
  const firstText = (methods ?? [])
    .map((m) => (m.processingTime.kind === 'text' ? formatChannelTime(m.processingTime) : null))
    .find((t) => t !== null)
  const shortest = effective.length ? formatTime(shortestTime(effective)) : (firstText ?? null)
  const shortestLegal = legalTimes.length
    ? formatTime(shortestTime(legalTimes))
    : (firstText ?? null)

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
  const province = catalogue.snapshot.localities.find(
    (l) => l.id === catalogue.snapshot.metadata.province.id,
  )

  return {
    procedure,
    sectorName: sector.name,
    sectorPath: paths.sector(sector),
    levels: LEVEL_ORDER.filter((l) => procedure.levels.includes(l)).map((l) => ({
      label: levelLabels[l],
      path: paths.level(l),
    })),
    subjects:
      procedure.subjects.kind === 'stated' ? procedure.subjects.items.map(subjectLabel) : null,
    onlineLevel: procedure.onlineServiceLevel
      ? onlineLevelLabels[procedure.onlineServiceLevel]
      : null,
    agencies: [
      {
        key: 'implementing' as const,
        role: agencyRoleLabels.implementing,
        names:
          procedure.agencies.implementing.kind === 'stated'
            ? procedure.agencies.implementing.items.map((id) => catalogue.agency(id).name)
            : null,
      },
      ...(['competent', 'authorised', 'coordinating'] as const)
        .map((role) => ({
          key: role,
          role: agencyRoleLabels[role],
          names: procedure.agencies[role].map((id) => catalogue.agency(id).name),
        }))
        .filter((a) => a.names.length > 0),
    ],
    channels,
    shortestTime: shortest,
    shortestLegalTime: shortestLegal,
    feeSummary: feeSummary(methods),
    dossierCases:
      procedure.dossierCases.kind === 'stated'
        ? procedure.dossierCases.items.map((c) => ({
            name: c.name,
            components: c.components.map((component) => ({
              name: component.name,
              description: component.description,
              copies: formatCopies(component.originals, component.copies),
              required: component.required,
              form: component.formFileId ? fileLink(catalogue.file(component.formFileId)) : null,
            })),
          }))
        : null,
    results: statedOrNull(procedure.results, (r) => ({
      name: r.name,
      code: r.code,
      template: r.templateFileId ? fileLink(catalogue.file(r.templateFileId)) : null,
    })),
    stepsHtml: procedure.steps.kind === 'stated' ? tidyRichHtml(procedure.steps.html) : null,
    stepsSelfNumbered:
      procedure.steps.kind === 'stated' &&
      procedure.steps.text
        .split('\n')
        .filter((l) => l.trim())
        .every((l) => /^\s*Bước\s+\d+/i.test(l)),
    requirementsHtml:
      procedure.requirements.kind === 'stated' && procedure.requirements.text.trim()
        ? tidyRichHtml(procedure.requirements.html)
        : null,
    requirementsKnown: procedure.requirements.kind !== 'unknown',
    legalBasis: procedure.legalBasisIds
      .map((id) => catalogue.legal(id))
      .sort(byLegalDate)
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
    onlineUrl: view?.onlineServiceUrl ?? province?.portalUrl ?? null,
    deskPhone: view ? view.locality.phone : (province?.phone ?? null),
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

/** The items of a stated list, mapped; null when the source does not state the list. */
function statedOrNull<T, U>(
  part: { kind: 'stated'; items: T[] } | { kind: 'unknown' },
  map: (item: T) => U,
): U[] | null {
  return part.kind === 'stated' ? part.items.map(map) : null
}

/** Dated texts first, newest first (equal dates keep their order); undated ones by number. */
function byLegalDate(a: LegalDocument, b: LegalDocument): number {
  if (a.issueDate && b.issueDate) return b.issueDate.localeCompare(a.issueDate)
  if (a.issueDate || b.issueDate) return a.issueDate ? -1 : 1
  return a.number.localeCompare(b.number)
}

/**
 * The fee line of lists and the facts box. Channels stated as free or with amounts in đồng read as
 * before ("Miễn phí", "Miễn phí hoặc từ X", "Từ X"); a fee in words or in another currency sends
 * the reader to the channels; channels whose fee is not stated are never counted as free.
 */
export function feeSummary(methods: CitizenMethod[] | null): string | null {
  const known = (methods ?? []).flatMap((m) => (m.fees.kind === 'unknown' ? [] : [m.fees]))
  if (known.length === 0) return null
  const rows = known.flatMap((fees) => statedItems(fees))
  const someUnknown = known.length < (methods ?? []).length
  const amounts = rows.flatMap((f) => (f.amount !== null && f.currency === 'VND' ? [f.amount] : []))
  const summary =
    amounts.length < rows.length
      ? 'Có thu phí, xem theo từng cách nộp'
      : amounts.length === 0 || amounts.every((a) => a === 0)
        ? 'Miễn phí'
        : amounts.some((a) => a === 0)
          ? `Miễn phí hoặc từ ${formatFee(Math.min(...amounts.filter((a) => a > 0)))}`
          : `Từ ${formatFee(Math.min(...amounts))}`
  return someUnknown ? `${summary} (cách nộp khác: chưa có thông tin)` : summary
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

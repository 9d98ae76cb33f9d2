/**
 * The publication contract: what a release of the catalogue holds. The CMS exporter writes it,
 * the Astro site reads it, and nothing else defines its shape. Like GOV.UK's content schemas, it
 * lets publishing and presentation change independently: a field is added here first, with a
 * default, and SCHEMA_VERSION rises when a change would break a reader.
 */
import { z } from 'zod'

import {
  CHANNELS,
  CURRENCIES,
  DECISION_CHANGES,
  LEGAL_KINDS,
  LEGAL_STATUSES,
  LEVELS,
  ONLINE_LEVELS,
  PROCEDURE_LEVELS,
  TIME_UNITS,
} from './enumerations'
import { SearchSynonyms } from './searchSynonyms'
import { checkSums, DOSSIER_COUNTS, parsePeriod, type DossierCounts } from './serviceResults'

/**
 * 2: a part the source leaves empty says why (`none` or `unknown` with its source) instead of
 * being an empty list or a default; fees carry a currency; national levels. `parseSnapshot`
 * reads version 1 as it was meant (validate.ts).
 */
export const SCHEMA_VERSION = 2

const id = z.string().min(1)
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải có dạng yyyy-mm-dd')
const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug chỉ gồm chữ thường không dấu, số và dấu gạch ngang')
const code = z.string().regex(/^\d\.\d{6}$/, 'mã thủ tục phải có dạng d.dddddd')
/** A link the site puts in a page: the web only, never `javascript:` or `data:`. */
const webAddress = z
  .string()
  .trim()
  .regex(/^https?:\/\/\S/i, 'địa chỉ web phải bắt đầu bằng http:// hoặc https://')

/** Rich text as the CMS rendered it: sanitized HTML for pages, plain text for search and feeds. */
export const RichText = z.object({ html: z.string(), text: z.string() })

export const ProcessingTime = z.object({
  value: z.number().nonnegative(),
  unit: z.enum(TIME_UNITS),
})

/** A part the source does not state. `source` names it, e.g. "CSDL quốc gia về TTHC (nhập 01/12/2026)". */
export const NotStated = z.object({ kind: z.literal('unknown'), source: z.string().min(1) })
/** A part explicitly empty: no fee, no condition. */
export const NoneStated = z.object({ kind: z.literal('none') })

const KIND_ERROR = { error: 'phải là stated, none hoặc unknown' }

const statedList = <T extends z.ZodType>(item: T) =>
  z.object({ kind: z.literal('stated'), items: z.array(item).min(1) })

/** A list the source states (at least one item) or does not state. */
export const known = <T extends z.ZodType>(item: T) =>
  z.discriminatedUnion('kind', [statedList(item), NotStated], KIND_ERROR)

export type Stated<T> = { kind: 'stated'; items: T[] }
export type NotStated = z.infer<typeof NotStated>
export type NoneStated = z.infer<typeof NoneStated>

/** The items of a part, none when it is not stated (or stated as none). */
export const statedItems = <T>(part: Stated<T> | NotStated | NoneStated): T[] =>
  part.kind === 'stated' ? part.items : []

/** A channel's time limit: a value and unit, words ("Theo quy định của pháp luật chuyên ngành", or a bare "5" as written), or not stated. */
export const ChannelTime = z.discriminatedUnion(
  'kind',
  [
    ProcessingTime.extend({ kind: z.literal('stated') }),
    z.object({ kind: z.literal('text'), text: z.string().min(1) }),
    NotStated,
  ],
  KIND_ERROR,
)

/** One fee row: an amount with its currency, or words only ("Theo Thông tư 85/2019/TT-BTC"). */
export const Fee = z
  .object({
    amount: z.number().nonnegative().nullable(),
    currency: z.enum(CURRENCIES).nullable(),
    description: z.string().nullable(),
  })
  .refine(
    (f) => (f.amount === null) === (f.currency === null),
    'mức thu và đơn vị tiền phải đi cùng nhau',
  )
  .refine(
    (f) => f.amount !== null || !!f.description,
    'khoản phí không có mức thu phải có nội dung',
  )

export const ChannelFees = z.discriminatedUnion(
  'kind',
  [statedList(Fee), NoneStated, NotStated],
  KIND_ERROR,
)

export const FileRef = z.object({
  id,
  title: z.string(),
  /** path inside the release, e.g. "files/3f2a…/to-khai-dang-ky-khai-sinh.docx" */
  path: z.string().regex(/^files\/[^/]+\/[^/]+$/),
  mimeType: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})

export const Locality = z.object({
  id,
  slug,
  name: z.string().min(1),
  unitType: z.string(),
  unitTypeLabel: z.string(),
  tier: z.enum(LEVELS),
  code: z.string().regex(/^\d{2,5}$/),
  parentId: id.nullable(),
  portalUrl: webAddress.nullable(),
  deskAddress: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  openingHours: z.string().nullable(),
  dissolvedOn: isoDate.nullable(),
})

export const Sector = z.object({ id, slug, name: z.string().min(1), code: z.string().nullable() })

export const Agency = z.object({ id, name: z.string().min(1), level: z.string().nullable() })

export const LegalDocument = z.object({
  id,
  number: z.string().min(1),
  // A text the source cites by number (and title) alone keeps the rest empty, never invented.
  kind: z.enum(LEGAL_KINDS).nullable(),
  kindLabel: z.string().nullable(),
  title: z.string().min(1).nullable(),
  issuer: z.string().min(1).nullable(),
  issueDate: isoDate.nullable(),
  effectiveDate: isoDate.nullable(),
  status: z.enum(LEGAL_STATUSES),
  replacedById: id.nullable(),
})

export const Decision = z.object({
  id,
  number: z.string().min(1),
  kind: z.enum(['announcement', 'application']),
  title: z.string(),
  issuer: z.string(),
  localityId: id,
  signedDate: isoDate,
  effectiveDate: isoDate,
  fileId: id.nullable(),
  entries: z.array(
    z.object({
      procedureCode: code,
      change: z.enum(DECISION_CHANGES),
      replacesCode: code.nullable(),
      whatChanged: z.string().nullable(),
    }),
  ),
})

/** One way to submit; a channel may repeat, once per case, `description` naming the case. */
export const Method = z.object({
  channel: z.enum(CHANNELS),
  processingTime: ChannelTime,
  description: z.string().nullable(),
  fees: ChannelFees,
})

export const DossierCase = z.object({
  name: z.string(),
  components: z.array(
    z.object({
      name: z.string().min(1),
      description: z.string().nullable(),
      originals: z.number().int().nonnegative(),
      copies: z.number().int().nonnegative(),
      required: z.boolean(),
      formFileId: id.nullable(),
    }),
  ),
})

export const Result = z.object({
  name: z.string().min(1),
  code: z.string().nullable(),
  templateFileId: id.nullable(),
})

/** A procedure of the province's master list, as announced. */
export const Procedure = z.object({
  id,
  code,
  localCode: z.string().nullable(),
  slug,
  name: z.string().min(1),
  description: z.string().nullable(),
  validity: z.enum(['in-force', 'abolished']),
  levels: z.array(z.enum(PROCEDURE_LEVELS)).min(1),
  sectorId: id,
  formalityType: z.string().nullable(),
  subjects: known(z.string()),
  agencies: z.object({
    implementing: known(id),
    competent: z.array(id),
    coordinating: z.array(id),
    authorised: z.array(id),
  }),
  steps: z.discriminatedUnion(
    'kind',
    [RichText.extend({ kind: z.literal('stated') }), NotStated],
    KIND_ERROR,
  ),
  methods: known(Method),
  dossierCases: known(DossierCase),
  results: known(Result),
  // none: the procedure has no condition (what an empty field always meant)
  requirements: z.discriminatedUnion(
    'kind',
    [RichText.extend({ kind: z.literal('stated') }), NoneStated, NotStated],
    KIND_ERROR,
  ),
  legalBasisIds: z.array(id),
  /** null: not stated by the source (never read as "not online") */
  onlineServiceLevel: z.enum(ONLINE_LEVELS).nullable(),
  keywords: z.array(z.string()),
  synonyms: z.array(z.string()),
  relatedCodes: z.array(code),
  updatedAt: z.iso.datetime({ offset: true }),
})

/**
 * A locality's application of a master procedure: only what the locality overrides. The master
 * stays the single source of every other part; `mergeApplication` gives the citizen's view.
 */
export const Application = z.object({
  procedureCode: code,
  receivingAddress: z.string().nullable(),
  committedTime: ProcessingTime.nullable(),
  localNotes: z.string().nullable(),
  officerInCharge: z.string().nullable(),
  unitInCharge: z.string().nullable(),
  onlineServiceUrl: webAddress.nullable(),
  appliedFrom: isoDate.nullable(),
  applyingDecisionId: id.nullable(),
})

export const LocalCatalogue = z.object({ localityId: id, applications: z.array(Application) })

export const ChangeLogEntry = z.object({
  date: isoDate,
  decisionId: id,
  decisionNumber: z.string(),
  procedureCode: code,
  procedureName: z.string(),
  change: z.enum(DECISION_CHANGES),
  whatChanged: z.string().nullable(),
})

/**
 * A procedure that has left the catalogue (abolished, or replaced by another). Its old addresses,
 * and those of the localities that applied it, stay and say since when, by which decision, and
 * what replaced it: a citizen with an old link learns why instead of meeting a missing page.
 */
export const AbolishedProcedure = z.object({
  code,
  slug,
  name: z.string().min(1),
  /** The effective date of the abolishing decision; null when no decision in the release says. */
  since: isoDate.nullable(),
  decisionId: id.nullable(),
  /** The procedure that replaced it, when a decision names one and it is in the catalogue. */
  replacementCode: code.nullable(),
  /** The localities that applied it: their catalogue's old address explains too. */
  localityIds: z.array(id),
})

/**
 * One row of a desk's report: the counts in the order of DOSSIER_COUNTS (serviceResults.ts), null
 * where the report does not state one. A tuple, not an object: a province's two years of monthly
 * reports are hundreds of thousands of rows. `procedureCode` is the procedure reported on (it may
 * have left the catalogue since); `sectorId` when the desk's software has no finer grain.
 */
export const ServiceResultRow = z.object({
  procedureCode: code.nullable(),
  sectorId: id.nullable(),
  // One check per row, not a schema per count: a province's two years are millions of counts.
  counts: z.custom<(number | null)[]>(
    (value) =>
      Array.isArray(value) &&
      value.length === DOSSIER_COUNTS.length &&
      value.every((n) => n === null || (typeof n === 'number' && Number.isInteger(n) && n >= 0)),
    { message: `phải là ${DOSSIER_COUNTS.length} số nguyên không âm (null: chưa có thông tin)` },
  ),
})

/** A published report of one locality's one-stop desk for one period. */
export const ServiceResultReport = z.object({
  localityId: id,
  /** "2026-03", "2026-Q1" or "2026" */
  period: z
    .string()
    .refine((key) => parsePeriod(key) !== null, 'kỳ phải có dạng yyyy-mm, yyyy-Qn hoặc yyyy'),
  /** Figures made up for the demo: the site says so on every page that shows them. */
  demo: z.boolean(),
  source: z.string().nullable(),
  rows: z.array(ServiceResultRow),
})

/** A row's tuple read back as named counts. */
export function countsOfRow(row: { counts: (number | null)[] }): DossierCounts {
  // A loop, not Object.fromEntries: a province's release reads hundreds of thousands of rows.
  const counts = {} as DossierCounts
  DOSSIER_COUNTS.forEach((key, i) => (counts[key] = row.counts[i] ?? null))
  return counts
}

export const Metadata = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  releaseId: z.string().min(1),
  generatedAt: z.string().datetime(),
  /** sha256 of the canonical JSON of everything but the metadata: same content, same hash */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  province: z.object({ id, slug, name: z.string() }),
})

export const Snapshot = z
  .object({
    metadata: Metadata,
    localities: z.array(Locality),
    sectors: z.array(Sector),
    agencies: z.array(Agency),
    legalDocuments: z.array(LegalDocument),
    decisions: z.array(Decision),
    files: z.array(FileRef),
    procedures: z.array(Procedure),
    localCatalogues: z.array(LocalCatalogue),
    changes: z.array(ChangeLogEntry),
    /** Absent in releases made before it existed: none listed. */
    abolishedProcedures: z.array(AbolishedProcedure).optional(),
    /**
     * The province's search synonyms (searchSynonyms.ts). Absent: not stated, the site uses the
     * default list; an empty list: none.
     */
    searchSynonyms: SearchSynonyms.optional(),
    /** Published service-results reports; absent in releases made before they existed: none. */
    serviceResults: z.array(ServiceResultReport).optional(),
  })
  .superRefine((snapshot, ctx) => {
    // References must resolve inside the snapshot: the site has nothing else to look in.
    const has = (items: { id: string }[]) => new Set(items.map((i) => i.id))
    const ids = {
      locality: has(snapshot.localities),
      sector: has(snapshot.sectors),
      agency: has(snapshot.agencies),
      legal: has(snapshot.legalDocuments),
      decision: has(snapshot.decisions),
      file: has(snapshot.files),
    }
    const codes = new Set(snapshot.procedures.map((p) => p.code))
    const check = (ok: boolean, path: (string | number)[], message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path, message })
    }
    snapshot.procedures.forEach((p, i) => {
      check(
        ids.sector.has(p.sectorId),
        ['procedures', i, 'sectorId'],
        `thủ tục ${p.code}: lĩnh vực ${p.sectorId} không có trong bản phát hành`,
      )
      for (const role of ['implementing', 'competent', 'coordinating', 'authorised'] as const) {
        const list = role === 'implementing' ? statedItems(p.agencies[role]) : p.agencies[role]
        const at = role === 'implementing' ? ['implementing', 'items'] : [role]
        list.forEach((a, j) =>
          check(
            ids.agency.has(a),
            ['procedures', i, 'agencies', ...at, j],
            `thủ tục ${p.code}: cơ quan ${a} không có trong bản phát hành`,
          ),
        )
      }
      p.legalBasisIds.forEach((l, j) =>
        check(
          ids.legal.has(l),
          ['procedures', i, 'legalBasisIds', j],
          `thủ tục ${p.code}: văn bản ${l} không có trong bản phát hành`,
        ),
      )
      statedItems(p.dossierCases).forEach((c, j) =>
        c.components.forEach((component, k) =>
          check(
            !component.formFileId || ids.file.has(component.formFileId),
            ['procedures', i, 'dossierCases', 'items', j, 'components', k, 'formFileId'],
            `thủ tục ${p.code}: mẫu đơn ${component.formFileId} không có trong bản phát hành`,
          ),
        ),
      )
    })
    snapshot.localCatalogues.forEach((catalogue, i) => {
      check(
        ids.locality.has(catalogue.localityId),
        ['localCatalogues', i, 'localityId'],
        `địa phương ${catalogue.localityId} không có trong bản phát hành`,
      )
      catalogue.applications.forEach((a, j) => {
        check(
          codes.has(a.procedureCode),
          ['localCatalogues', i, 'applications', j, 'procedureCode'],
          `thủ tục ${a.procedureCode} được áp dụng nhưng không có trong danh mục`,
        )
        check(
          !a.applyingDecisionId || ids.decision.has(a.applyingDecisionId),
          ['localCatalogues', i, 'applications', j, 'applyingDecisionId'],
          `thủ tục ${a.procedureCode}: quyết định áp dụng ${a.applyingDecisionId} không có trong bản phát hành`,
        )
      })
    })
    snapshot.decisions.forEach((d, i) => {
      check(
        ids.locality.has(d.localityId),
        ['decisions', i, 'localityId'],
        `quyết định ${d.number}: địa phương ${d.localityId} không có trong bản phát hành`,
      )
      check(
        !d.fileId || ids.file.has(d.fileId),
        ['decisions', i, 'fileId'],
        `quyết định ${d.number}: tệp ${d.fileId} không có trong bản phát hành`,
      )
    })
    const abolished = snapshot.abolishedProcedures ?? []
    abolished.forEach((a, i) => {
      check(
        !codes.has(a.code),
        ['abolishedProcedures', i, 'code'],
        `thủ tục ${a.code} vừa được ghi là đã bãi bỏ vừa có trong danh mục`,
      )
      check(
        !a.decisionId || ids.decision.has(a.decisionId),
        ['abolishedProcedures', i, 'decisionId'],
        `thủ tục đã bãi bỏ ${a.code}: quyết định ${a.decisionId} không có trong bản phát hành`,
      )
      check(
        !a.replacementCode || codes.has(a.replacementCode),
        ['abolishedProcedures', i, 'replacementCode'],
        `thủ tục đã bãi bỏ ${a.code}: thủ tục thay thế ${a.replacementCode} không có trong danh mục`,
      )
      a.localityIds.forEach((l, j) =>
        check(
          ids.locality.has(l),
          ['abolishedProcedures', i, 'localityIds', j],
          `thủ tục đã bãi bỏ ${a.code}: địa phương ${l} không có trong bản phát hành`,
        ),
      )
    })
    const reported = new Set<string>()
    ;(snapshot.serviceResults ?? []).forEach((report, i) => {
      check(
        ids.locality.has(report.localityId),
        ['serviceResults', i, 'localityId'],
        `kết quả giải quyết hồ sơ kỳ ${report.period}: địa phương ${report.localityId} không có trong bản phát hành`,
      )
      const key = `${report.localityId} ${report.period}`
      check(
        !reported.has(key),
        ['serviceResults', i, 'period'],
        `hai báo cáo kết quả cùng địa phương, cùng kỳ ${report.period}`,
      )
      reported.add(key)
      // Paths and messages only for a row at fault: a province's release has hundreds of
      // thousands of rows, and building three messages for each cost seconds.
      report.rows.forEach((row, j) => {
        const at = (...path: (string | number)[]) => ['serviceResults', i, 'rows', j, ...path]
        const row_ = () => `kết quả kỳ ${report.period}, dòng ${j + 1}`
        if ((row.procedureCode === null) === (row.sectorId === null))
          check(false, at(), `${row_()}: phải là của một thủ tục hoặc một lĩnh vực`)
        if (row.sectorId && !ids.sector.has(row.sectorId))
          check(
            false,
            at('sectorId'),
            `${row_()}: lĩnh vực ${row.sectorId} không có trong bản phát hành`,
          )
        const sums = checkSums(countsOfRow(row))
        if (sums.kind === 'mismatch' || sums.kind === 'invalid')
          check(false, at('counts'), `${row_()}: số liệu không khớp`)
      })
    })
    snapshot.legalDocuments.forEach((l, i) =>
      check(
        !l.replacedById || ids.legal.has(l.replacedById),
        ['legalDocuments', i, 'replacedById'],
        `văn bản ${l.number}: văn bản thay thế ${l.replacedById} không có trong bản phát hành`,
      ),
    )
    // Slugs become URLs and codes become filter values: two items sharing one would collide.
    const unique = <T>(items: T[], collection: string, key: keyof T & string, label: string) => {
      const seen = new Map<unknown, number>()
      items.forEach((item, i) => {
        const value = item[key]
        const first = seen.get(value)
        if (first === undefined) seen.set(value, i)
        else
          check(
            false,
            [collection, i, key],
            `${label} "${String(value)}" trùng với ${collection}[${first}]`,
          )
      })
    }
    unique(snapshot.localities, 'localities', 'slug', 'đường dẫn địa phương')
    unique(snapshot.localities, 'localities', 'code', 'mã địa phương')
    unique(snapshot.sectors, 'sectors', 'slug', 'đường dẫn lĩnh vực')
    unique(snapshot.procedures, 'procedures', 'code', 'mã thủ tục')
    unique(snapshot.procedures, 'procedures', 'slug', 'đường dẫn thủ tục')
    // An abolished procedure keeps its address: no procedure of the catalogue may take it.
    const live = new Set(snapshot.procedures.map((p) => p.slug))
    abolished.forEach((a, i) =>
      check(
        !live.has(a.slug),
        ['abolishedProcedures', i, 'slug'],
        `đường dẫn thủ tục "${a.slug}" của thủ tục đã bãi bỏ ${a.code} trùng với một thủ tục trong danh mục`,
      ),
    )
    unique(abolished, 'abolishedProcedures', 'code', 'mã thủ tục đã bãi bỏ')
    unique(snapshot.files, 'files', 'path', 'đường dẫn tệp')
    check(
      ids.locality.has(snapshot.metadata.province.id),
      ['metadata', 'province', 'id'],
      `tỉnh ${snapshot.metadata.province.id} không có trong danh sách địa phương của bản phát hành`,
    )
  })

export type Snapshot = z.infer<typeof Snapshot>
export type SnapshotContent = Omit<Snapshot, 'metadata'>
export type Locality = z.infer<typeof Locality>
export type Sector = z.infer<typeof Sector>
export type Agency = z.infer<typeof Agency>
export type LegalDocument = z.infer<typeof LegalDocument>
export type Decision = z.infer<typeof Decision>
export type AbolishedProcedure = z.infer<typeof AbolishedProcedure>
export type FileRef = z.infer<typeof FileRef>
export type Procedure = z.infer<typeof Procedure>
export type Method = z.infer<typeof Method>
export type ChannelTime = z.infer<typeof ChannelTime>
export type Fee = z.infer<typeof Fee>
export type ChannelFees = z.infer<typeof ChannelFees>
export type DossierCase = z.infer<typeof DossierCase>
export type Result = z.infer<typeof Result>
export type Application = z.infer<typeof Application>
export type LocalCatalogue = z.infer<typeof LocalCatalogue>
export type ChangeLogEntry = z.infer<typeof ChangeLogEntry>
export type ProcessingTime = z.infer<typeof ProcessingTime>
export type ServiceResultReport = z.infer<typeof ServiceResultReport>
export type ServiceResultRow = z.infer<typeof ServiceResultRow>

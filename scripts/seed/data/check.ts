/**
 * Referential-integrity check of the demo catalogue data.
 * Run from the repository root:  npx -y tsx@4 scripts/seed/data/check.ts
 * Exits with an error (thrown) listing every problem; otherwise prints the counts.
 */
import {
  agencies,
  appliedProcedures,
  decisions,
  forms,
  legalDocuments,
  localities,
  procedures,
  sectorGroups,
  sectors,
} from './index.ts'
import type { Level, SeedLocality, UnitType } from './index.ts'

const errors: string[] = []
const fail = (message: string): void => {
  errors.push(message)
}

const CODE_RE = /^\d\.\d{6}$/
const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/
const FORM_RE = /^[a-z0-9]+(-[a-z0-9]+)*\.docx$/
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/
const TOWN = 'thi-tran-dien-bien-dong'

function uniqueKeys<T>(label: string, items: T[], key: (item: T) => string): Set<string> {
  const seen = new Set<string>()
  for (const item of items) {
    const k = key(item)
    if (seen.has(k)) fail(`${label}: duplicate key "${k}"`)
    seen.add(k)
  }
  return seen
}
const isDate = (label: string, value: string | undefined): void => {
  if (value !== undefined && (!DATE_RE.test(value) || Number.isNaN(Date.parse(value)))) fail(`${label}: bad date "${value}"`)
}

// ------------------------------------------------------------------ keys
const localitySlugs = uniqueKeys('localities', localities, (l) => l.slug)
uniqueKeys('locality codes', localities, (l) => l.code)
const sectorSlugs = uniqueKeys('sectors', sectors, (s) => s.slug)
const agencyKeys = uniqueKeys('agencies', agencies, (a) => a.key)
const legalNumbers = uniqueKeys('legal documents', legalDocuments, (d) => d.number)
const formFiles = uniqueKeys('forms', forms, (f) => f.file)
const procedureCodes = uniqueKeys('procedures', procedures, (p) => p.code)
uniqueKeys('applied procedures', appliedProcedures, (a) => `${a.locality} ${a.procedure}`)
uniqueKeys('decisions', decisions, (d) => d.number)

// ------------------------------------------------------------------ localities
const CODE_LENGTH: Record<UnitType, number> = {
  province: 2, 'central-city': 2,
  district: 3, 'urban-district': 3, town: 3, 'provincial-city': 3,
  commune: 5, ward: 5, township: 5, 'special-zone': 5,
}
const tierOf = (l: SeedLocality): Level =>
  CODE_LENGTH[l.unitType] === 2 ? 'province' : CODE_LENGTH[l.unitType] === 3 ? 'district' : 'commune'
const bySlug = new Map(localities.map((l) => [l.slug, l]))
for (const l of localities) {
  if (!SLUG_RE.test(l.slug)) fail(`locality ${l.slug}: slug is not lowercase ASCII with hyphens`)
  if (!/^\d+$/.test(l.code) || l.code.length !== CODE_LENGTH[l.unitType]) fail(`locality ${l.slug}: code "${l.code}" has the wrong length for ${l.unitType}`)
  if (l.parent && !localitySlugs.has(l.parent)) fail(`locality ${l.slug}: unknown parent ${l.parent}`)
  if (l.parent && bySlug.get(l.parent) && tierOf(bySlug.get(l.parent)!) === tierOf(l)) fail(`locality ${l.slug}: parent has the same tier`)
  if (l.portalUrl && !/^https:\/\/[a-z0-9.-]+\.gov\.vn(\/|$)/.test(l.portalUrl)) fail(`locality ${l.slug}: portal URL is not on .gov.vn`)
  if (tierOf(l) === 'district' && l.dissolvedOn !== '2025-07-01') fail(`locality ${l.slug}: districts must have dissolvedOn 2025-07-01`)
  if (tierOf(l) === 'commune' && (!l.deskAddress || !l.phone || !l.openingHours || !l.portalUrl)) fail(`locality ${l.slug}: desk address, phone, hours and portal are required`)
  isDate(`locality ${l.slug}`, l.dissolvedOn)
}
const town = bySlug.get(TOWN)
if (!town) fail(`missing locality ${TOWN}`)
else if (town.parent !== 'huyen-dien-bien-dong') fail(`${TOWN} must belong to huyen-dien-bien-dong`)
const communeUnits = localities.filter((l) => tierOf(l) === 'commune')
if (communeUnits.length < 4) fail('at least four commune-level units are required')
if (!communeUnits.some((l) => l.parent && tierOf(bySlug.get(l.parent)!) === 'province')) fail('a post-2025 commune-level unit with the province as parent is required')
for (const type of ['ward', 'commune', 'township'] as const) if (!communeUnits.some((l) => l.unitType === type)) fail(`no commune-level unit of type ${type}`)

// ------------------------------------------------------------------ sectors, legal documents, forms
for (const s of sectors) if (!SLUG_RE.test(s.slug)) fail(`sector ${s.slug}: bad slug`)
for (const [group, slugs] of Object.entries(sectorGroups)) for (const s of slugs) if (!sectorSlugs.has(s)) fail(`sector group ${group}: unknown sector ${s}`)
for (const d of legalDocuments) {
  isDate(`legal ${d.number} issueDate`, d.issueDate)
  isDate(`legal ${d.number} effectiveDate`, d.effectiveDate)
  if (d.effectiveDate < d.issueDate) fail(`legal ${d.number}: effective before issued`)
  if (d.replacedBy && !legalNumbers.has(d.replacedBy)) fail(`legal ${d.number}: replacedBy ${d.replacedBy} is not in the list`)
  if (d.replacedBy && d.status !== 'replaced') fail(`legal ${d.number}: has replacedBy but status ${d.status}`)
  if (d.status === 'replaced' && !d.replacedBy) fail(`legal ${d.number}: status replaced without replacedBy`)
}
for (const f of forms) {
  if (!FORM_RE.test(f.file)) fail(`form ${f.file}: bad file name`)
  if (f.lines.length < 8 || f.lines.length > 20) fail(`form ${f.file}: ${f.lines.length} lines (8–20 expected)`)
  if (!f.title || f.title !== f.title.toUpperCase()) fail(`form ${f.file}: title must be upper case`)
}

// ------------------------------------------------------------------ procedures
const usedForms = new Set<string>()
const abolished = procedures.filter((p) => p.status === 'abolished')
if (abolished.length !== 1) fail(`exactly one abolished procedure expected, found ${abolished.length}`)
for (const p of procedures) {
  const at = `procedure ${p.code}`
  if (!CODE_RE.test(p.code)) fail(`${at}: code does not match d.dddddd`)
  if (p.localCode && !p.localCode.startsWith(`${p.code}.`)) fail(`${at}: localCode does not start with the national code`)
  if (!sectorSlugs.has(p.sector)) fail(`${at}: unknown sector ${p.sector}`)
  if (!p.levels.includes('commune')) fail(`${at}: levels do not include commune`)
  if (new Set(p.levels).size !== p.levels.length) fail(`${at}: duplicate levels`)
  for (const [role, keys] of Object.entries(p.agencies)) for (const k of keys ?? []) if (!agencyKeys.has(k)) fail(`${at}: unknown ${role} agency ${k}`)
  if (p.agencies.implementing.length === 0) fail(`${at}: no implementing agency`)
  if (p.steps.length < 3 || p.steps.length > 5) fail(`${at}: ${p.steps.length} steps (3–5 expected)`)
  p.steps.forEach((s, i) => { if (!s.startsWith(`Bước ${i + 1}:`)) fail(`${at}: step ${i + 1} is not numbered "Bước ${i + 1}:"`) })
  const channels = p.methods.map((m) => m.channel)
  if (new Set(channels).size !== channels.length) fail(`${at}: a channel is listed twice`)
  if (!channels.includes('direct')) fail(`${at}: no direct channel`)
  for (const m of p.methods) {
    if (!(m.time.value > 0)) fail(`${at}: ${m.channel} time must be positive`)
    if (m.fees.length === 0) fail(`${at}: ${m.channel} has no fee line (use 0 / "Miễn lệ phí")`)
    for (const f of m.fees) if (f.amount < 0 || !Number.isInteger(f.amount) || !f.description) fail(`${at}: bad fee ${JSON.stringify(f)}`)
  }
  const hasOnline = channels.includes('online')
  if (p.onlineServiceLevel === 'none' && hasOnline) fail(`${at}: online channel but onlineServiceLevel none`)
  if (p.onlineServiceLevel !== 'none' && !hasOnline) fail(`${at}: onlineServiceLevel ${p.onlineServiceLevel} without online channel`)
  if (p.dossierCases.length === 0) fail(`${at}: no dossier case`)
  for (const c of p.dossierCases) {
    if (c.components.length === 0) fail(`${at}: dossier case "${c.name}" is empty`)
    for (const comp of c.components) {
      if (comp.originals < 0 || comp.copies < 0) fail(`${at}: negative count in "${comp.name}"`)
      if (comp.form) {
        usedForms.add(comp.form)
        if (!formFiles.has(comp.form)) fail(`${at}: unknown form ${comp.form}`)
      }
    }
  }
  if (p.results.length === 0) fail(`${at}: no result`)
  if (p.legalBasis.length === 0) fail(`${at}: no legal basis`)
  for (const n of p.legalBasis) if (!legalNumbers.has(n)) fail(`${at}: legal basis ${n} is not in legal-documents.ts`)
  if (p.keywords.length === 0 || p.synonyms.length === 0) fail(`${at}: keywords and synonyms are required`)
  const terms = [...p.keywords, ...p.synonyms].map((t) => t.toLowerCase())
  if (new Set(terms).size !== terms.length) fail(`${at}: duplicate keyword or synonym`)
  for (const r of p.related ?? []) {
    if (!procedureCodes.has(r)) fail(`${at}: related ${r} is not in the list`)
    if (r === p.code) fail(`${at}: related to itself`)
  }
}
for (const f of formFiles) if (!usedForms.has(f)) fail(`form ${f} is not referenced by any dossier component`)
if (forms.length < 10) fail('at least 10 forms are required')

// ------------------------------------------------------------------ applied procedures
const byCode = new Map(procedures.map((p) => [p.code, p]))
const appliedCount = new Map<string, number>()
for (const a of appliedProcedures) {
  const at = `applied ${a.locality}/${a.procedure}`
  appliedCount.set(a.locality, (appliedCount.get(a.locality) ?? 0) + 1)
  const loc = bySlug.get(a.locality)
  const proc = byCode.get(a.procedure)
  if (!loc) { fail(`${at}: unknown locality`); continue }
  if (!proc) { fail(`${at}: unknown procedure`); continue }
  isDate(at, a.appliedFrom)
  if (proc.status === 'abolished') fail(`${at}: abolished procedure applied`)
  if (!proc.levels.includes(tierOf(loc))) fail(`${at}: procedure levels ${proc.levels.join(',')} do not include ${tierOf(loc)}`)
  if (loc.dissolvedOn && a.appliedFrom >= loc.dissolvedOn) fail(`${at}: applied after the locality was dissolved`)
  if (a.onlineServiceUrl && !proc.methods.some((m) => m.channel === 'online')) fail(`${at}: online URL for a procedure without online channel`)
  if (a.committedTime) {
    for (const m of proc.methods) {
      if (m.time.unit !== a.committedTime.unit) fail(`${at}: committed unit ${a.committedTime.unit} differs from ${m.channel} unit ${m.time.unit}`)
      else if (a.committedTime.value > m.time.value) fail(`${at}: committed ${a.committedTime.value} > ${m.channel} time ${m.time.value}`)
    }
  }
}
if (appliedCount.get(TOWN) !== 45) fail(`${TOWN} must apply exactly 45 procedures (found ${appliedCount.get(TOWN) ?? 0})`)
for (const l of communeUnits) {
  if (l.slug === TOWN) continue
  const n = appliedCount.get(l.slug) ?? 0
  if (n < 20 || n > 40) fail(`${l.slug} applies ${n} procedures (20–40 expected)`)
}
const townCommitments = appliedProcedures.filter((a) => a.locality === TOWN && a.committedTime)
const shorterThanLegal = (code: string): boolean =>
  townCommitments.some((a) => a.procedure === code && byCode.get(code)!.methods.every((m) => a.committedTime!.value < m.time.value))
if (!townCommitments.some((a) => byCode.get(a.procedure)!.sector === 'cu-tru' && a.committedTime!.value === 1 && shorterThanLegal(a.procedure)))
  fail(`${TOWN}: missing same-day residence commitment shorter than the legal time`)
if (!townCommitments.some((a) => byCode.get(a.procedure)!.sector === 'dat-dai' && a.committedTime!.value === 5 && a.committedTime!.unit === 'working-day' && shorterThanLegal(a.procedure)))
  fail(`${TOWN}: missing 5-working-day land commitment shorter than the legal time`)

// ------------------------------------------------------------------ decisions
for (const d of decisions) {
  const at = `decision ${d.number}`
  if (!/^\d+\/QĐ-[A-ZĐ]+$/.test(d.number)) fail(`${at}: unusual number format`)
  if (!localitySlugs.has(d.locality)) fail(`${at}: unknown locality ${d.locality}`)
  isDate(`${at} signedDate`, d.signedDate)
  isDate(`${at} effectiveDate`, d.effectiveDate)
  if (d.effectiveDate < d.signedDate) fail(`${at}: effective before signed`)
  uniqueKeys(`${at} entries`, d.entries, (e) => e.procedure)
  for (const e of d.entries) {
    const p = byCode.get(e.procedure)
    if (!p) fail(`${at}: unknown procedure ${e.procedure}`)
    if ((e.change === 'amended' || e.change === 'replaced') && !e.whatChanged) fail(`${at}: ${e.procedure} ${e.change} without whatChanged`)
    if (p && (e.change === 'abolished') !== (p.status === 'abolished')) fail(`${at}: ${e.procedure} change ${e.change} does not match procedure status`)
  }
}
const ann = decisions.filter((d) => d.kind === 'announcement')
if (ann.length < 1) fail('an announcement decision is required')
for (const d of ann) {
  if (d.issuer !== 'Chủ tịch UBND tỉnh Điện Biên' || d.locality !== 'tinh-dien-bien') fail(`decision ${d.number}: announcement must be issued by the province chairman`)
  if (d.entries.length < 15) fail(`decision ${d.number}: at least 15 entries expected`)
  for (const c of ['new', 'amended', 'replaced', 'abolished'] as const) if (!d.entries.some((e) => e.change === c)) fail(`decision ${d.number}: no ${c} entry`)
}
const app = decisions.find((d) => d.kind === 'application' && d.locality === TOWN)
if (!app) fail(`an application decision for ${TOWN} is required`)
else {
  const applied = new Set(appliedProcedures.filter((a) => a.locality === TOWN).map((a) => a.procedure))
  for (const e of app.entries) if (!applied.has(e.procedure)) fail(`application decision lists ${e.procedure}, not applied by ${TOWN}`)
  for (const a of appliedProcedures.filter((x) => x.locality === TOWN)) if (a.appliedFrom < app.effectiveDate) fail(`${TOWN}/${a.procedure}: applied before the application decision took effect`)
}

// ------------------------------------------------------------------ counts
const perSector = new Map<string, number>()
for (const p of procedures) perSector.set(p.sector, (perSector.get(p.sector) ?? 0) + 1)
const MIN_PER_GROUP: Record<string, number> = {
  'ho-tich': 16, 'chung-thuc': 8, 'cu-tru': 6, 'dat-dai-xay-dung': 8, 'lao-dong-thuong-binh-xa-hoi': 12, 'van-hoa': 5, khac: 1,
}
const perGroup = new Map<string, number>()
for (const [group, slugs] of Object.entries(sectorGroups)) perGroup.set(group, slugs.reduce((n, s) => n + (perSector.get(s) ?? 0), 0))
for (const [group, min] of Object.entries(MIN_PER_GROUP)) if ((perGroup.get(group) ?? 0) < min) fail(`group ${group}: ${perGroup.get(group) ?? 0} procedures (at least ${min})`)
const grouped = new Set(Object.values(sectorGroups).flat())
for (const s of perSector.keys()) if (!grouped.has(s)) fail(`sector ${s} is in no group`)
if (procedures.length < 64) fail(`at least 64 procedures are required (found ${procedures.length})`)

console.log(`procedures: ${procedures.length} (in force ${procedures.length - abolished.length}, abolished ${abolished.length})`)
console.log('per group:')
for (const [group, n] of perGroup) console.log(`  ${group.padEnd(30)} ${n}`)
console.log('per sector:')
for (const s of sectors) console.log(`  ${s.slug.padEnd(30)} ${perSector.get(s.slug) ?? 0}`)
console.log(`localities: ${localities.length} (commune level ${communeUnits.length}); sectors: ${sectors.length}; agencies: ${agencies.length}`)
console.log(`legal documents: ${legalDocuments.length}; forms: ${forms.length}; decisions: ${decisions.length}`)
console.log('applied procedures:')
for (const [loc, n] of appliedCount) console.log(`  ${loc.padEnd(30)} ${n}`)

if (errors.length > 0) {
  throw new Error(`${errors.length} problem(s):\n- ${errors.join('\n- ')}`)
}
console.log('OK: all referential-integrity checks passed')

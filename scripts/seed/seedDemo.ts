import type { Payload, PayloadRequest } from 'payload'

import { orderedListToLexical, paragraphsToLexical } from '../../cms/lib/lexical'
import { agencies } from './data/agencies'
import { appliedProcedures } from './data/applied'
import { decisions } from './data/decisions'
import { forms } from './data/forms'
import { legalDocuments } from './data/legal-documents'
import { localities } from './data/localities'
import { procedures } from './data/procedures'
import { qualityDocuments } from './data/quality-documents'
import { sectors } from './data/sectors'
import { DEMO_PASSWORD, demoUsers } from './demoUsers'
import { renderForm } from './forms'
import { nextReviewDate } from '../../cms/collections/QualityDocuments/types'
import { markReviewsDue } from '../../cms/collections/ReviewTasks/reviewTasks'
import { vietnamDay } from '../../cms/lib/dates'
import { inSystemTransaction, inTransaction } from '../../cms/lib/transaction'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** Dates in the data are yyyy-mm-dd; stored at UTC midnight so they read the same in every zone. */
const day = (date: string | undefined) => (date ? `${date}T00:00:00.000Z` : undefined)

/**
 * Loads the demo catalogue of Điện Biên through the Local API, so every hook and rule runs as it
 * would for an officer. Relations in the data use natural keys; this resolves them to IDs.
 */
export async function seedDemo(payload: Payload, log: (message: string) => void = () => {}, req?: PayloadRequest): Promise<void> {
  // One transaction (the caller's, when given): a failure midway leaves the database as it was.
  if (req) return inTransaction(req, () => load(payload, req, log))
  return inSystemTransaction(payload, (system) => load(payload, system, log))
}

async function load(payload: Payload, req: PayloadRequest, log: (message: string) => void): Promise<void> {
  const ids = {
    locality: new Map<string, string>(),
    sector: new Map<string, string>(),
    agency: new Map<string, string>(),
    legal: new Map<string, string>(),
    form: new Map<string, string>(),
    procedure: new Map<string, string>(),
    decision: new Map<string, string>(),
    user: new Map<string, string>(),
  }
  const need = (map: Map<string, string>, key: string, what: string) => {
    const id = map.get(key)
    if (!id) throw new Error(`Dữ liệu mẫu tham chiếu ${what} "${key}" không tồn tại.`)
    return id
  }

  // Parents before children: the locality rules check the parent's tier.
  const pending = [...localities]
  while (pending.length) {
    const index = pending.findIndex((l) => !l.parent || ids.locality.has(l.parent))
    if (index < 0) throw new Error('Dữ liệu mẫu: đơn vị cấp trên của một địa phương không tồn tại.')
    const [l] = pending.splice(index, 1)
    const doc = await payload.create({
      req,
      collection: 'localities',
      data: {
        name: l.name,
        slug: l.slug,
        unitType: l.unitType,
        code: l.code,
        parent: l.parent ? ids.locality.get(l.parent) : undefined,
        portalUrl: l.portalUrl,
        deskAddress: l.deskAddress,
        phone: l.phone,
        openingHours: l.openingHours,
        dissolvedOn: day(l.dissolvedOn),
      },
    })
    ids.locality.set(l.slug, doc.id)
  }
  log(`${localities.length} địa phương`)

  for (const s of sectors) {
    ids.sector.set(s.slug, (await payload.create({ req, collection: 'sectors', data: { name: s.name, slug: s.slug, code: s.code } })).id)
  }
  for (const a of agencies) {
    ids.agency.set(a.key, (await payload.create({ req, collection: 'agencies', data: { name: a.name, level: a.level } })).id)
  }
  for (const d of legalDocuments) {
    const doc = await payload.create({
      req,
      collection: 'legal-documents',
      // A replacing document may come later in the list; the link is set in a second pass.
      data: { number: d.number, kind: d.kind, title: d.title, issuer: d.issuer, issueDate: day(d.issueDate)!, effectiveDate: day(d.effectiveDate), status: d.status === 'replaced' ? 'expired' : d.status },
    })
    ids.legal.set(d.number, doc.id)
  }
  for (const d of legalDocuments.filter((d) => d.status === 'replaced')) {
    await payload.update({
      req,
      collection: 'legal-documents',
      id: need(ids.legal, d.number, 'văn bản'),
      data: { status: 'replaced', replacedBy: d.replacedBy ? need(ids.legal, d.replacedBy, 'văn bản') : undefined },
    })
  }
  log(`${sectors.length} lĩnh vực, ${agencies.length} cơ quan, ${legalDocuments.length} văn bản pháp luật`)

  for (const f of forms) {
    const data = await renderForm(f)
    const doc = await payload.create({
      req,
      collection: 'media',
      data: { title: f.title },
      file: { data, mimetype: DOCX, name: f.file, size: data.length },
    })
    ids.form.set(f.file, doc.id)
  }
  log(`${forms.length} mẫu đơn, tờ khai`)

  for (const p of procedures) {
    const doc = await payload.create({
      req,
      collection: 'procedures',
      data: {
        code: p.code,
        localCode: p.localCode,
        name: p.name,
        validity: p.status ?? 'in-force',
        levels: p.levels,
        sector: need(ids.sector, p.sector, 'lĩnh vực'),
        formalityType: p.formalityType,
        subjects: p.subjects,
        description: p.description,
        onlineServiceLevel: p.onlineServiceLevel,
        agencies: {
          implementing: p.agencies.implementing.map((k) => need(ids.agency, k, 'cơ quan')),
          competent: (p.agencies.competent ?? []).map((k) => need(ids.agency, k, 'cơ quan')),
          coordinating: (p.agencies.coordinating ?? []).map((k) => need(ids.agency, k, 'cơ quan')),
          authorised: (p.agencies.authorised ?? []).map((k) => need(ids.agency, k, 'cơ quan')),
        },
        steps: orderedListToLexical(p.steps),
        methods: p.methods.map((m) => ({
          channel: m.channel,
          processingTime: m.time.value,
          processingTimeUnit: m.time.unit,
          description: m.description,
          fees: m.fees.map((f) => ({ amount: f.amount, description: f.description })),
        })),
        dossierCases: p.dossierCases.map((c) => ({
          name: c.name,
          components: c.components.map((component) => ({
            name: component.name,
            description: component.description,
            originals: component.originals,
            copies: component.copies,
            required: component.required,
            form: component.form ? need(ids.form, component.form, 'mẫu đơn') : undefined,
          })),
        })),
        results: p.results.map((r) => ({ name: r.name, code: r.code })),
        requirements: p.requirements ? paragraphsToLexical(p.requirements.split('\n').filter(Boolean)) : undefined,
        legalBasis: p.legalBasis.map((n) => need(ids.legal, n, 'văn bản')),
        keywords: p.keywords,
        synonyms: p.synonyms,
        _status: 'published',
      },
    })
    ids.procedure.set(p.code, doc.id)
  }
  for (const p of procedures.filter((p) => p.related?.length)) {
    await payload.update({
      req,
      collection: 'procedures',
      id: need(ids.procedure, p.code, 'thủ tục'),
      data: { relatedProcedures: p.related!.map((code) => need(ids.procedure, code, 'thủ tục')) },
    })
  }
  log(`${procedures.length} thủ tục hành chính`)

  for (const d of decisions) {
    const doc = await payload.create({
      req,
      collection: 'decisions',
      data: {
        number: d.number,
        kind: d.kind,
        title: d.title,
        issuer: d.issuer,
        locality: need(ids.locality, d.locality, 'địa phương'),
        signedDate: day(d.signedDate)!,
        effectiveDate: day(d.effectiveDate)!,
        entries: d.entries.map((e) => ({ procedure: need(ids.procedure, e.procedure, 'thủ tục'), change: e.change, whatChanged: e.whatChanged })),
        _status: 'published',
      },
    })
    ids.decision.set(d.number, doc.id)
  }
  log(`${decisions.length} quyết định`)

  const applied = new Map<string, string>()
  for (const a of appliedProcedures) {
    const localityID = need(ids.locality, a.locality, 'địa phương')
    const applying = decisions.find((d) => d.kind === 'application' && d.locality === a.locality)
    const doc = await payload.create({
      req,
      collection: 'applied-procedures',
      data: {
        locality: localityID,
        procedure: need(ids.procedure, a.procedure, 'thủ tục'),
        receivingAddress: a.receivingAddress,
        committedTime: a.committedTime,
        localNotes: a.localNotes,
        officerInCharge: a.officerInCharge,
        onlineServiceUrl: a.onlineServiceUrl,
        appliedFrom: day(a.appliedFrom),
        applyingDecision: applying ? ids.decision.get(applying.number) : undefined,
        _status: 'published',
      },
    })
    applied.set(`${a.locality}/${a.procedure}`, doc.id)
  }
  log(`${appliedProcedures.length} thủ tục áp dụng tại địa phương`)

  for (const u of demoUsers) {
    const doc = await payload.create({
      req,
      collection: 'users',
      data: {
        email: u.email,
        password: DEMO_PASSWORD,
        name: u.name,
        position: u.position,
        roles: u.roles,
        localities: (u.localities ?? []).map((slug) => need(ids.locality, slug, 'địa phương')),
      },
    })
    ids.user.set(u.email, doc.id)
  }
  log(`${demoUsers.length} tài khoản mẫu`)

  // Issued ISO documents: written as the workflow would have left them (prepared by the town's
  // officer, reviewed and approved by others), with their issue in the register.
  const person = (email: string) => need(ids.user, email, 'tài khoản')
  for (const q of qualityDocuments) {
    const at = day(q.issueDate)!
    const workflow = {
      state: 'published' as const,
      changeSummary: q.change,
      changeReason: q.reason,
      authors: [person('canbo.dienbiendong@demo.gov.vn')],
      submittedBy: person('canbo.dienbiendong@demo.gov.vn'),
      submittedAt: at,
      reviewedBy: person('xemxet@demo.gov.vn'),
      reviewedAt: at,
      approvedBy: person('chutich.dienbiendong@demo.gov.vn'),
      approvedAt: at,
      publishedBy: person('chutich.dienbiendong@demo.gov.vn'),
      publishedAt: at,
    }
    const doc = await payload.create({
      req,
      collection: 'quality-documents',
      data: {
        code: q.code,
        title: q.title,
        docType: q.docType,
        locality: need(ids.locality, q.locality, 'địa phương'),
        ownerUnit: q.ownerUnit,
        appliedProcedure: q.applied ? need(applied, `${q.locality}/${q.applied}`, 'thủ tục áp dụng') : undefined,
        procedures: q.applied ? [need(ids.procedure, q.applied, 'thủ tục')] : [],
        legalBasis: q.legalBasis.map((n) => need(ids.legal, n, 'văn bản')),
        purpose: paragraphsToLexical(q.purpose),
        scope: paragraphsToLexical(q.scope),
        references: paragraphsToLexical(q.references),
        definitions: paragraphsToLexical(q.definitions),
        content: paragraphsToLexical(q.content),
        steps: q.steps,
        forms: q.forms,
        records: q.records,
        issueNumber: 1,
        issueDate: at,
        effectiveDate: at,
        reviewIntervalMonths: q.reviewIntervalMonths,
        nextReviewDate: day(nextReviewDate(q.issueDate, q.reviewIntervalMonths)),
        documentStatus: 'effective',
        workflow,
        _status: 'published',
      },
    })
    await payload.create({
      req,
      collection: 'quality-document-issues',
      data: {
        document: doc.id,
        label: `${q.code} – lần ban hành 01`,
        code: q.code,
        issueNumber: 1,
        issueDate: at,
        effectiveDate: at,
        issueStatus: 'effective',
        change: q.change,
        reason: q.reason,
        preparedBy: workflow.authors,
        reviewedBy: workflow.reviewedBy,
        approvedBy: workflow.approvedBy,
      },
    })
  }
  const review = await markReviewsDue(payload, { today: vietnamDay(new Date()), req })
  log(`${qualityDocuments.length} tài liệu ISO (${review.created} cần rà soát)`)
}

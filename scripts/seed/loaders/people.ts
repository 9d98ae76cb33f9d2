import { nextReviewDate } from '../../../cms/collections/QualityDocuments/types'
import { startReading } from '../../../cms/collections/ReadAcknowledgements/acknowledgements'
import { vietnamDay } from '../../../cms/lib/dates'
import { paragraphsToLexical } from '../../../cms/lib/lexical'
import { qualityDocuments as demoQuality } from '../data/quality-documents'
import { units as demoUnits } from '../data/units'
import { DEMO_PASSWORD, demoUsers } from '../demoUsers'
import { day, type Keys } from './keys'
import { upsert, type Loader } from './upsert'

/** Units (Bộ phận) by locality and name. */
export async function loadUnits(loader: Loader, keys: Keys, units = demoUnits): Promise<void> {
  for (const u of units) {
    const locality = keys.need('locality', u.locality, 'địa phương')
    const id = await upsert(
      loader,
      'units',
      { and: [{ locality: { equals: locality } }, { name: { equals: u.name } }] },
      { name: u.name, locality },
    )
    keys.set('unit', `${u.locality}/${u.name}`, id)
  }
}

/** Accounts by email. The password is set on creation only: a reload never resets one a person changed. */
export async function loadUsers(loader: Loader, keys: Keys, users = demoUsers): Promise<void> {
  for (const u of users) {
    const id = await upsert(
      loader,
      'users',
      { email: { equals: u.email } },
      {
        email: u.email,
        name: u.name,
        position: u.position,
        roles: u.roles,
        localities: (u.localities ?? []).map((slug) => keys.need('locality', slug, 'địa phương')),
        unit: u.unit
          ? keys.need('unit', `${u.localities?.[0] ?? ''}/${u.unit}`, 'bộ phận')
          : undefined,
      },
      { createOnly: { password: DEMO_PASSWORD } },
    )
    keys.set('user', u.email, id)
  }
}

/**
 * Issued ISO documents by code, written as the workflow would have left them (prepared by the
 * town's officer, reviewed and approved by others), with their first issue in the register.
 */
export async function loadQualityDocuments(
  loader: Loader,
  keys: Keys,
  qualityDocuments = demoQuality,
): Promise<void> {
  const person = (email: string) => keys.need('user', email, 'tài khoản')
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
    const id = await upsert(
      loader,
      'quality-documents',
      { code: { equals: q.code } },
      {
        code: q.code,
        title: q.title,
        docType: q.docType,
        locality: keys.need('locality', q.locality, 'địa phương'),
        ownerUnit: q.ownerUnit,
        appliedProcedure: q.applied
          ? keys.need('applied', `${q.locality}/${q.applied}`, 'thủ tục áp dụng')
          : undefined,
        procedures: q.applied ? [keys.need('procedure', q.applied, 'thủ tục')] : [],
        legalBasis: q.legalBasis.map((n) => keys.need('legal', n, 'văn bản')),
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
    )
    const issueID = await upsert(
      loader,
      'quality-document-issues',
      { and: [{ document: { equals: id } }, { issueNumber: { equals: 1 } }] },
      {
        document: id,
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
    )
    // The issue is in force: the locality's officers get their read-and-understood task, from the
    // day of the load (once: a reload finds the issue's reading started).
    const issue = await loader.payload.findByID({
      collection: 'quality-document-issues',
      id: issueID,
      depth: 0,
      req: loader.req,
    })
    await startReading(loader.req, issue, vietnamDay(new Date()))
  }
}

import { orderedListToLexical, paragraphsToLexical } from '../../../cms/lib/lexical'
import { appliedProcedures as demoApplied } from '../data/applied'
import { decisions as demoDecisions } from '../data/decisions'
import { procedures as demoProcedures } from '../data/procedures'
import type { SeedProcedure } from '../data/types'
import { day, type Keys } from './keys'
import { upsert, type Loader } from './upsert'

const procedureData = (p: SeedProcedure, keys: Keys) => ({
  code: p.code,
  localCode: p.localCode,
  name: p.name,
  validity: p.status ?? 'in-force',
  levels: p.levels,
  sector: keys.need('sector', p.sector, 'lĩnh vực'),
  formalityType: p.formalityType,
  subjects: p.subjects,
  description: p.description,
  onlineServiceLevel: p.onlineServiceLevel,
  agencies: {
    implementing: p.agencies.implementing.map((k) => keys.need('agency', k, 'cơ quan')),
    competent: (p.agencies.competent ?? []).map((k) => keys.need('agency', k, 'cơ quan')),
    coordinating: (p.agencies.coordinating ?? []).map((k) => keys.need('agency', k, 'cơ quan')),
    authorised: (p.agencies.authorised ?? []).map((k) => keys.need('agency', k, 'cơ quan')),
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
      form: component.form ? keys.need('form', component.form, 'mẫu đơn') : undefined,
    })),
  })),
  results: p.results.map((r) => ({ name: r.name, code: r.code })),
  requirements: p.requirements
    ? paragraphsToLexical(p.requirements.split('\n').filter(Boolean))
    : undefined,
  legalBasis: p.legalBasis.map((n) => keys.need('legal', n, 'văn bản')),
  keywords: p.keywords,
  synonyms: p.synonyms,
  _status: 'published',
})

/** Procedures by national code; related procedures, which may refer ahead, in a second pass. */
export async function loadProcedures(
  loader: Loader,
  keys: Keys,
  procedures = demoProcedures,
): Promise<void> {
  for (const p of procedures) {
    keys.set(
      'procedure',
      p.code,
      await upsert(loader, 'procedures', { code: { equals: p.code } }, procedureData(p, keys)),
    )
  }
  for (const p of procedures.filter((p) => p.related?.length)) {
    await upsert(
      loader,
      'procedures',
      { code: { equals: p.code } },
      {
        relatedProcedures: p.related!.map((code) => keys.need('procedure', code, 'thủ tục')),
        _status: 'published',
      },
    )
  }
}

export async function loadDecisions(
  loader: Loader,
  keys: Keys,
  decisions = demoDecisions,
): Promise<void> {
  for (const d of decisions) {
    const id = await upsert(
      loader,
      'decisions',
      { number: { equals: d.number } },
      {
        number: d.number,
        kind: d.kind,
        title: d.title,
        issuer: d.issuer,
        locality: keys.need('locality', d.locality, 'địa phương'),
        signedDate: day(d.signedDate),
        effectiveDate: day(d.effectiveDate),
        entries: d.entries.map((e) => ({
          procedure: keys.need('procedure', e.procedure, 'thủ tục'),
          change: e.change,
          whatChanged: e.whatChanged,
        })),
        _status: 'published',
      },
    )
    keys.set('decision', d.number, id)
  }
}

/** Applied procedures by (locality, procedure), linked to the locality's applying decision. */
export async function loadAppliedProcedures(
  loader: Loader,
  keys: Keys,
  applied = demoApplied,
  decisions = demoDecisions,
): Promise<void> {
  for (const a of applied) {
    const locality = keys.need('locality', a.locality, 'địa phương')
    const procedure = keys.need('procedure', a.procedure, 'thủ tục')
    const applying = decisions.find((d) => d.kind === 'application' && d.locality === a.locality)
    const id = await upsert(
      loader,
      'applied-procedures',
      { and: [{ locality: { equals: locality } }, { procedure: { equals: procedure } }] },
      {
        locality,
        procedure,
        receivingAddress: a.receivingAddress,
        committedTime: a.committedTime,
        localNotes: a.localNotes,
        officerInCharge: a.officerInCharge,
        onlineServiceUrl: a.onlineServiceUrl,
        appliedFrom: day(a.appliedFrom),
        applyingDecision: applying
          ? keys.need('decision', applying.number, 'quyết định')
          : undefined,
        _status: 'published',
      },
    )
    keys.set('applied', `${a.locality}/${a.procedure}`, id)
  }
}

import type { PayloadRequest } from 'payload'

import type {
  LocalityTemplateInput,
  TemplateApplication,
  TemplateMasterProcedure,
} from '../../import/formats/localityExcel'
import { idOf } from '../../lib/idOf'
import type { Locality } from '../../payload-types'
import { tierOf } from './tier'

/**
 * What a locality's import template shows, read with the requesting officer's access: the
 * locality's current applications (the latest version of each, drafts included, as the admin
 * shows them) and the province's published, in-force master procedures of the locality's tier.
 */
export async function localityTemplateInput(
  req: PayloadRequest,
  locality: Pick<Locality, 'id' | 'name' | 'code' | 'unitType'>,
): Promise<LocalityTemplateInput> {
  const { payload } = req
  const [applied, master] = await Promise.all([
    payload.find({
      collection: 'applied-procedures',
      where: { locality: { equals: locality.id } },
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      req,
    }),
    payload.find({
      collection: 'procedures',
      where: {
        and: [
          { validity: { equals: 'in-force' } },
          { levels: { in: [tierOf(locality.unitType)] } },
          { _status: { equals: 'published' } },
        ],
      },
      draft: false,
      depth: 0,
      pagination: false,
      sort: 'code',
      overrideAccess: false,
      req,
    }),
  ])

  const procedureIDs = [
    ...new Set(
      applied.docs.map((a) => idOf(a.procedure)).filter((id): id is string => id !== null),
    ),
  ]
  const decisionIDs = [
    ...new Set(applied.docs.map((a) => idOf(a.applyingDecision)).filter(Boolean)),
  ]
  const sectorIDs = [
    ...new Set(master.docs.map((p) => idOf(p.sector)).filter((id): id is string => id !== null)),
  ]
  const [appliedProcedures, decisions, sectors] = await Promise.all([
    // An applied master may since be a draft or abolished: its code and name are still the row's
    // key, and they are no secret (validateApplication reads the master the same way).
    procedureIDs.length
      ? payload.find({
          collection: 'procedures',
          where: { id: { in: procedureIDs } },
          depth: 0,
          pagination: false,
          select: { code: true, name: true },
          overrideAccess: true,
          req,
        })
      : { docs: [] },
    decisionIDs.length
      ? payload.find({
          collection: 'decisions',
          where: { id: { in: decisionIDs } },
          depth: 0,
          pagination: false,
          select: { number: true },
          overrideAccess: false,
          req,
        })
      : { docs: [] },
    sectorIDs.length
      ? payload.find({
          collection: 'sectors',
          where: { id: { in: sectorIDs } },
          depth: 0,
          pagination: false,
          overrideAccess: false,
          req,
        })
      : { docs: [] },
  ])
  const procedureByID = new Map(appliedProcedures.docs.map((p) => [String(p.id), p]))
  const decisionNumber = new Map(decisions.docs.map((d) => [String(d.id), d.number]))
  const sectorName = new Map(sectors.docs.map((s) => [String(s.id), s.name]))

  const applications: TemplateApplication[] = applied.docs.flatMap((doc) => {
    const procedure = procedureByID.get(idOf(doc.procedure) ?? '')
    if (!procedure) return []
    const time = doc.committedTime
    return [
      {
        locality: locality.code,
        procedure: procedure.code,
        procedureName: procedure.name,
        appliedFrom: doc.appliedFrom ? doc.appliedFrom.slice(0, 10) : null,
        applyingDecision: decisionNumber.get(idOf(doc.applyingDecision) ?? '') ?? null,
        committedTime:
          typeof time?.value === 'number' && time.unit
            ? { value: time.value, unit: time.unit }
            : null,
        receivingAddress: doc.receivingAddress || null,
        officerInCharge: doc.officerInCharge || null,
        unitInCharge: doc.unitInCharge || null,
        onlineServiceUrl: doc.onlineServiceUrl || null,
        localNotes: doc.localNotes || null,
      },
    ]
  })

  const masterRows: TemplateMasterProcedure[] = master.docs.map((p) => ({
    code: p.code,
    name: p.name,
    sector: sectorName.get(idOf(p.sector) ?? '') ?? null,
    methods: (p.methods ?? []).map((m) => ({
      channel: m.channel,
      processingTime: typeof m.processingTime === 'number' ? m.processingTime : null,
      processingTimeUnit: m.processingTimeUnit ?? null,
      processingTimeText: m.processingTimeText || null,
    })),
  }))

  return {
    locality: { name: locality.name, code: locality.code },
    applications,
    master: masterRows,
  }
}

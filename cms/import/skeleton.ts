/**
 * What the list readers share: a procedure known only by code, name, sector, implementing agency
 * (and level, when the source says) becomes a skeleton whose every other part is unknown with the
 * source that left it out, never a default; and a code as written is read as a national code with
 * its provincial suffix kept. Pure.
 */
import type { ProcedureLevel } from '../../content-schemas/enumerations'
import { LOCAL_CODE, nationalCodeError } from '../collections/Procedures/code'
import { NO_GAP, unknownGap, type ImportedProcedure } from './records'

/** A code as written, read: the national code, and the whole code when it has a local suffix. */
export type ReadCode = { code: string; localCode: string | null } | { error: string }

/**
 * "1.001193" → national; "1.000894.000.00.00.H56" → national 1.000894 with the whole as local code;
 * anything else (or nothing) → the Vietnamese message of `nationalCodeError`.
 */
export function readProcedureCode(written: string): ReadCode {
  const code = written.trim()
  const local = LOCAL_CODE.exec(code)
  if (local) return { code: local[1], localCode: code }
  const error = nationalCodeError(code)
  return error ? { error } : { code, localCode: null }
}

/** Agency names in one cell: separated by semicolons or line breaks, each once. */
export const splitAgencies = (text: string): string[] => [
  ...new Set(
    text
      .split(/[;\n]/)
      .map((a) => a.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
  ),
]

export interface SkeletonFacts {
  code: string
  localCode: string | null
  name: string
  sector: string
  /** [] when the source does not say: the officer chooses before submitting */
  levels: ProcedureLevel[]
  implementing: string[]
}

/**
 * The skeleton of a procedure: what the source states, every other part unknown with `source`
 * (e.g. "Danh sách TTHC xuất từ CSDL quốc gia, tệp X, dòng 7").
 */
export function skeletonProcedure(facts: SkeletonFacts, source: string): ImportedProcedure {
  const unknown = unknownGap(source)
  return {
    code: facts.code,
    localCode: facts.localCode,
    name: facts.name,
    validity: 'in-force',
    levels: facts.levels,
    sector: facts.sector,
    formalityType: null,
    onlineServiceLevel: null,
    subjects: [],
    subjectsGap: unknown,
    description: null,
    agencies: {
      implementing: facts.implementing,
      competent: [],
      coordinating: [],
      authorised: [],
      implementingGap: facts.implementing.length ? NO_GAP : unknown,
    },
    steps: null,
    stepsGap: unknown,
    methods: [],
    methodsGap: unknown,
    dossierCases: [],
    dossierGap: unknown,
    results: [],
    resultsGap: unknown,
    requirements: null,
    requirementsGap: unknown,
    legalBasis: [],
    keywords: [],
    synonyms: [],
    relatedProcedures: [],
  }
}

/**
 * Nghị định 63/2010/NĐ-CP Art. 8(2): the parts every announced procedure must state. Forms,
 * result templates, requirements and fees are required only "where the procedure has them",
 * so they are not checked here.
 */
export const REQUIRED_PARTS = {
  name: 'Tên thủ tục',
  steps: 'Trình tự thực hiện',
  methods: 'Cách thức thực hiện',
  dossier: 'Thành phần, số lượng hồ sơ',
  processingTime: 'Thời hạn giải quyết',
  subjects: 'Đối tượng thực hiện',
  implementingAgency: 'Cơ quan thực hiện',
  results: 'Kết quả thực hiện',
} as const
export type RequiredPart = keyof typeof REQUIRED_PARTS

export interface MissingPart {
  part: RequiredPart
  /** the field path in the procedure, for the admin to highlight */
  path: string
  message: string
}

/** Loose shape: works for a Payload document at any depth and for incoming form data. */
export interface ProcedureParts {
  name?: string | null
  steps?: unknown
  methods?:
    | {
        channel?: string | null
        processingTime?: number | null
        processingTimeUnit?: string | null
      }[]
    | null
  dossierCases?: { name?: string | null; components?: { name?: string | null }[] | null }[] | null
  subjects?: string[] | null
  agencies?: { implementing?: unknown[] | null } | null
  results?: { name?: string | null }[] | null
}

/** True when a Lexical editor state (or plain string) holds any visible text. */
export function richTextHasText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== ''
  if (!value || typeof value !== 'object') return false
  const node = value as { text?: unknown; root?: unknown; children?: unknown[] }
  if (typeof node.text === 'string' && node.text.trim() !== '') return true
  if (node.root) return richTextHasText(node.root)
  return Array.isArray(node.children) && node.children.some(richTextHasText)
}

const filled = (text: string | null | undefined) => typeof text === 'string' && text.trim() !== ''

export function missingRequiredParts(procedure: ProcedureParts): MissingPart[] {
  const missing: MissingPart[] = []
  const add = (part: RequiredPart, path: string, detail?: string) =>
    missing.push({
      part,
      path,
      message: `Thiếu "${REQUIRED_PARTS[part]}"${detail ? `: ${detail}` : ''}.`,
    })

  if (!filled(procedure.name)) add('name', 'name')
  if (!richTextHasText(procedure.steps)) add('steps', 'steps')

  const methods = procedure.methods ?? []
  if (methods.length === 0) add('methods', 'methods', 'cần ít nhất một cách thức nộp hồ sơ')
  methods.forEach((method, index) => {
    if (
      typeof method.processingTime !== 'number' ||
      method.processingTime < 0 ||
      !method.processingTimeUnit
    ) {
      add(
        'processingTime',
        `methods.${index}.processingTime`,
        `cách thức thứ ${index + 1} chưa có thời hạn`,
      )
    }
  })

  const cases = procedure.dossierCases ?? []
  const components = cases.flatMap((c) => c.components ?? []).filter((c) => filled(c.name))
  if (components.length === 0) add('dossier', 'dossierCases', 'cần ít nhất một thành phần hồ sơ')

  if ((procedure.subjects ?? []).length === 0) add('subjects', 'subjects')
  if ((procedure.agencies?.implementing ?? []).length === 0)
    add('implementingAgency', 'agencies.implementing')
  if (!(procedure.results ?? []).some((r) => filled(r.name))) add('results', 'results')
  return missing
}

import { channelLabels } from '../../../content-schemas/enumerations'
import { localCodeError, nationalCodeError } from './code'

type Method = { channel?: keyof typeof channelLabels | null; description?: string | null }

export interface ProcedureRuleError {
  path: string
  message: string
}

/**
 * The rules a procedure's own fields must meet on every save, draft or not: its identity (codes)
 * and one description per row when a channel comes back once per case. A pure function, so the
 * save hook (validateProcedure) and an import's dry run judge a procedure alike.
 */
export function procedureErrors(data: {
  code?: unknown
  localCode?: unknown
  methods?: Method[] | null
}): ProcedureRuleError[] {
  const errors: ProcedureRuleError[] = []
  const codeMessage = nationalCodeError(data.code)
  if (codeMessage) errors.push({ path: 'code', message: codeMessage })
  const localMessage = localCodeError(data.localCode, data.code)
  if (localMessage) errors.push({ path: 'localCode', message: localMessage })

  // A channel may come back once per case it covers (real records do), each row naming its case.
  const methods: Method[] = data.methods ?? []
  methods.forEach((method, index) => {
    if (!method.channel || method.description?.trim()) return
    if (methods.filter((m) => m.channel === method.channel).length > 1) {
      errors.push({
        path: `methods.${index}.description`,
        message: `Cách thức "${channelLabels[method.channel].vi}" xuất hiện nhiều lần; hãy ghi mô tả trường hợp cho từng dòng.`,
      })
    }
  })
  return errors
}

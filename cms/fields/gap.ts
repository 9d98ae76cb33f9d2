import type { Field } from 'payload'

import type { GapKind, Label } from '../../content-schemas/enumerations'

/** A gap as stored: why a part is empty. */
export interface Gap {
  kind?: GapKind | null
  source?: string | null
}

const UNKNOWN_LABEL: Label = {
  vi: 'Chưa có thông tin (nguồn không ghi)',
  en: 'Not stated by the source',
}

/**
 * Why `part` is empty: explicitly none (where the law allows it) or not stated by a named source.
 * Read only when the part itself is empty; content always wins (validateProcedure clears stale
 * gaps), so an officer completing a record never has to flip the gap back.
 */
export function gapField(
  name: string,
  label: Label,
  opts: { none?: Label; isEmpty: (sibling: Record<string, unknown>) => boolean },
): Field {
  return {
    name,
    type: 'group',
    label,
    admin: {
      // Shown only while the part is empty: there is nothing to explain once it has content.
      condition: (_data, sibling) => opts.isEmpty((sibling ?? {}) as Record<string, unknown>),
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'kind',
            type: 'select',
            label: { vi: 'Lý do để trống', en: 'Why empty' },
            options: [
              ...(opts.none ? [{ value: 'none', label: opts.none }] : []),
              { value: 'unknown', label: UNKNOWN_LABEL },
            ],
          },
          {
            name: 'source',
            type: 'text',
            label: { vi: 'Nguồn', en: 'Source' },
            admin: {
              condition: (_data, sibling) => sibling?.kind === 'unknown',
              placeholder: 'Ví dụ: CSDL quốc gia về TTHC, nhập ngày 01/12/2026',
            },
          },
        ],
      },
    ],
  }
}

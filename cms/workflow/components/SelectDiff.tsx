'use client'
import { getTranslation } from '@payloadcms/translations'
import {
  escapeDiffHTML,
  FieldDiffContainer,
  getHTMLDiffComponents,
  unescapeDiffHTML,
  useTranslation,
} from '@payloadcms/ui'
import type { FieldDiffClientProps, SelectFieldClient } from 'payload'
import React from 'react'

/**
 * A select compared as the words an officer reads: "Chờ xem xét" → "Đã ban hành" with whole words
 * struck and added. Payload's own select diff compares letter by letter, which splices two labels
 * into one unreadable word (issue 12). Put on every select of a reviewed collection by the
 * workflow plugin (../utilities/selectDiff.ts).
 */
export function SelectDiff({
  comparisonValue,
  versionValue,
  field,
  locale,
  nestingLevel,
}: FieldDiffClientProps<SelectFieldClient>) {
  const { i18n } = useTranslation()
  const words = (value: unknown): string => {
    if (value === undefined || value === null || value === '') return ''
    return (Array.isArray(value) ? value : [value])
      .map((item) => {
        const option = field.options.find(
          (o) => (typeof o === 'string' ? o : o.value) === String(item),
        )
        if (!option) return String(item)
        if (typeof option === 'string') return option
        const label = getTranslation(option.label, i18n)
        return typeof label === 'string' ? label : option.value
      })
      .join(', ')
  }
  const { From, To } = getHTMLDiffComponents({
    fromHTML: `<p>${escapeDiffHTML(words(comparisonValue))}</p>`,
    toHTML: `<p>${escapeDiffHTML(words(versionValue))}</p>`,
    postProcess: unescapeDiffHTML,
    tokenizeByCharacter: false,
  })
  return (
    <FieldDiffContainer
      className="select-diff"
      From={From}
      To={To}
      i18n={i18n}
      label={{ label: field.label, locale }}
      nestingLevel={nestingLevel}
    />
  )
}

'use client'
import {
  escapeDiffHTML,
  FieldDiffContainer,
  getHTMLDiffComponents,
  unescapeDiffHTML,
  useTranslation,
} from '@payloadcms/ui'
import type { FieldDiffClientProps } from 'payload'
import React from 'react'

import { stateLabels, type WorkflowState } from '../rules'

/** A state in the glossary's words ("Chờ xem xét"), whatever the stored key ("in-review"). */
function label(value: unknown): string {
  if (typeof value !== 'string' || value === '') return ''
  return stateLabels[value as WorkflowState]?.vi ?? value
}

/**
 * The version comparison of a review history step's "Từ" and "Sang": the states in words, where
 * Payload's text diff showed the stored keys ("approved", "published") letter by letter.
 */
export function StateDiff({
  comparisonValue,
  versionValue,
  field,
  locale,
  nestingLevel,
}: FieldDiffClientProps) {
  const { i18n } = useTranslation()
  const from = label(comparisonValue)
  const to = label(versionValue)
  const empty = '<span class="html-diff-no-value"><span>'
  const { From, To } = getHTMLDiffComponents({
    fromHTML: `<p>${from ? escapeDiffHTML(from) : from === to ? empty : ''}</p>`,
    toHTML: `<p>${to ? escapeDiffHTML(to) : from === to ? empty : ''}</p>`,
    postProcess: unescapeDiffHTML,
    tokenizeByCharacter: false,
  })
  return (
    <FieldDiffContainer
      className="text-diff"
      From={From}
      To={To}
      i18n={i18n}
      label={{ label: 'label' in field ? field.label : undefined, locale }}
      nestingLevel={nestingLevel}
    />
  )
}

import type { ServerProps } from 'payload'
import React from 'react'

import { periodLabel, type DossierCounts } from '../../../content-schemas/serviceResults'
import { outcomesOf, termsOf, TREND_PERIODS } from '../../collections/QualityObjectives/figures'
import {
  latestKnown,
  measureLabels,
  outcomeText,
  targetText,
  type ObjectiveTerms,
} from '../../collections/QualityObjectives/objectives'
import { vietnamDay } from '../../lib/dates'
import { idOf } from '../../lib/idOf'
import type { QualityObjective, User } from '../../payload-types'
import { complianceScope } from '../Compliance/scope'
import { trendBars, trendSummary, type TrendBar } from './trend'

/**
 * *Mục tiêu chất lượng* on the dashboard: each approved objective in effect in the reader's part of
 * the province (the compliance overview's scope), its newest outcome and the last 12 periods as a
 * small chart with every value written on it, and the same readings in words for screen readers.
 */
export async function QualityObjectives({ payload, user }: ServerProps) {
  const scope = complianceScope(user as User | null)
  if (!scope) return null
  const today = vietnamDay(new Date())
  const { docs } = await payload.find({
    collection: 'quality-objectives',
    where: {
      and: [
        { _status: { equals: 'published' } },
        ...(scope.province ? [] : [{ locality: { in: scope.localities } }]),
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const objectives = (docs as QualityObjective[]).filter((objective) => {
    const terms = termsOf(objective)
    return (
      (!terms.effectiveFrom || terms.effectiveFrom <= today) &&
      (!terms.effectiveTo || terms.effectiveTo >= today)
    )
  })
  const localityIDs = [...new Set(objectives.map((o) => idOf(o.locality)!))]
  const names = new Map(
    localityIDs.length
      ? (
          await payload.find({
            collection: 'localities',
            where: { id: { in: localityIDs } },
            select: { name: true },
            depth: 0,
            limit: 0,
            pagination: false,
            overrideAccess: true,
          })
        ).docs.map((l) => [String(l.id), l.name])
      : [],
  )
  const cache = new Map<string, Map<string, DossierCounts>>()
  const lines = []
  for (const objective of objectives) {
    const terms = termsOf(objective)
    const outcomes = await outcomesOf(payload, objective, today, { cache })
    lines.push({
      objective,
      terms,
      locality: names.get(idOf(objective.locality)!) ?? '',
      latest: latestKnown(outcomes),
      bars: trendBars(terms, outcomes),
    })
  }
  lines.sort(
    (a, b) =>
      a.locality.localeCompare(b.locality, 'vi') ||
      a.objective.title.localeCompare(b.objective.title, 'vi'),
  )
  const admin = payload.config.routes.admin
  return (
    <section
      aria-labelledby="objectives-heading"
      id="objectives-section"
      style={{ marginBottom: 'calc(var(--base) * 2)' }}
    >
      <h2 id="objectives-heading" style={{ fontSize: '1.25rem', marginBottom: '0.5rem' }}>
        Mục tiêu chất lượng
      </h2>
      {lines.length === 0 ? (
        <p>
          Chưa có mục tiêu chất lượng nào đã ban hành và đang áp dụng.{' '}
          <a href={`${admin}/collections/quality-objectives`}>Xem danh sách mục tiêu</a>
        </p>
      ) : (
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th scope="col" style={cell}>
                Địa phương
              </th>
              <th scope="col" style={cell}>
                Mục tiêu
              </th>
              <th scope="col" style={cell}>
                Kỳ gần nhất có số liệu
              </th>
              <th scope="col" style={cell}>
                {TREND_PERIODS} kỳ gần nhất
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map(({ objective, terms, locality, latest, bars }) => (
              <tr
                key={objective.id}
                data-objective={objective.id}
                style={{ borderTop: '1px solid var(--theme-elevation-100)', verticalAlign: 'top' }}
              >
                <td style={cell}>{locality}</td>
                <td style={cell}>
                  <a href={`${admin}/collections/quality-objectives/${objective.id}`}>
                    {objective.title}
                  </a>
                  <div style={{ color: 'var(--theme-elevation-600)' }}>
                    {measureLabels[terms.measure].vi} {targetText(terms)}, theo{' '}
                    {terms.periodKind === 'month'
                      ? 'tháng'
                      : terms.periodKind === 'quarter'
                        ? 'quý'
                        : 'năm'}
                  </div>
                </td>
                <td style={cell} data-latest>
                  {latest ? (
                    <>
                      <strong style={{ color: colours[latest.outcome.kind].text }}>
                        {outcomeText(terms.measure, latest.outcome)}
                      </strong>
                      <div>{periodLabel(latest.period)}</div>
                    </>
                  ) : (
                    'Chưa có số liệu'
                  )}
                </td>
                <td style={cell}>
                  <Trend terms={terms} bars={bars} id={objective.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

const BAR = 34
const TOP = 14
const CHART = 44

/**
 * The trend as bars with the value written above each, the target as a dashed line; read aloud as
 * one sentence (role="img" with its label). Colour is never the only sign: missed values are also
 * marked "✗", unknown ones "?".
 */
function Trend({ terms, bars, id }: { terms: ObjectiveTerms; bars: TrendBar[]; id: string }) {
  const width = Math.max(bars.length, 1) * BAR
  const y = (percent: number) => TOP + CHART - (percent / 100) * CHART
  return (
    <svg
      role="img"
      aria-labelledby={`trend-${id}`}
      width={width}
      height={TOP + CHART + 16}
      viewBox={`0 0 ${width} ${TOP + CHART + 16}`}
      style={{ overflow: 'visible', fontSize: 9, fontVariantNumeric: 'tabular-nums' }}
    >
      <title id={`trend-${id}`}>{trendSummary(terms, bars)}</title>
      <line
        x1={0}
        x2={width}
        y1={y(terms.target)}
        y2={y(terms.target)}
        stroke="var(--theme-elevation-500)"
        strokeDasharray="3 2"
      />
      {bars.map((bar, i) => (
        <g key={bar.period} data-period={bar.period} data-outcome={bar.kind}>
          <title>{bar.text}</title>
          {bar.kind === 'met' || bar.kind === 'missed' ? (
            <rect
              x={i * BAR + 4}
              y={y(bar.height)}
              width={BAR - 8}
              height={Math.max(1, (bar.height / 100) * CHART)}
              fill={colours[bar.kind].fill}
            />
          ) : (
            <rect
              x={i * BAR + 4}
              y={TOP}
              width={BAR - 8}
              height={CHART}
              fill="none"
              stroke="var(--theme-elevation-250)"
              strokeDasharray="2 2"
            />
          )}
          <text
            x={i * BAR + BAR / 2}
            y={Math.min(y(bar.height), TOP + CHART) - 3}
            textAnchor="middle"
            fill={colours[bar.kind].text}
          >
            {bar.kind === 'missed' ? `✗${bar.value}` : bar.value}
          </text>
          <text
            x={i * BAR + BAR / 2}
            y={TOP + CHART + 12}
            textAnchor="middle"
            fill="var(--theme-elevation-600)"
          >
            {bar.short}
          </text>
        </g>
      ))}
    </svg>
  )
}

const colours = {
  met: { fill: 'var(--theme-success-500)', text: 'var(--theme-success-750)' },
  missed: { fill: 'var(--theme-error-500)', text: 'var(--theme-error-750)' },
  empty: { fill: 'none', text: 'var(--theme-elevation-600)' },
  unknown: { fill: 'none', text: 'var(--theme-elevation-600)' },
} as const

const cell: React.CSSProperties = { padding: '0.35rem 0.5rem', textAlign: 'left' }

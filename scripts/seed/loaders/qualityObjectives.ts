import { recordComplianceReadings } from '../../../cms/collections/QualityObjectives/readings'
import { reviewMissedObjectives } from '../../../cms/collections/QualityObjectives/reviewOnMiss'
import { vietnamDay } from '../../../cms/lib/dates'
import { qualityObjectives, type SeedQualityObjective } from '../data/quality-objectives'
import { day, type Keys } from './keys'
import { upsert, type Loader } from './upsert'

/**
 * The demo's quality objectives, approved and marked as demo; found again by locality and title.
 * Then each locality's objectives are judged as an approval would judge them, so a run of misses
 * in the demo's results has its review task (opened once: loading again opens none), and the
 * compliance checks are read for this month as the nightly job reads them.
 */
export async function loadQualityObjectives(
  loader: Loader,
  keys: Keys,
  objectives: SeedQualityObjective[] = qualityObjectives,
): Promise<void> {
  const localities = new Set<string>()
  for (const objective of objectives) {
    const locality = keys.need('locality', objective.locality, 'địa phương')
    localities.add(locality)
    await upsert(
      loader,
      'quality-objectives',
      { and: [{ locality: { equals: locality } }, { title: { equals: objective.title } }] },
      {
        locality,
        title: objective.title,
        measure: objective.measure,
        comparator: objective.comparator,
        target: objective.target,
        periodKind: objective.periodKind,
        effectiveFrom: day(objective.effectiveFrom),
        effectiveTo: day(objective.effectiveTo),
        note: objective.note,
        demo: true,
        _status: 'published',
      },
    )
  }
  for (const locality of localities) await reviewMissedObjectives(loader.req, locality)
  await recordComplianceReadings(loader.req, vietnamDay(new Date()))
}

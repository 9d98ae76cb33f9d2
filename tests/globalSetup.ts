import { enabledAdapters, skippedAdapters } from './helpers/databases'

/** Says which database adapters this run covers, so a green run cannot hide a skipped one. */
export default function setup() {
  const ran = enabledAdapters().join(', ')
  const skipped = skippedAdapters().map((s) => `${s.kind} (${s.why})`).join(', ') || 'none'
  console.log(`\nDatabase adapters: running ${ran}; skipped ${skipped}.\n`)
  return () => console.log(`\nDatabase adapters tested: ${ran}. Skipped: ${skipped}.\n`)
}

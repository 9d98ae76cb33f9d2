import type { TaskConfig } from 'payload'

/**
 * Loads the demo catalogue through the upserting loaders (scripts/seed/loaders) and records the
 * run in *Lần nạp dữ liệu*. The load is one transaction of its own; the record is written outside
 * it, so a failed load leaves the catalogue as it was and still says that it failed.
 */
export const loadDemoTask: TaskConfig<'loadDemo'> = {
  slug: 'loadDemo',
  label: 'Nạp dữ liệu mẫu',
  retries: 0,
  inputSchema: [{ name: 'requestedBy', type: 'text' }],
  outputSchema: [
    { name: 'dataLoad', type: 'text' },
    { name: 'report', type: 'json' },
  ],
  handler: async ({ input, req }) => {
    const { payload } = req
    // Same rule as npm start: demo data never goes into a production catalogue.
    if (process.env.NODE_ENV === 'production')
      throw new Error('Không nạp dữ liệu mẫu khi NODE_ENV=production.')
    const { seedDemo } = await import('../../scripts/seed/seedDemo')
    const run = await payload.create({
      collection: 'data-loads',
      data: {
        source: 'demo',
        outcome: 'running',
        requestedBy: input.requestedBy || undefined,
        startedAt: new Date().toISOString(),
      },
    })
    const lines: string[] = []
    try {
      const report = await seedDemo(payload, (line) => lines.push(line))
      await payload.update({
        collection: 'data-loads',
        id: run.id,
        data: {
          outcome: 'succeeded',
          report,
          summary: lines.join('\n'),
          finishedAt: new Date().toISOString(),
        },
      })
      return { output: { dataLoad: String(run.id), report } }
    } catch (error) {
      await payload.update({
        collection: 'data-loads',
        id: run.id,
        data: {
          outcome: 'failed',
          error: error instanceof Error ? error.message : String(error),
          summary: lines.join('\n'),
          finishedAt: new Date().toISOString(),
        },
      })
      throw error
    }
  },
}

import os from 'node:os'

import { defineConfig } from 'vitest/config'

import LongestFirstSequencer from './tests/sequencer'

export default defineConfig({
  test: {
    include: [
      'cms/**/*.test.ts',
      'content-schemas/**/*.test.ts',
      'release/**/*.test.ts',
      'scripts/**/*.test.ts',
      'site/**/*.test.ts',
      'tests/**/*.test.ts',
    ],
    globalSetup: ['tests/globalSetup.ts'],
    // Each file starts Payload on fresh databases; that takes seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser tests poll the page for what an officer would see; Vitest's 1 s default fails them
    // whenever two workers, a Next server and Chromium share two cores.
    expect: { poll: { timeout: 15_000 } },
    pool: 'forks',
    // A clean clone has no record of how long each file takes: tests/durations.json is one.
    sequence: { sequencer: LongestFirstSequencer },
    // A worker runs its files one after another in one process and module graph, so Payload,
    // Drizzle and the collections are evaluated once per worker, not once per file: about half
    // the suite's CPU time. Files must leave the process as they found it: environment variables
    // through tests/helpers/env.ts, Payload through stopPayload (tests/helpers/payload.ts).
    isolate: false,
    // Vitest's default on a 2-CPU machine is one file at a time; these files spend much of their
    // time waiting on databases, builds and child processes, so two run side by side.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    env: { NODE_ENV: 'test', NEXT_TELEMETRY_DISABLED: '1' },
  },
})

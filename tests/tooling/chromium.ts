import fs from 'node:fs'

import { chromium, type Browser } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Debian's Chromium, never a downloaded one. Missing, it fails the test with what to do, rather
 * than skipping it: a skipped browser test would hide a broken search.
 */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium không có ở ${CHROMIUM}. Cài bằng "apt-get install -y chromium" (hoặc đặt CHROMIUM_PATH); các bài kiểm tra trình duyệt không được bỏ qua.`,
    )
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

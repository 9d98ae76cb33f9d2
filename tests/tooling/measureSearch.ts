/**
 * Drives the search page in Chromium as a citizen would (type, press Enter, pick a filter) and
 * records what each search returned and how many bytes it cost on the wire. Shared by the browser
 * test and `npm run bench:site`.
 */
import type { Page, Request } from 'playwright-core'

export interface SearchStep {
  query?: string
  /**
   * Type the query a key at a time, this many ms apart, and press Enter as long after the last
   * key (what the search does while a citizen types counts); without it the query is pasted.
   */
  typeDelay?: number
  /** with typeDelay: the pause between the last key and Enter (default typeDelay) */
  enterAfter?: number
  /** a filter menu (its URL parameter name) and the value to choose */
  filter?: { param: string; value: string }
}

export interface SearchOutcome extends SearchStep {
  status: string
  results: { name: string; code: string; facts: string; href: string }[]
  /** bytes received (headers and compressed bodies) because of this search */
  transferred: number
  requests: string[]
}

/** Counts the bytes of every request that finishes while `action` runs. */
export async function measureTransfer(
  page: Page,
  action: () => Promise<void>,
): Promise<{ transferred: number; requests: string[] }> {
  const finished: Request[] = []
  const listener = (request: Request) => void finished.push(request)
  page.on('requestfinished', listener)
  try {
    await action()
    await page.waitForLoadState('networkidle')
  } finally {
    page.off('requestfinished', listener)
  }
  const sizes = await Promise.all(finished.map((r) => r.sizes()))
  return {
    transferred: sizes.reduce((sum, s) => sum + s.responseBodySize + s.responseHeadersSize, 0),
    requests: finished.map((r) => new URL(r.url()).pathname),
  }
}

/** Runs one search on an open search page and waits for its answer. */
export async function search(page: Page, step: SearchStep): Promise<SearchOutcome> {
  const status = page.locator('[data-status]')
  const before = await status.textContent()
  const { transferred, requests } = await measureTransfer(page, async () => {
    if (step.query !== undefined && step.typeDelay !== undefined) {
      const input = page.locator('input[name="q"]')
      await input.fill('')
      await input.pressSequentially(step.query, { delay: step.typeDelay })
      await page.waitForTimeout(step.enterAfter ?? step.typeDelay)
      await input.press('Enter')
    } else if (step.query !== undefined) {
      await page.fill('input[name="q"]', step.query)
      await page.press('input[name="q"]', 'Enter')
    }
    if (step.filter) {
      const details = page.locator('details[data-filters]')
      if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
        await details.locator('summary').click()
      await page.selectOption(`select[name="${step.filter.param}"]`, step.filter.value)
    }
    await page.waitForFunction(
      (previous) => {
        const text = document.querySelector('[data-status]')?.textContent ?? ''
        return text !== previous && text !== 'Đang tìm…' && text !== ''
      },
      before,
      { timeout: 30_000 },
    )
    // The counts in the filter menus are computed right after; they fetch nothing, but give any
    // late request the time to show up in the total.
    await page.waitForTimeout(300)
  })
  const results = await page.$$eval('[data-results] > li', (items) =>
    items.map((li) => {
      const link = li.querySelector('a')!
      const facts = li.querySelector('.facts')?.textContent ?? ''
      return {
        name: link.textContent ?? '',
        href: link.getAttribute('href') ?? '',
        facts,
        code: /Mã số (\S+)/.exec(facts)?.[1] ?? '',
      }
    }),
  )
  return { ...step, status: (await status.textContent()) ?? '', results, transferred, requests }
}

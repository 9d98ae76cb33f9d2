import type { Browser, Page } from 'playwright-core'

/**
 * A page of its own, signed in to the admin at `base` as one person, in the settings an officer
 * in Việt Nam has (Vietnamese, Hà Nội's clock, a desktop screen). The admin browser test, the
 * screenshots of the README's flows and the admin-pages bench all start here.
 */
export async function signInToAdmin(
  browser: Browser,
  {
    base,
    email,
    password,
    // The server's first answers (a server function's first call loads its chunks) take tens of
    // seconds on a busy 2-CPU machine; Playwright's 30 s default failed there.
    timeoutMs = 90_000,
    onPage,
  }: {
    base: string
    email: string
    password: string
    timeoutMs?: number
    /** Called on the new page before it opens the login form (request watchers). */
    onPage?: (page: Page) => void
  },
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
  })
  context.setDefaultTimeout(timeoutMs)
  const page = await context.newPage()
  onPage?.(page)
  await page.goto(`${base}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type=submit]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
  return page
}

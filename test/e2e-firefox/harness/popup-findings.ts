/** What the popup shows for each cookie: its category section and the rule ids of its findings. */
export interface ShownCookie {
  name: string;
  section: string;
  rules: string[];
}

/**
 * Opens each cookie row of a rendered popup in turn (one is open at a time) and reads what it shows. Runs in the
 * page, so the same function serves puppeteer (Firefox) and playwright (Chromium): pass it to `page.evaluate`.
 */
export async function readShownCookies(): Promise<ShownCookie[]> {
  const out: ShownCookie[] = [];
  for (const r of [...document.querySelectorAll('[data-testid="cookie-row"]')]) {
    const button = r.querySelector('.row') as HTMLElement | null;
    if (button?.getAttribute('aria-expanded') !== 'true') button?.click();
    for (let i = 0; i < 50 && !r.querySelector('[data-testid="details"]'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    out.push({
      name: r.getAttribute('data-name') ?? '',
      section: r.closest('section')?.getAttribute('data-testid')?.replace('section-', '') ?? '',
      rules: [...r.querySelectorAll('[data-rule]')].map((e) => e.getAttribute('data-rule') ?? '').sort(),
    });
  }
  return out;
}

/// <reference types="chrome" />
import { describe, expect, it } from 'vitest';
import { artifactPath, waitFor } from './harness/extension';
import { useExtension } from './harness/setup';

describe('warnings in the popup and the badge', () => {
  const env = useExtension();

  it('flags a risky session cookie with each reason and a well-made one with none', async () => {
    const page = await env.h.context.newPage();
    // The risky cookie comes from a plain-http login page; the good one from the https page of the same site.
    await page.goto(env.sites.http('app.risky-e.test'));
    await page.goto(env.sites.https('app.risky-e.test', '/secure'));
    const tabId = await env.h.tabIdOf(page);
    const popup = await env.h.openPopup(tabId);
    const rules = async (name: string) => {
      const row = popup.locator(`[data-testid="cookie-row"][data-name="${name}"]`);
      await row.locator('.row').click();
      const ids = await row.locator('[data-rule]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
      return ids;
    };
    await popup.waitForSelector('[data-testid="cookie-row"][data-name="session_id"]');

    const risky = await rules('session_id');
    expect(risky).toEqual(
      expect.arrayContaining([
        'session-not-httponly',
        'session-not-secure',
        'session-long-lived',
        'session-broad-domain',
      ]),
    );
    const details = await popup
      .locator('[data-testid="cookie-row"][data-name="session_id"] [data-testid="findings"]')
      .innerText();
    // Each finding carries its fix: the Set-Cookie line to send, never the real value.
    expect(details).toMatch(/Set-Cookie: .*HttpOnly/);
    expect(details).not.toContain('Zk9hY3RpdmVTZXNzaW9u');
    await popup.screenshot({ path: artifactPath('warnings-risky-session.png'), fullPage: true });

    const token = await rules('auth_token');
    expect(token).toEqual(
      expect.arrayContaining(['session-samesite-none', 'session-jwt-alg-none', 'session-not-httponly']),
    );

    expect(await rules('__Host-sid')).toEqual([]);

    // The header counts findings by severity; the toolbar badge shows the count in the highest severity's colour.
    const high = await popup.locator('[data-testid="sev-high"]').innerText();
    expect(Number(/(\d+)/.exec(high)?.[1])).toBeGreaterThanOrEqual(3);
    const badge = await waitFor(
      () =>
        env.h.inWorker(async (id: number) => {
          const text = await chrome.action.getBadgeText({ tabId: id });
          const color = await chrome.action.getBadgeBackgroundColor({ tabId: id });
          return text ? { text, color } : null;
        }, tabId),
      'badge text',
    );
    expect(Number(badge.text)).toBeGreaterThan(0);
    expect(badge.color.slice(0, 3)).toEqual([198, 40, 40]);
    await popup.close();
    await page.close();
  });
});

import { afterAll, beforeAll } from 'vitest';
import { type RunningSites, startSites } from '../../e2e/harness/site-server';
import { type FirefoxHarness, type FirefoxOptions, launchFirefox } from './firefox';

export interface FirefoxEnv {
  sites: RunningSites;
  ff: FirefoxHarness;
}

/** Starts the fixture sites and Firefox with the extension before the file's tests and stops both after. */
export function useFirefox(options: FirefoxOptions = {}): FirefoxEnv {
  const env = {} as FirefoxEnv;
  beforeAll(async () => {
    env.sites = await startSites();
    env.ff = await launchFirefox(options);
  });
  afterAll(async () => {
    await env.ff?.close();
    await env.sites?.close();
  });
  return env;
}

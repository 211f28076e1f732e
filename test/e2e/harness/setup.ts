import { afterAll, beforeAll } from 'vitest';
import { type Harness, type LaunchOptions, launchWithExtension } from './extension';
import { type RunningSites, startSites } from './site-server';

export interface Env {
  sites: RunningSites;
  h: Harness;
}

/**
 * Starts the fixture sites and Chromium with the extension before the file's tests and stops both after.
 * Returns an object whose fields are filled in by then.
 */
export function useExtension(options: LaunchOptions = {}): Env {
  const env = {} as Env;
  beforeAll(async () => {
    env.sites = await startSites();
    env.h = await launchWithExtension(options);
  });
  afterAll(async () => {
    await env.h?.close();
    await env.sites?.close();
  });
  return env;
}

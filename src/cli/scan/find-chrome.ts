import { existsSync } from 'node:fs';

/** Thrown when no Chromium can be found: exit code 2, with the message telling how to name one. */
export class NoChromeError extends Error {
  override name = 'NoChromeError';
}

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** --chrome PATH, then CHROME_PATH, then Debian's /usr/bin/chromium (and the older chromium-browser name). */
export function findChrome(flag: string | null, env: NodeJS.ProcessEnv, exists = existsSync): string {
  if (flag !== null) {
    if (!exists(flag)) throw new NoChromeError(`--chrome ${flag}: no such file`);
    return flag;
  }
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (!exists(fromEnv)) throw new NoChromeError(`CHROME_PATH=${fromEnv}: no such file`);
    return fromEnv;
  }
  for (const candidate of [DEBIAN_CHROMIUM, '/usr/bin/chromium-browser']) if (exists(candidate)) return candidate;
  throw new NoChromeError(
    `no Chromium found: install Debian's "chromium" package (${DEBIAN_CHROMIUM}), pass --chrome PATH or set CHROME_PATH`,
  );
}

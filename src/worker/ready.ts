import { allReady } from './state';

/** Set once every store has loaded: tests wait for it before navigating (a worker handed over early misses events). */
void allReady().then(() => {
  (globalThis as { cookieAuditorReady?: boolean }).cookieAuditorReady = true;
});

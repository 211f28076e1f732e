// Imported first by index.ts and depending on nothing: the time the worker's own code begins to run.
(globalThis as { cookieAuditorFirstModuleMs?: number }).cookieAuditorFirstModuleMs = performance.now();

// Imported first by index.ts and depending on nothing: when the worker's own code begins to run (bench build only).
if (import.meta.env.MODE === 'bench') {
  (globalThis as { cookieAuditorFirstModuleMs?: number }).cookieAuditorFirstModuleMs = performance.now();
}

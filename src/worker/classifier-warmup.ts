import { defaultCatalogue } from '../core/catalogue/index';
import { defaultModel, preloadModel } from '../core/catalogue/learned/shipped-model';
import { preloadCatalogueData } from '../core/catalogue/shipped-data';
import { tldtsLibrary } from '../core/libraries/tldts';

/**
 * Gets the shipped catalogue and fallback model ready while a fresh worker waits for its stored state and the
 * browser's cookie lists: inflated by the platform's native inflater, parsed, the catalogue's index built. A view
 * build awaits this before classifying. Never rejects: on any failure the classifier inflates synchronously on
 * first use, as it would without the warm-up.
 */
export function warmUpClassifier(): Promise<void> {
  const catalogue = preloadCatalogueData().then(() => {
    defaultCatalogue();
    // The Public Suffix List too: the extension build evaluates tldts on first use (scripts/vite-lazy-libraries.ts),
    // and this runs in the idle time while the browser answers the cookie queries, not in the worker's start.
    tldtsLibrary();
  });
  const model = preloadModel().then(() => {
    defaultModel();
  });
  return Promise.all([catalogue, model]).then(
    () => undefined,
    () => undefined,
  );
}

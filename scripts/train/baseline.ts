/**
 * Records what the classifier of commit f9ce3f6 (before issue 11) said about every crawl cookie, so `npm run train`
 * can score "today's classifier" on the same folds after the classifier has changed. Run once at that commit:
 *   git worktree add /tmp/before f9ce3f6 && cp -r scripts/train /tmp/before/scripts/ && cd /tmp/before && \
 *   npx tsx scripts/train/baseline.ts ../shared/training/consent-crawl-train.csv scripts/train/baseline-predictions.json
 */
import { writeFileSync } from 'node:fs';
import { classify } from '../../src/core/classify';
import { CRAWL_EPOCH_S, loadCrawl } from './load-crawl';

const [csv, out] = process.argv.slice(2);
if (!csv || !out) throw new Error('usage: baseline.ts CRAWL.csv OUT.json');
const rows = loadCrawl(csv);
// The classifier of that commit reads the clock for "short-lived"; judge the cookies as at crawl time.
Date.now = () => CRAWL_EPOCH_S * 1000;
const predictions = rows.map((r) => {
  const c = classify(r.cookie, { pageSite: r.pageSite });
  return { name: r.cookie.name, domain: r.cookie.domain, pageUrl: r.pageUrl, category: c.category };
});
writeFileSync(out, `${JSON.stringify({ commit: 'f9ce3f6', predictions }, null, 0)}\n`);

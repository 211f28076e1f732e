#!/usr/bin/env node
// Thin launcher: the CLI itself is bundled by `npm run build:cli` into dist-cli/cli.js.
import { existsSync } from 'node:fs';

const cli = new URL('../dist-cli/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('cookie-auditor: the CLI is not built yet: run npm run build:cli first\n');
  process.exit(1);
}
await import(cli.href);

import { main } from './main';
import { nodeIo } from './node-io';

// `cookie-auditor audit big.json | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

// exitCode rather than process.exit(): a large report still being flushed to a pipe is not cut short.
process.exitCode = await main(process.argv.slice(2), nodeIo());

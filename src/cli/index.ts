import { EXIT_USAGE, main } from './main';
import { nodeIo } from './node-io';
import { systemReason } from './system-reason';

// `cookie-auditor audit big.json | head` closes the pipe early: that is the reader's choice, not an error.
// Any other failure of standard output (a full disk, `> /dev/full`) is said in words, with exit code 2.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  process.stderr.write(`cookie-auditor: cannot write standard output: ${systemReason(e)}\n`);
  process.exit(EXIT_USAGE);
});

// exitCode rather than process.exit(): a large report still being flushed to a pipe is not cut short.
process.exitCode = await main(process.argv.slice(2), nodeIo());

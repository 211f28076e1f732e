import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const CLI = resolve(import.meta.dirname, '../../../bin/cookie-auditor.js');

/**
 * Runs the built CLI as a child process without blocking this process's event loop: the fixture sites are
 * served from this same process, so a synchronous spawn would leave every page load hanging.
 */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Fixture hosts resolve to loopback and the self-signed certificate is accepted, as a staging scan would. */
export const LOOPBACK_ARGS = [
  '--chrome-arg=--host-resolver-rules=MAP * 127.0.0.1',
  '--chrome-arg=--ignore-certificate-errors',
  '--wait',
  '200',
  '--pages',
  '1',
];

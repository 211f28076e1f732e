import type { CliIo } from '../../src/cli/io';

/** An in-memory CliIo: files in a map, output collected, a fixed clock. */
export function fakeIo(files: Record<string, string> = {}, now = Date.UTC(2025, 2, 1, 12)) {
  const out = { stdout: '', stderr: '', written: new Map<string, string>(), secret: new Map<string, boolean>() };
  const io: CliIo = {
    stdout: (t) => {
      out.stdout += t;
    },
    stderr: (t) => {
      out.stderr += t;
    },
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
    writeFile: async (path, text) => {
      out.written.set(path, text);
    },
    openOutput: async (path, { secret }) => {
      if (path !== undefined) {
        out.written.set(path, '');
        out.secret.set(path, secret);
      }
      return {
        write: (chunk) => {
          if (path === undefined) out.stdout += chunk;
          else out.written.set(path, (out.written.get(path) ?? '') + chunk);
          return undefined;
        },
        close: async () => {},
      };
    },
    now: () => now,
  };
  return { io, out };
}

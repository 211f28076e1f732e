import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { makeCertificate } from './cert';
import { SITES, type SiteRoute, TEST_HOSTS } from './sites';

export interface RunningSites {
  httpsPort: number;
  httpPort: number;
  /** https://<host>:<port><path> */
  https(host: string, path?: string): string;
  http(host: string, path?: string): string;
  /** Every request the servers answered, "METHOD host path". */
  log: string[];
  close(): Promise<void>;
}

function handler(scheme: 'http' | 'https', ports: () => { httpsPort: number; httpPort: number }, log: string[]) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `${scheme}://${host}`);
    log.push(`${req.method} ${scheme}://${host}${url.pathname}`);
    const routes = Object.hasOwn(SITES, host) ? SITES[host] : undefined;
    const route: SiteRoute | undefined =
      routes && Object.hasOwn(routes, url.pathname) ? routes[url.pathname] : undefined;
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end(`no fixture for ${host}${url.pathname}`);
      return;
    }
    const p = ports();
    const body = typeof route.body === 'function' ? route.body({ ...p, query: url.searchParams }) : route.body;
    const headers: Record<string, string | string[]> = {
      'content-type': route.type,
      'cache-control': 'no-store',
    };
    const setCookies = typeof route.setCookies === 'function' ? route.setCookies(url.searchParams) : route.setCookies;
    if (setCookies && setCookies.length > 0) headers['set-cookie'] = setCookies;
    res.writeHead(200, headers);
    res.end(body);
  };
}

/** Starts the fixture sites on loopback: one HTTPS and one HTTP port serving every test host by its Host header. */
export async function startSites(): Promise<RunningSites> {
  const { key, cert } = makeCertificate(TEST_HOSTS);
  const log: string[] = [];
  let httpsPort = 0;
  let httpPort = 0;
  const ports = () => ({ httpsPort, httpPort });
  const secure = createHttpsServer({ key, cert }, handler('https', ports, log));
  const plain = createHttpServer(handler('http', ports, log));
  await new Promise<void>((r) => secure.listen(0, '127.0.0.1', r));
  await new Promise<void>((r) => plain.listen(0, '127.0.0.1', r));
  httpsPort = (secure.address() as AddressInfo).port;
  httpPort = (plain.address() as AddressInfo).port;
  return {
    httpsPort,
    httpPort,
    https: (host, path = '/') => `https://${host}:${httpsPort}${path}`,
    http: (host, path = '/') => `http://${host}:${httpPort}${path}`,
    log,
    close: async () => {
      secure.closeAllConnections();
      plain.closeAllConnections();
      await Promise.all([new Promise((r) => secure.close(r)), new Promise((r) => plain.close(r))]);
    },
  };
}

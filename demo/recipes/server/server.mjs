#!/usr/bin/env node
// Recipe: a small Node server (built-ins only) that serves a page with
// <kpi-scorecard src="api/scorecard" refresh="5"> and the JSON it fetches.
// The numbers change on every request, so the page visibly refreshes.
//
//   node demo/recipes/server/server.mjs [--port 8080] [--max-seconds 600]
//
// Listens on the loopback interface only. --max-seconds stops it by itself.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// In an application this is node_modules/scorecard-kit/dist.
const kitDir = resolve(here, '..', '..', '..', 'dist');
const baseData = JSON.parse(await readFile(join(here, '..', '..', 'data', 'scorecard-weekly.json'), 'utf8'));

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.map': 'application/json' };

/** The scorecard as of the n-th request: a few numbers move each time. */
export function scorecardAt(n) {
  const data = structuredClone(baseData);
  data.period.label = `${baseData.period.label} · update ${n}`;
  for (const metric of data.metrics) {
    if (metric.id === 'visitors') metric.actual += 25 * n;
    if (metric.id === 'mqls') metric.actual += n % 12;
    if (metric.id === 'forecast') metric.actual += 1000 * n;
  }
  return data;
}

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

/**
 * Starts the server; resolves with its URL and a close() function.
 * port 0 picks a free port (what the tests use).
 */
export function startServer({ port = 8080, host = '127.0.0.1', maxSeconds = 0 } = {}) {
  let requests = 0;
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only');
    if (pathname === '/api/scorecard') {
      requests += 1;
      return send(res, 200, 'application/json', JSON.stringify(scorecardAt(requests)));
    }
    if (pathname === '/' || pathname === '/index.html') {
      return send(res, 200, TYPES['.html'], await readFile(join(here, 'index.html')));
    }
    if (pathname.startsWith('/scorecard-kit/')) {
      const file = resolve(kitDir, `.${pathname.slice('/scorecard-kit'.length)}`);
      if (!file.startsWith(kitDir + sep) || !TYPES[extname(file)]) return send(res, 404, 'text/plain', 'not found');
      try {
        return send(res, 200, TYPES[extname(file)], await readFile(file));
      } catch {
        return send(res, 404, 'text/plain', 'not found (run npm run build first)');
      }
    }
    return send(res, 404, 'text/plain', 'not found');
  });
  let timer = null;
  const close = () =>
    new Promise((done) => {
      if (timer) clearTimeout(timer);
      server.close(() => done());
      server.closeAllConnections();
    });
  return new Promise((ready, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      if (maxSeconds > 0) {
        timer = setTimeout(close, maxSeconds * 1000);
        timer.unref();
      }
      ready({ url: `http://${host}:${address.port}/`, close });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const { url } = await startServer({ port: arg('port', Number(process.env.PORT ?? 8080)), maxSeconds: arg('max-seconds', 0) });
  console.log(`Scorecard recipe server on ${url} (Ctrl+C to stop)`);
}

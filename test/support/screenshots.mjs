#!/usr/bin/env node
// Takes headless screenshots of demo pages or Storybook stories, in light and
// dark, so we look at what we build. Usage:
//   node test/support/screenshots.mjs [outDir] [path ...]   (paths on the Vite dev server, e.g. /demo/index.html)
//   STORYBOOK=storybook-static node test/support/screenshots.mjs out 'iframe.html?id=elements-kpi-scorecard--playground'
// WIDTH=390 for a phone's width (default 1280); SELECTOR=kpi-scorecard and NTH=1 shoot one element.
import { createServer } from 'vite';
import { chromium } from 'playwright';
import { mkdirSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';

const [outDir = 'screenshots', ...paths] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });

let base;
let close;
if (process.env.STORYBOOK) {
  const root = process.env.STORYBOOK;
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
  const server = createHttpServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    try {
      const body = await readFile(join(root, path === '/' ? 'index.html' : path));
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}/`;
  close = () => server.close();
} else {
  const server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  await server.listen();
  base = server.resolvedUrls.local[0];
  close = () => server.close();
}

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const path of paths.length ? paths : ['demo/index.html', 'demo/ar.html']) {
  for (const scheme of ['light', 'dark']) {
    const width = Number(process.env.WIDTH ?? 1280);
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    page.on('console', (m) => m.type() === 'error' && console.log(`[${path}] console: ${m.text()}`));
    page.on('pageerror', (e) => console.log(`[${path}] page error: ${e.message}`));
    await page.goto(new URL(path.replace(/^\//, ''), base).href, { waitUntil: 'networkidle' });
    await page.waitForTimeout(Number(process.env.WAIT ?? 800));
    // Charts draw as the reader comes near them: come near all of them, as a reader would.
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
        scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 100));
      }
      scrollTo(0, 0);
    });
    await page.waitForTimeout(200);
    const file = join(outDir, `${path.replace(/[^a-z0-9]+/gi, '_')}-${width}-${scheme}.png`);
    // SELECTOR=rolling-trend shoots just that element; else the whole page.
    if (process.env.SELECTOR) {
      const target = page.locator(process.env.SELECTOR).nth(Number(process.env.NTH ?? 0));
      await target.scrollIntoViewIfNeeded();
      await page.waitForTimeout(Number(process.env.WAIT ?? 800)); // charts draw once near the viewport
      await target.screenshot({ path: file });
    }
    else await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
}
await browser.close();
await close();

// The server recipe (demo/recipes/server/server.mjs) inside the test run: started
// on a free loopback port on the first request under PREFIX, proxied by the test
// server (so the page is same-origin with the tests), closed when the test server
// stops, and after 10 minutes in any case.
import { startServer } from '../../demo/recipes/server/server.mjs';

export const RECIPE_SERVER_PREFIX = '/__recipes__/server/';

export function recipeServer() {
  let started = null;
  const middleware = async (context, next) => {
    if (!context.path.startsWith(RECIPE_SERVER_PREFIX)) return next();
    started ??= startServer({ port: 0, maxSeconds: 600 });
    const { url } = await started;
    const upstream = await fetch(new URL(context.url.slice(RECIPE_SERVER_PREFIX.length), url));
    context.status = upstream.status;
    context.set('Cache-Control', 'no-store');
    context.type = upstream.headers.get('content-type') ?? 'application/octet-stream';
    context.body = Buffer.from(await upstream.arrayBuffer());
    return undefined;
  };
  const plugin = {
    name: 'recipe-server',
    async serverStop() {
      if (started) await (await started).close();
      started = null;
    },
  };
  return { middleware, plugin };
}

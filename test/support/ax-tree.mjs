/**
 * The `ax-tree` test command: the page's accessibility tree as Chromium computes it, read
 * through the DevTools protocol (Accessibility.getFullAXTree), for what axe cannot see:
 * accessible names and descriptions, live regions, nodes taken out of the tree. In a test:
 * `await executeServerCommand('ax-tree', { contains: 'Website visitors' })`.
 *
 * Each node: { role, name, description, ignored, live, busy, text } (`text`: what a live region
 * holds, for live regions only). `contains` keeps the nodes whose
 * name or description contains that text (the whole tree of a test page is large).
 */
export function axTreePlugin() {
  return {
    name: 'ax-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('Accessibility.enable');
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const prop = (n, name) => n.properties?.find((p) => p.name === name)?.value?.value;
        const byId = new Map(nodes.map((n) => [n.nodeId, n]));
        // The text a node holds: its static text descendants, in order (what a live region reads).
        const text = (n) =>
          n.role?.value === 'StaticText' ? (n.name?.value ?? '') : (n.childIds ?? []).map((id) => (byId.has(id) ? text(byId.get(id)) : '')).join('');
        const all = nodes.map((n) => ({
          role: n.role?.value ?? null,
          name: n.name?.value ?? '',
          description: n.description?.value ?? '',
          ignored: Boolean(n.ignored),
          live: prop(n, 'live') ?? null,
          busy: prop(n, 'busy') ?? false,
          text: prop(n, 'live') ? text(n) : undefined,
        }));
        const contains = payload?.contains;
        return contains ? all.filter((n) => n.name.includes(contains) || n.description.includes(contains)) : all.filter((n) => !n.ignored && (n.name || n.live));
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    },
  };
}

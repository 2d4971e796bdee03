/**
 * Reading what assistive technology gets: Chromium's accessibility tree (the `ax-tree` test
 * command, test/support/ax-tree.mjs, over the DevTools protocol) and the same text as read off
 * the DOM (which also holds what the tree leaves out, such as `title` tooltips).
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** A node of Chromium's accessibility tree, as `ax-tree` gives it. */
export interface AxNode {
  role: string | null;
  name: string;
  description: string;
  ignored: boolean;
  live: string | null;
  busy: boolean;
  /** For a live region: the text it holds. */
  text?: string;
}

/**
 * The page's accessibility tree: with `contains`, the nodes whose name or description holds
 * it (ignored ones too); without, every node that is not ignored and has a name or is live.
 */
export const axTree = (contains?: string) => executeServerCommand<AxNode[], { contains?: string }>('ax-tree', contains ? { contains } : {});

/** Invisible bidi controls (embeddings, overrides, isolates) and arrows: never in an accessible name or a tooltip. */
export const FORBIDDEN_IN_NAMES = /[\u202a-\u202e\u2066-\u2069→←]/;

/**
 * What the accessibility tree says under `root`, read off the DOM the way the tree is built:
 * the text, names (aria-label, title, alt), descriptions and values of everything that is
 * not aria-hidden, hidden or undisplayed, shadow roots included.
 */
export function domTexts(root: Element | ShadowRoot, out: string[] = []): string[] {
  for (const node of Array.from(root.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) {
      const t = (node.nodeValue ?? '').trim();
      if (t) out.push(t);
      continue;
    }
    if (!(node instanceof Element) || node.localName === 'style' || node.localName === 'script') continue;
    if (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden') || getComputedStyle(node).display === 'none') continue;
    for (const a of ['aria-label', 'aria-description', 'aria-valuetext', 'title', 'alt', 'placeholder']) {
      const v = node.getAttribute(a);
      if (v) out.push(v);
    }
    if (node instanceof HTMLInputElement || node instanceof HTMLSelectElement) out.push(node.value);
    // Names from content (a caption, a label, a button): the whole text, as one name.
    if (node.matches('caption, label, legend, button, h2, p, li, th, td, option')) out.push((node.textContent ?? '').replace(/\s+/g, ' ').trim());
    if (node.shadowRoot) domTexts(node.shadowRoot, out);
    domTexts(node, out);
  }
  return out;
}

/** Every string of `el` for assistive technology: off its DOM, and the names and descriptions of the page's tree. */
export async function accessibleTexts(el: Element): Promise<string[]> {
  const out = domTexts(el.shadowRoot!);
  for (const n of await axTree()) out.push(...[n.name, n.description].filter(Boolean));
  return out;
}

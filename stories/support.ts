import { html, type TemplateResult } from 'lit';

/** The theme to give an element: the story's own arg, else the toolbar's. */
export function themeOf(args: { theme?: string }, context: { globals: Record<string, unknown> }): string {
  return args.theme && args.theme !== 'toolbar' ? args.theme : ((context.globals.theme as string) ?? 'auto');
}

/** Structured clone of a fixture, so a story can change it without touching others. */
export function copy<T>(value: T): T {
  return structuredClone(value);
}

/** The dark-theme stories' decorator: the element on a dark page, as it would sit in one. */
export const onDarkPage = (story: () => unknown): TemplateResult => html`<div style="background:#010409;padding:16px">${story()}</div>`;

/**
 * An element fed CSV by a child `<script type="text/csv">`, as a CMS page gives it: built as
 * DOM, so the CSV is the script's text exactly as written.
 */
export function withCsv(tag: string, csv: string, attributes: Record<string, string | undefined> = {}): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'text/csv';
  script.textContent = csv;
  el.append(script);
  return el;
}

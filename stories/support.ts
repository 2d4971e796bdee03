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

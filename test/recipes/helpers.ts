import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import weekly from '../../demo/data/scorecard-weekly.json';
import '../../src/kpi-scorecard/define.js';
import type { KpiScorecard } from '../../src/kpi-scorecard/kpi-scorecard.js';

export { weekly };

/** What <kpi-scorecard> shows for demo/data/scorecard-weekly.json (10 on track, 4 at risk, 6 off track). */
export const WEEKLY_COUNTS = { 'on-track': 10, 'at-risk': 4, 'off-track': 6, none: 0 };

export type Scorecard = Pick<KpiScorecard, 'result' | 'errors' | 'data'> & HTMLElement;

export interface LoadedPage {
  win: Window;
  doc: Document;
  /** Uncaught errors and unhandled rejections in the page after it loaded. */
  problems: string[];
}

/** Loads a recipe page in an iframe; collects its errors from the start. */
export async function loadPage(src: string): Promise<LoadedPage> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '700px';
  const problems: string[] = [];
  document.body.append(frame);
  // Hook errors as soon as the page's window exists (before its modules run).
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  await loaded;
  const win = frame.contentWindow!;
  win.addEventListener('error', (e) => problems.push(e.message));
  win.addEventListener('unhandledrejection', (e) => problems.push(String(e.reason)));
  return { win, doc: frame.contentDocument!, problems };
}

/** The result <kpi-scorecard> computes for the weekly fixture in this (test) page, from the sources. */
export async function expectedWeeklyResult(): Promise<unknown> {
  const el = document.createElement('kpi-scorecard') as Scorecard;
  el.data = weekly;
  document.body.append(el);
  await waitUntil(() => el.result !== null, 'the reference scorecard did not render');
  const result = JSON.parse(JSON.stringify(el.result));
  el.remove();
  return result;
}

/** Waits for the page's <kpi-scorecard> (found by `selector`) to be defined and to show data. */
export async function renderedScorecard(page: LoadedPage, selector = 'kpi-scorecard', timeout = 8000): Promise<Scorecard> {
  await waitUntil(() => page.win.customElements.get('kpi-scorecard'), 'kpi-scorecard was never defined', { timeout });
  await waitUntil(() => page.doc.querySelector(selector), `no ${selector} in the page`, { timeout });
  const el = page.doc.querySelector(selector) as Scorecard;
  await waitUntil(() => el.result !== null && el.shadowRoot?.querySelector('[part="metric"]'), 'the scorecard never rendered', { timeout });
  return el;
}

/** Asserts the element shows the weekly fixture exactly as the element itself computes it. */
export async function expectWeekly(el: Scorecard): Promise<void> {
  expect(el.errors).to.deep.equal([]);
  expect(el.result!.counts).to.deep.equal(WEEKLY_COUNTS);
  expect(JSON.parse(JSON.stringify(el.result))).to.deep.equal(await expectedWeeklyResult());
  const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
  expect(text).to.contain('Revenue team - weekly scorecard');
  expect(text).to.contain('Website visitors');
  expect(text).to.contain('4,200');
  expect(el.shadowRoot!.querySelectorAll('[part="metric"]')).to.have.length(20);
}

/** Clicks a metric card in the shadow root: a real pointer-style activation. */
export function clickMetric(el: Scorecard, id: string): void {
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>(`[part="metric"][data-id="${id}"] button[part="select"]`);
  expect(button, `metric button ${id}`).to.exist;
  button!.click();
}

/** Waits until the page's <output id="selected"> shows `id` (the page's own handler put it there). */
export async function expectSelected(page: LoadedPage, id: string): Promise<void> {
  const output = page.doc.getElementById('selected');
  expect(output, '#selected output').to.exist;
  await waitUntil(() => output!.textContent?.trim() === id, `the page did not show the selection "${id}" (shows "${output!.textContent}")`, {
    timeout: 3000,
  });
}

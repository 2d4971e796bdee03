import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';

/** Loads a page in an iframe and resolves with its window once loaded. */
async function loadPage(src: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.style.width = '900px';
  frame.style.height = '600px';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow!;
}

describe('the built bundle (dist/scorecard-kit.js)', () => {
  it('defines the elements from a plain <script type="module"> and renders', async () => {
    const win = await loadPage('/test/pages/plain-page.html');
    const errors: string[] = [];
    win.addEventListener('error', (e) => errors.push(e.message));
    await waitUntil(() => win.customElements.get('kpi-scorecard'), 'kpi-scorecard was not defined by the bundle');
    const el = win.document.getElementById('inline') as HTMLElement & { result: { counts: Record<string, number> } | null };
    await waitUntil(() => el.result !== null, 'no result');
    expect(el.result!.counts['off-track']).to.equal(1);
    expect(el.shadowRoot!.textContent).to.contain('Website visitors');
    expect(errors).to.deep.equal([]);
  });
});

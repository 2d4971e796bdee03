import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { ChartTip, renderTip, tipStyles, tipText, type TipContent } from '../../src/internal/chart/tooltip.js';
import { bandAt, sliceAt, turnAt } from '../../src/internal/chart/hit.js';
import { fixedWidth, textMeasurer } from '../../src/internal/chart/measure.js';

const ITEMS = ['Jan', 'Feb', 'Mar', 'Apr'];
const selected: number[] = [];

class TipHost extends LitElement {
  static override styles = [tipStyles];
  rtl = false;
  locale = 'en';
  readonly tip = new ChartTip(this, {
    count: () => ITEMS.length,
    content: (i): TipContent => ({ title: ITEMS[i]!, rows: [{ colour: 'red', shape: 'line', name: 'MQLs', value: String(i * 10) }] }),
    select: (i) => selected.push(i),
    rtl: () => this.rtl,
    initial: () => ITEMS.length - 1,
    locale: () => this.locale,
  });
  override render() {
    const a = this.tip.active;
    return html`<div part="chart" class="box" role="img" aria-label="chart" tabindex="0" style="position:relative;width:400px;height:100px"
        @keydown=${this.tip.onKeydown} @focus=${this.tip.onFocus} @blur=${this.tip.onBlur}
        @pointermove=${(e: PointerEvent) => this.tip.point(Math.floor(e.offsetX / 100), e)}
        @pointerdown=${(e: PointerEvent) => this.tip.point(Math.floor(e.offsetX / 100), e)}
        @pointerleave=${(e: PointerEvent) => this.tip.leave(e)}>
        ${a === null ? '' : renderTip(this.tip.content(a)!, { x: (a + 0.5) / 4, y: 0.3 })}
      </div>
      ${this.tip.renderLive()}`;
  }
}
customElements.define('tip-host', TipHost);

const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));
const tipOf = (el: TipHost) => el.shadowRoot!.querySelector('[part="tooltip"]');
const live = (el: TipHost) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

describe('the one chart tooltip', () => {
  it('opens from the keyboard on the initial item, moves with the arrows, closes with Escape', async () => {
    const el = await fixture<TipHost>(testHtml`<tip-host></tip-host>`);
    const box = el.shadowRoot!.querySelector<HTMLElement>('.box')!;
    box.focus(); // focus() from script counts as keyboard focus (:focus-visible)
    await el.updateComplete;
    expect(tipOf(el)?.textContent).to.contain('Apr');
    expect(live(el)).to.equal('Apr: MQLs 30');
    key(box, 'ArrowLeft');
    await el.updateComplete;
    expect(tipOf(el)?.textContent).to.contain('Mar');
    key(box, 'Home');
    await el.updateComplete;
    expect(tipOf(el)?.querySelector('.sk-tip-title')?.textContent).to.equal('Jan');
    key(box, 'ArrowUp'); // clamped at the first
    await el.updateComplete;
    expect(el.tip.active).to.equal(0);
    key(box, 'Enter');
    expect(selected.at(-1)).to.equal(0);
    key(box, 'Escape');
    await el.updateComplete;
    expect(tipOf(el)).to.equal(null);
    expect(live(el)).to.equal('');
    key(box, 'ArrowRight'); // reopens where it was
    await el.updateComplete;
    expect(el.tip.active).to.equal(0);
    box.blur();
    await el.updateComplete;
    expect(tipOf(el)).to.equal(null);
  });

  it('mirrors Left and Right when time runs right to left, and announces in the locale', async () => {
    const el = await fixture<TipHost>(testHtml`<tip-host></tip-host>`);
    el.rtl = true;
    el.locale = 'ar';
    const box = el.shadowRoot!.querySelector<HTMLElement>('.box')!;
    box.focus();
    await el.updateComplete;
    key(box, 'ArrowRight');
    await el.updateComplete;
    expect(el.tip.active).to.equal(2);
    expect(live(el)).to.equal('Mar، MQLs 20');
    key(box, 'ArrowLeft');
    key(box, 'ArrowLeft');
    await el.updateComplete;
    expect(el.tip.active).to.equal(3);
  });

  it('follows a mouse and leaves with it; a tap keeps it open until a tap elsewhere', async () => {
    const el = await fixture<TipHost>(testHtml`<tip-host></tip-host>`);
    const box = el.shadowRoot!.querySelector<HTMLElement>('.box')!;
    const r = box.getBoundingClientRect();
    const at = (type: string, x: number, pointerType: string) =>
      box.dispatchEvent(new PointerEvent(type, { clientX: r.left + x, clientY: r.top + 10, pointerType, bubbles: true, composed: true }));
    at('pointermove', 150, 'mouse');
    await el.updateComplete;
    expect(tipOf(el)?.textContent).to.contain('Feb');
    expect(live(el)).to.equal(''); // pointer moves are not announced
    box.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    await el.updateComplete;
    expect(tipOf(el)).to.equal(null);

    at('pointermove', 250, 'touch'); // no hover for a finger
    await el.updateComplete;
    expect(tipOf(el)).to.equal(null);
    at('pointerdown', 250, 'touch');
    box.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'touch' }));
    await el.updateComplete;
    expect(tipOf(el)?.textContent).to.contain('Mar');
    document.body.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(tipOf(el)).to.equal(null);
  });

  it('shows rows in columns with colour keys and data names as text', async () => {
    const el = await fixture<HTMLElement>(testHtml`<div style="position:relative;width:300px;height:100px"></div>`);
    const { render } = await import('lit');
    render(renderTip({ title: 'May', rows: [{ colour: 'rgb(255, 0, 0)', shape: 'dash', name: '<img src=x>', value: '1,234' }] }, { x: 0.9, y: 0.1 }), el);
    const tip = el.querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(tip.classList.contains('flip-x')).to.equal(true);
    expect(tip.querySelector('img')).to.equal(null);
    expect(tip.querySelector('bdi')!.textContent).to.equal('<img src=x>');
    expect(tip.querySelector<HTMLElement>('.sk-tip-key')!.style.getPropertyValue('--key')).to.equal('rgb(255, 0, 0)');
    expect(tipText({ title: 'May', rows: [{ colour: null, name: 'A', value: '1' }, { colour: null, name: 'B', value: '2' }] }, 'en')).to.equal('May: A 1, B 2');
  });
});

describe('chart hit-testing and measuring', () => {
  it('finds bands and slices', () => {
    expect(bandAt(0.1, 4, false)).to.equal(0);
    expect(bandAt(0.1, 4, true)).to.equal(3);
    expect(bandAt(1, 4, false)).to.equal(3);
    expect(turnAt(10, 0, 10, 10, false)).to.be.closeTo(0, 1e-9);
    expect(turnAt(20, 10, 10, 10, false)).to.be.closeTo(0.25, 1e-9);
    expect(turnAt(20, 10, 10, 10, true)).to.be.closeTo(0.75, 1e-9);
    expect(sliceAt(0.3, [0.5, 0.8, 1])).to.equal(0);
    expect(sliceAt(0.5, [0.5, 0.8, 1])).to.equal(1);
    expect(sliceAt(0.99, [0.5, 0.8, 1])).to.equal(2);
    expect(sliceAt(0.2, [])).to.equal(-1);
  });
  it('measures text in a font, wider for more text, and fakes it for pure tests', () => {
    const m = textMeasurer(document.body, '16px sans-serif');
    expect(m('March 2026')).to.be.above(m('Mar'));
    expect(m('')).to.equal(0);
    expect(fixedWidth(5)('abcd')).to.equal(20);
  });
});

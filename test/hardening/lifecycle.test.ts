/**
 * Lifecycle: hundreds of mount/unmount cycles leave the heap where it was
 * and nothing running (timers, observers, fetches, chart instances); moving,
 * hiding and showing an element keeps it drawn; defining twice is harmless.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { getInstanceByDom } from 'echarts/core';
import { defineElement } from '../../src/internal/define.js';
import { CASES, caseTitle, itFor, make, trapUncaught, type KitLike } from './elements.js';

const CYCLES = 400;
const HEAP_SLACK = 3 * 1024 * 1024;

/** The browser's own timer, untouched by the instrumentation below. */
const nativeSetTimeout = window.setTimeout.bind(window);
const sleep = (ms: number) => new Promise<void>((r) => nativeSetTimeout(r, ms));
/** Polls with the native timer: open-wc's waitUntil leaves its own timeout pending, which would count here. */
async function until(predicate: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!predicate()) {
    if (performance.now() > end) throw new Error(`Timeout: ${what}`);
    await sleep(5);
  }
}

interface Live {
  intervals: Set<number>;
  timeouts: Set<number>;
  observers: Map<object, string>;
  fetches: number;
  restore: () => void;
}

type Timer = (fn: (...a: unknown[]) => void, ms?: number, ...rest: unknown[]) => number;
type ClearTimer = (id?: number) => void;

/** Counts what is alive: intervals, pending timeouts, observers observing something, fetches in flight. */
function instrument(): Live {
  const live: Live = { intervals: new Set(), timeouts: new Set(), observers: new Map(), fetches: 0, restore: () => {} };
  const w = window as unknown as Record<string, unknown>;
  const saved = {
    setInterval: w.setInterval as Timer,
    clearInterval: w.clearInterval as ClearTimer,
    setTimeout: w.setTimeout as Timer,
    clearTimeout: w.clearTimeout as ClearTimer,
    fetch: window.fetch,
    ResizeObserver: window.ResizeObserver,
    IntersectionObserver: window.IntersectionObserver,
    MutationObserver: window.MutationObserver,
  };
  w.setInterval = ((fn, ms, ...rest) => {
    const id = saved.setInterval.call(window, fn, ms, ...rest);
    live.intervals.add(id);
    return id;
  }) as Timer;
  w.clearInterval = ((id) => {
    if (id !== undefined) live.intervals.delete(id);
    saved.clearInterval.call(window, id);
  }) as ClearTimer;
  w.setTimeout = ((fn, ms, ...rest) => {
    const id = saved.setTimeout.call(
      window,
      (...a: unknown[]) => {
        live.timeouts.delete(id);
        fn(...a);
      },
      ms,
      ...rest,
    );
    live.timeouts.add(id);
    return id;
  }) as Timer;
  w.clearTimeout = ((id) => {
    if (id !== undefined) live.timeouts.delete(id);
    saved.clearTimeout.call(window, id);
  }) as ClearTimer;
  window.fetch = (async (...args: Parameters<typeof fetch>) => {
    live.fetches++;
    let done = false;
    const finish = () => {
      if (!done) live.fetches--;
      done = true;
    };
    args[1]?.signal?.addEventListener('abort', finish);
    try {
      return await saved.fetch.apply(window, args);
    } finally {
      finish();
    }
  }) as typeof fetch;
  for (const name of ['ResizeObserver', 'IntersectionObserver', 'MutationObserver'] as const) {
    // typed as ResizeObserver for brevity: only observe() and disconnect() are wrapped
    const Original = saved[name] as unknown as typeof ResizeObserver;
    w[name] = class extends Original {
      override observe(target: Element, options?: ResizeObserverOptions) {
        live.observers.set(this, name);
        return super.observe(target, options);
      }
      override disconnect() {
        live.observers.delete(this);
        return super.disconnect();
      }
    };
  }
  live.restore = () => Object.assign(window, saved);
  return live;
}

async function collectGarbage(): Promise<number> {
  const gc = (window as unknown as { gc?: () => void }).gc;
  for (let i = 0; i < 4; i++) {
    gc?.();
    await sleep(30);
  }
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

const ways = ['property', 'attribute', 'script', 'src'] as const;

for (const c of CASES) {
  describe(`lifecycle: ${caseTitle(c)}`, function () {
    const test = itFor(c);
    this.timeout(60_000);
    let trap: ReturnType<typeof trapUncaught>;
    before(() => c.load());
    beforeEach(() => {
      trap = trapUncaught();
    });
    afterEach(() => trap.stop());

    const text = JSON.stringify(c.valid);
    const url = c.src ?? `/__test__/text?body=${encodeURIComponent(text)}`;

    /**
     * Chart boxes of removed elements, held weakly: a strong reference would keep each removed
     * element alive (a box in a shadow root keeps its host), and the heap test would measure the
     * 40 elements this test holds rather than what the element leaves behind. A chart instance
     * left behind (or created late, after removal) is held by ECharts' own registry, which keeps
     * its box alive and findable here.
     */
    async function cycle(i: number, containers: WeakRef<HTMLElement>[]): Promise<void> {
      const el = make(c);
      const way = ways[i % ways.length]!;
      if (way === 'property') el.data = structuredClone(c.valid);
      else if (way === 'attribute') el.setAttribute('data', text);
      else if (way === 'script') {
        const s = document.createElement('script');
        s.type = 'application/json';
        s.textContent = text;
        el.append(s);
      } else {
        el.src = url;
        el.setAttribute('refresh', '30');
      }
      document.body.append(el);
      // every other src cycle leaves mid-fetch; the rest wait for the data (and the chart)
      if (way !== 'src' || i % 8 === 3) {
        await until(() => el.result !== null, 'no data');
        if (c.chart) {
          await el.whenDrawn();
          const dom = el.shadowRoot!.querySelector<HTMLElement>('[_echarts_instance_]');
          if (dom && containers.length < 40) containers.push(new WeakRef(dom));
        }
      } else await el.updateComplete;
      el.remove();
    }

    /** One run of the cycles, shared by the two tests below: what it left running, and the heap. */
    let run: Promise<{ live: Live; containers: WeakRef<HTMLElement>[]; growth: number; errors: unknown[] }> | null = null;
    function cycles() {
      run ??= (async () => {
        const gcAvailable = typeof (window as unknown as { gc?: unknown }).gc === 'function';
        expect(gcAvailable, 'Chromium runs with --js-flags=--expose-gc').to.equal(true);
        // warm up: module init, Intl and template caches
        for (let i = 0; i < 80; i++) await cycle(i, []);
        const live = instrument();
        const containers: WeakRef<HTMLElement>[] = [];
        let before: number;
        let after: number;
        try {
          before = await collectGarbage();
          for (let i = 0; i < CYCLES; i++) await cycle(i, containers);
          await sleep(200);
          after = await collectGarbage();
        } finally {
          live.restore();
        }
        const growth = after - before;
        console.log(`${caseTitle(c)} heap after ${CYCLES} cycles: ${(growth / 1024).toFixed(0)} KB (${(before / 1048576).toFixed(1)} MB → ${(after / 1048576).toFixed(1)} MB)`);
        return { live, containers, growth, errors: [...trap.errors] };
      })();
      return run;
    }

    test(`${CYCLES} mount/unmount cycles leave no timer, observer, fetch or chart instance running`, async () => {
      const { live, containers, errors } = await cycles();
      expect(live.intervals.size, 'refresh timers still running').to.equal(0);
      expect(live.fetches, 'fetches still in flight').to.equal(0);
      expect([...live.observers.values()], 'observers still observing').to.deep.equal([]);
      expect(live.timeouts.size, 'timeouts still pending').to.equal(0);
      for (const ref of containers) {
        const dom = ref.deref();
        if (dom) expect(getInstanceByDom(dom), 'chart instance left behind').to.equal(undefined);
      }
      if (c.chart) expect(containers.length, 'charts were drawn').to.be.greaterThan(0);
      expect(errors).to.deep.equal([]);
    });

    test(`${CYCLES} mount/unmount cycles keep the JS heap within 3 MB`, async () => {
      const { growth } = await cycles();
      expect(growth, 'heap growth in bytes').to.be.below(HEAP_SLACK);
    });

    test('renders the same after moving in the DOM, display:none, zero size and showing again', async () => {
      const a = document.createElement('div');
      const b = document.createElement('div');
      a.style.width = b.style.width = '800px';
      document.body.append(a, b);
      const el = make(c);
      el.data = structuredClone(c.valid);
      a.append(el);
      await el.whenDrawn();
      const result = JSON.stringify(el.result);
      const shown = c.shownItems(el);
      const chartOk = async (why: string) => {
        if (c.htmlChart) {
          await el.whenDrawn();
          const chart = el.shadowRoot!.querySelector('[part="chart"]');
          expect(chart, `${why}: chart`).to.not.equal(null);
          expect(chart!.getBoundingClientRect().height, `${why}: chart has a size`).to.be.greaterThan(0);
        }
        if (!c.chart) return;
        await el.whenDrawn();
        const dom = el.shadowRoot!.querySelector<HTMLElement>('[_echarts_instance_]');
        expect(dom, `${why}: chart container`).to.not.equal(null);
        const chart = getInstanceByDom(dom!);
        expect(chart, `${why}: chart instance`).to.not.equal(undefined);
        await waitUntil(() => chart!.getWidth() === dom!.clientWidth && dom!.clientWidth > 0, `${why}: chart not sized to its box`);
      };
      const same = async (why: string) => {
        await el.updateComplete;
        expect(JSON.stringify(el.result), why).to.equal(result);
        expect(c.shownItems(el), why).to.equal(shown);
        expect(el.errors, why).to.deep.equal([]);
        expect(el.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect().height, `${why}: has a size`).to.be.greaterThan(0);
        await chartOk(why);
      };
      await same('at first');
      b.append(el);
      await same('after moving');
      a.append(el);
      await same('after moving back');
      el.style.display = 'none';
      await el.updateComplete;
      await sleep(50);
      el.style.display = '';
      await same('after display:none and back');
      a.style.width = '0px';
      await sleep(50);
      a.style.width = '600px';
      await sleep(50);
      await same('after zero width and back');
      a.remove();
      b.remove();
      expect(trap.errors).to.deep.equal([]);
    });

    test('does not throw when defined a second time (two copies of the kit)', async () => {
      const ctor = customElements.get(c.tag)!;
      expect(ctor).to.not.equal(undefined);
      expect(() => defineElement(c.tag, class extends (ctor as typeof HTMLElement) {})).not.to.throw();
      expect(customElements.get(c.tag)).to.equal(ctor);
      // the registration module again, as a second bundle would run it
      await c.load();
      expect(customElements.get(c.tag)).to.equal(ctor);
    });
  });
}

describe('two copies of the built kit on one page', () => {
  it('loads the bundle and the per-element entry together without an error', async function () {
    this.timeout(60_000);
    const frame = document.createElement('iframe');
    frame.src = '/test/pages/two-copies.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & { __errors: string[] };
    await waitUntil(() => win.customElements.get('kpi-scorecard'), 'not defined');
    const el = win.document.querySelector('kpi-scorecard') as unknown as KitLike;
    await waitUntil(() => el.result !== null, 'no result');
    await sleep(100);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});

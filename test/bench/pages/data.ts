// The same four JSON documents the kit's demo uses, fetched the same way by every variant.
export const DATA_URLS = {
  scorecard: '/demo/data/scorecard-weekly.json',
  funnel: '/demo/data/funnel-plan.json',
  trend: '/demo/data/trend-mqls.json',
  sources: '/demo/data/lead-sources.json',
} as const;

export interface Metric { id: string; label?: string; metric?: string; actual?: number; target?: number | { min?: number; max?: number }; unit?: string; direction?: string; inputs?: Record<string, number>; pace?: boolean }
export interface Dashboard {
  scorecard: { title: string; period?: { elapsed?: number }; metrics: Metric[] };
  funnel: { goal: { revenue: number; period: string }; averageDealSize: number; stages: { id: string; label: string; rate?: number }[] };
  trend: { label: string; target?: number; points: { period: string; value: number | null }[] };
  sources: { sources: { source: string; label?: string; leads?: number; spend?: number }[] };
}

export async function loadDashboard(): Promise<Dashboard> {
  const entries = await Promise.all(
    Object.entries(DATA_URLS).map(async ([k, url]) => [k, await (await fetch(url)).json()] as const),
  );
  return Object.fromEntries(entries) as unknown as Dashboard;
}

/** What a hand-written page computes itself: status of each metric, the funnel backwards, the 13-month window. */
export function metricActual(m: Metric): number | null {
  if (typeof m.actual === 'number') return m.actual;
  const i = m.inputs ?? {};
  const div = (a: string, b: string) => (i[b] ? i[a]! / i[b]! : null);
  switch (m.metric) {
    case 'cpl': return div('spend', 'leads');
    case 'close_rate': return div('won', 'closed');
    case 'email_click_rate': return div('clicks', 'delivered');
    case 'churn_rate': return div('lost', 'customers');
    default: return null;
  }
}

export function funnelBackwards(f: Dashboard['funnel']): { label: string; required: number }[] {
  const perMonth = f.goal.period === 'year' ? 12 : f.goal.period === 'quarter' ? 3 : 1;
  let volume = f.goal.revenue / f.averageDealSize / perMonth;
  const out: { label: string; required: number }[] = [];
  for (let i = f.stages.length - 1; i >= 0; i--) {
    const s = f.stages[i]!;
    out.unshift({ label: s.label, required: volume });
    if (s.rate) volume = volume / s.rate;
  }
  return out;
}

export function lastWindow(t: Dashboard['trend'], n = 13) {
  return [...t.points].sort((a, b) => a.period.localeCompare(b.period)).slice(-n);
}

export function renderScorecardDom(root: HTMLElement, d: Dashboard['scorecard']): void {
  const nf = new Intl.NumberFormat('en-US');
  const h = document.createElement('h2');
  h.textContent = d.title;
  root.append(h);
  const list = document.createElement('ul');
  for (const m of d.metrics) {
    const li = document.createElement('li');
    const actual = metricActual(m);
    const t = m.target;
    // A range target ({ min, max }): inside is on track, outside judged against the bound passed.
    const ratio = actual === null || !t
      ? null
      : typeof t === 'object'
        ? t.min !== undefined && actual < t.min ? actual / t.min : t.max !== undefined && actual > t.max ? t.max / actual : 1
        : m.direction === 'lower' ? t / actual : actual / t;
    const target = t === undefined ? '—' : typeof t === 'object' ? `${t.min ?? ''}–${t.max ?? ''}` : nf.format(t);
    li.textContent = `${m.label ?? m.id}: ${actual === null ? '—' : nf.format(actual)} / ${target} ${ratio === null ? '' : ratio >= 1 ? 'on track' : ratio >= 0.9 ? 'at risk' : 'off track'}`;
    list.append(li);
  }
  root.append(list);
}

/**
 * Marks the end of the frame that shows what has just been drawn: a frame callback runs before
 * that frame's style, layout and paint, and a message posted from it is handled after them.
 */
export function markDrawn(): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      performance.mark('dashboard-drawn');
      (window as unknown as { __drawn: number }).__drawn = performance.now();
    };
    channel.port2.postMessage(null);
  });
}

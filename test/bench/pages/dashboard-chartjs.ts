// The dashboard hand-written with Chart.js (funnel as horizontal bars: Chart.js has no funnel).
import Chart from 'chart.js/auto';
import { funnelBackwards, lastWindow, loadDashboard, markDrawn, renderScorecardDom } from './data.js';

const d = await loadDashboard();
renderScorecardDom(document.getElementById('scorecard')!, d.scorecard);
const canvas = (id: string) => {
  const c = document.createElement('canvas');
  document.getElementById(id)!.append(c);
  return c;
};
const funnel = funnelBackwards(d.funnel);
new Chart(canvas('funnel'), {
  type: 'bar',
  data: { labels: funnel.map((s) => s.label), datasets: [{ label: 'Required', data: funnel.map((s) => s.required) }] },
  options: { indexAxis: 'y', maintainAspectRatio: false },
});
const w = lastWindow(d.trend);
new Chart(canvas('trend'), {
  type: 'line',
  data: { labels: w.map((p) => p.period), datasets: [{ label: d.trend.label, data: w.map((p) => p.value), spanGaps: false }] },
  options: { maintainAspectRatio: false },
});
const src = [...d.sources.sources].sort((a, b) => (b.leads ?? 0) - (a.leads ?? 0));
new Chart(canvas('sources'), {
  type: 'bar',
  data: { labels: src.map((s) => s.label ?? s.source), datasets: [{ label: 'Leads', data: src.map((s) => s.leads ?? 0) }] },
  options: { indexAxis: 'y', maintainAspectRatio: false },
});
markDrawn();

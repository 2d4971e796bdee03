// The dashboard hand-written with the full ECharts bundle, as a developer would without the kit.
import * as echarts from 'echarts';
import { funnelBackwards, lastWindow, loadDashboard, markDrawn, renderScorecardDom } from './data.js';

const d = await loadDashboard();
renderScorecardDom(document.getElementById('scorecard')!, d.scorecard);
const funnel = funnelBackwards(d.funnel);
echarts.init(document.getElementById('funnel')!).setOption({
  tooltip: {},
  series: [{ type: 'funnel', data: funnel.map((s) => ({ name: s.label, value: s.required })) }],
});
const w = lastWindow(d.trend);
echarts.init(document.getElementById('trend')!).setOption({
  tooltip: { trigger: 'axis' },
  xAxis: { type: 'category', data: w.map((p) => p.period) },
  yAxis: { type: 'value' },
  series: [{ type: 'line', data: w.map((p) => p.value), markLine: d.trend.target ? { data: [{ yAxis: d.trend.target }] } : undefined }],
});
const src = [...d.sources.sources].sort((a, b) => (a.leads ?? 0) - (b.leads ?? 0));
echarts.init(document.getElementById('sources')!).setOption({
  tooltip: {},
  xAxis: { type: 'value' },
  yAxis: { type: 'category', data: src.map((s) => s.label ?? s.source) },
  series: [{ type: 'bar', data: src.map((s) => s.leads ?? 0) }],
});
markDrawn();

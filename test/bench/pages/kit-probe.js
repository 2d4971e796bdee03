// Marks the moment every kit element on the page has drawn its data (and chart).
// Module scripts run in order: the kit's bundle has defined its elements by now.
const tags = ['kpi-scorecard', 'funnel-planner', 'rolling-trend', 'lead-source-breakdown'].filter((t) => customElements.get(t));
const els = tags.flatMap((t) => [...document.querySelectorAll(t)]);
await Promise.all(els.map((el) => el.whenDrawn()));
requestAnimationFrame(() => {
  performance.mark('dashboard-drawn');
  window.__drawn = performance.now();
});

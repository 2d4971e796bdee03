// Marks the moment every kit element on the page has drawn its data (and chart).
// Module scripts run in order: the kit's bundle has defined its elements by now.
const tags = ['kpi-scorecard', 'funnel-planner', 'rolling-trend', 'lead-source-breakdown'].filter((t) => customElements.get(t));
const els = tags.flatMap((t) => [...document.querySelectorAll(t)]);
await Promise.all(els.map((el) => el.whenDrawn()));
// The end of the frame that shows them: a frame callback runs before that frame's style, layout
// and paint, and a message posted from it is handled after them (as markDrawn() in data.ts).
requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    performance.mark('dashboard-drawn');
    window.__drawn = performance.now();
  };
  channel.port2.postMessage(null);
});

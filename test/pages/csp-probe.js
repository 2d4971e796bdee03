// Loaded first by csp.html (a same-origin script, as the policy allows): records
// every Content-Security-Policy violation of the page, from its first moment.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push({
    directive: e.effectiveDirective,
    blocked: e.blockedURI,
    sample: e.sample,
    source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
    // the event is composed: from inside a shadow root its target is the element's host
    element: e.target && e.target.localName ? e.target.localName : null,
  });
});
window.__errors = [];
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));

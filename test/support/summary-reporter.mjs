import { writeFileSync } from 'node:fs';

// Prints one plain closing line, `N passed, N failed, N skipped`, after the
// default reporter's output, so CI can read the count.
function count(suite, totals) {
  if (!suite) return;
  for (const t of suite.tests) {
    if (t.skipped) totals.skipped++;
    else if (t.passed) totals.passed++;
    else totals.failed++;
  }
  for (const s of suite.suites) count(s, totals);
}

export function summaryReporter() {
  let last = null;
  return {
    onTestRunFinished({ sessions }) {
      last = sessions;
    },
    stop({ sessions }) {
      const all = sessions ?? last ?? [];
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of all) {
        const before = totals.passed + totals.failed + totals.skipped;
        count(session.testResults, totals);
        // A file that failed to load (syntax or import error) ran no test: count it as a failure.
        if (totals.passed + totals.failed + totals.skipped === before && session.passed === false) totals.failed++;
        else if (session.errors?.length && session.passed === false && totals.failed === 0) totals.failed++;
      }
      // test.mjs prints this after the runner has exited, as the very last line.
      const line = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
      if (process.env.SK_SUMMARY_FILE) writeFileSync(process.env.SK_SUMMARY_FILE, line);
      else console.log(`\n${line}`);
    },
  };
}

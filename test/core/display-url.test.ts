/**
 * display-url.ts: what an error message shows of a `src` address.
 */
import { expect } from '@open-wc/testing';
import { displayUrl, MAX_URL_SHOWN } from '../../src/core/display-url.js';

describe('displayUrl', () => {
  it('removes a user name and password, hides query values, drops the fragment', () => {
    expect(displayUrl('https://ana:hunter2@example.com/data.json?api_key=SECRET&from=2026-01#top')).to.equal('https://example.com/data.json?api_key=…&from=…');
    expect(displayUrl('https://example.com/plain.json')).to.equal('https://example.com/plain.json');
  });

  it('keeps a relative address as written, its query values hidden', () => {
    expect(displayUrl('/api/scorecard?token=abc')).to.equal('/api/scorecard?token=…');
    expect(displayUrl('data/weekly.csv#x')).to.equal('data/weekly.csv');
    expect(displayUrl('  report.json  ')).to.equal('report.json');
  });

  it('shortens a long address around an ellipsis, keeping its start and its end', () => {
    const shown = displayUrl(`https://example.com/${'a'.repeat(300)}/end.json`);
    expect([...shown]).to.have.length(MAX_URL_SHOWN);
    expect(shown.startsWith('https://example.com/aaa')).to.equal(true);
    expect(shown.endsWith('a/end.json')).to.equal(true);
    expect(shown).to.contain('…');
  });

  it('never splits a character made of two code units', () => {
    const shown = displayUrl(`/${'😀'.repeat(200)}`);
    expect([...shown]).to.have.length(MAX_URL_SHOWN);
    expect(shown).not.to.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

import { expect } from '@open-wc/testing';
import { toCsv, csvSeparator } from '../../src/core/csv.js';

describe('CSV export', () => {
  it('quotes per RFC 4180 and starts with a BOM', () => {
    const csv = toCsv(['Metric', 'Actual'], [[{ text: 'Visitors, web' }, { formatted: '4,200' }], [{ text: 'Say "hi"' }, null]], 'en');
    expect(csv).to.equal('\uFEFFMetric,Actual\r\n"Visitors, web","4,200"\r\n"Say ""hi""",\r\n');
  });

  it('neutralises spreadsheet formulas in text from the data', () => {
    const csv = toCsv(['Label'], [['=HYPERLINK("http://x","y")'], ['+1'], ['-2'], ['@SUM(A1)'], ['\tx'], ['plain']], 'en');
    const lines = csv.slice(1).trim().split('\r\n').slice(1);
    expect(lines).to.deep.equal([`"'=HYPERLINK(""http://x"",""y"")"`, "'+1", "'-2", "'@SUM(A1)", "'\tx", 'plain']);
  });

  it('writes formatted numbers as they are, even negative ones', () => {
    expect(toCsv(['Change'], [[{ formatted: '-5%' }]], 'en')).to.contain('\r\n-5%\r\n');
  });

  it('uses ; where the decimal mark is a comma', () => {
    expect(csvSeparator('de-DE')).to.equal(';');
    expect(csvSeparator('en-US')).to.equal(',');
    expect(toCsv(['a', 'b'], [[{ formatted: '1,5' }, { text: 'x' }]], 'de-DE')).to.equal('\uFEFFa;b\r\n1,5;x\r\n');
  });
});

import { expect } from '@open-wc/testing';
import { metricStatus, pacedTarget, attainment } from '../../src/core/status.js';

describe('status and pacing', () => {
  it('higher is better: on track at r >= 1, at risk at r >= 0.9, else off track', () => {
    expect(metricStatus({ actual: 5000, target: 5000 })).to.include({ status: 'on-track', ratio: 1 });
    expect(metricStatus({ actual: 4500, target: 5000 })).to.include({ status: 'at-risk', ratio: 0.9 });
    expect(metricStatus({ actual: 4499, target: 5000 }).status).to.equal('off-track');
    expect(metricStatus({ actual: 6000, target: 5000 }).ratio).to.equal(1.2);
  });

  it('lower is better: r = target / actual', () => {
    // CPL of $48 against a $40 target: 40 / 48 = 0.833, off track.
    const r = metricStatus({ actual: 48, target: 40, direction: 'lower' });
    expect(r.status).to.equal('off-track');
    expect(r.ratio).to.be.closeTo(0.8333, 1e-4);
    expect(metricStatus({ actual: 44, target: 40, direction: 'lower' }).status).to.equal('at-risk');
    expect(metricStatus({ actual: 30, target: 40, direction: 'lower' }).status).to.equal('on-track');
  });

  it('uses the configured at-risk threshold', () => {
    expect(metricStatus({ actual: 80, target: 100, atRisk: 0.75 }).status).to.equal('at-risk');
    expect(metricStatus({ actual: 80, target: 100, atRisk: 0.85 }).status).to.equal('off-track');
  });

  it('is none without a target or without an actual', () => {
    expect(metricStatus({ actual: 10, target: undefined })).to.deep.equal({ status: 'none', ratio: null, comparedTarget: null });
    expect(metricStatus({ actual: null, target: 10 })).to.deep.equal({ status: 'none', ratio: null, comparedTarget: 10 });
  });

  it('never yields NaN or Infinity for zeros', () => {
    // A zero target: anything at or above it meets it; no ratio.
    expect(metricStatus({ actual: 0, target: 0 })).to.deep.equal({ status: 'on-track', ratio: null, comparedTarget: 0 });
    expect(metricStatus({ actual: -1, target: 0 })).to.include({ status: 'off-track', ratio: null });
    // A zero cost is as good as a cost gets.
    expect(metricStatus({ actual: 0, target: 40, direction: 'lower' })).to.include({ status: 'on-track', ratio: null });
    expect(attainment(5, 0, 'higher')).to.equal(null);
    expect(attainment(0, 5, 'lower')).to.equal(null);
  });

  it('paces a target by the share of the period elapsed', () => {
    expect(pacedTarget(5000, 0.6)).to.equal(3000);
    expect(pacedTarget(5000, 1)).to.equal(5000);
    // Elapsed 0 (before the period's first working day): nothing is due yet, so a paced
    // target of 0 that any actual meets, with no ratio (never a division by 0).
    expect(pacedTarget(5000, 0)).to.equal(0);
    expect(metricStatus({ actual: 0, target: 5000, pace: true, elapsed: 0 })).to.deep.equal({ status: 'on-track', ratio: null, comparedTarget: 0 });
    expect(pacedTarget(5000, 1.5)).to.equal(5000);
    // 4,200 visitors on Wednesday (60 %) against 5,000 for the week: 3,000 expected by now, on track.
    const paced = metricStatus({ actual: 4200, target: 5000, pace: true, elapsed: 0.6 });
    expect(paced).to.deep.equal({ status: 'on-track', ratio: 1.4, comparedTarget: 3000 });
    // Without pace the same week is off track (4,200 / 5,000 = 0.84).
    expect(metricStatus({ actual: 4200, target: 5000, elapsed: 0.6 }).status).to.equal('off-track');
    // 14 MQLs against 25 paced to 15: 0.933, at risk.
    expect(metricStatus({ actual: 14, target: 25, pace: true, elapsed: 0.6 }).status).to.equal('at-risk');
  });
});

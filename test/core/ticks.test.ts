import { expect } from '@open-wc/testing';
import { linearTicks, tickCountFor } from '../../src/core/ticks.js';

describe('linearTicks', () => {
  it('covers the data with round steps', () => {
    expect(linearTicks(3, 97)).to.deep.equal([0, 20, 40, 60, 80, 100]);
    expect(linearTicks(0.1, 0.3, 3)).to.deep.equal([0.1, 0.2, 0.3]);
  });
  it('pads a single value and keeps the order of reversed ends', () => {
    const one = linearTicks(50, 50);
    expect(one[0]).to.be.at.most(45);
    expect(one.at(-1)).to.be.at.least(55);
    expect(linearTicks(0, 0)[0]).to.be.below(0);
    expect(linearTicks(10, 0)).to.deep.equal(linearTicks(0, 10));
  });
  it('answers non-finite input with a plain axis and huge spans with their ends', () => {
    expect(linearTicks(Number.NaN, 3)).to.deep.equal([0, 1]);
    expect(linearTicks(-Infinity, 3)).to.deep.equal([0, 1]);
    const huge = linearTicks(-1.7e308, 1.7e308);
    expect(huge.every(Number.isFinite)).to.equal(true);
  });
  it('gives fewer ticks to a shorter axis', () => {
    expect(tickCountFor(120)).to.be.below(tickCountFor(400));
    expect(tickCountFor(40)).to.equal(2);
    expect(tickCountFor(10_000)).to.equal(8);
  });
});

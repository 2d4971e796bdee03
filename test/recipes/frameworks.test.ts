// The framework recipes, built by `npm test` (test/support/build-recipes.mjs) into
// demo/recipes/<name>/dist/ with Vite against the built kit. Each passes the weekly
// data as a property and shows the id of a clicked metric from its own state.
import { expect } from '@open-wc/testing';
import { clickMetric, expectSelected, expectWeekly, loadPage, renderedScorecard } from './helpers.js';

const RECIPES = [
  { name: 'React 19', dir: 'react' },
  { name: 'Vue 3', dir: 'vue' },
  { name: 'Angular (AOT)', dir: 'angular' },
];

for (const { name, dir } of RECIPES) {
  describe(`recipe: ${name} (demo/recipes/${dir})`, () => {
    it('passes the data as a property, renders it and receives kpi-select in framework state', async function () {
      this.timeout(60_000); // a whole application starting in a frame, on a busy 2-core machine
      const built = await fetch(`/demo/recipes/${dir}/dist/index.html`);
      expect(built.ok, `demo/recipes/${dir}/dist is missing: run \`npm test\`, which builds it`).to.be.true;
      const page = await loadPage(`/demo/recipes/${dir}/dist/index.html`);
      const el = await renderedScorecard(page);
      // A property, never a "[object Object]" attribute.
      expect(el.hasAttribute('data')).to.be.false;
      expect(el.data).to.be.an('object');
      await expectWeekly(el);
      await expectSelected(page, 'none');
      clickMetric(el, 'mqls');
      await expectSelected(page, 'mqls');
      clickMetric(el, 'churn');
      await expectSelected(page, 'churn');
      expect(page.problems).to.deep.equal([]);
    });
  });
}

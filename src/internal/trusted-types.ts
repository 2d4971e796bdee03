/**
 * Lit creates its Trusted Types policy, `lit-html`, as its module loads. A page whose policy
 * does not allow that name (`trusted-types 'none'`, or a list without `lit-html`) makes
 * `createPolicy` throw, and with it the whole bundle would fail to load. Evaluated before lit
 * (it is the first import of every entry point, through define.ts), this lets that one refusal
 * pass: lit then works without a policy, as it does in a browser without Trusted Types, which
 * is all such a page allows anyway when it does not also require Trusted Types. Where the page
 * requires them (`require-trusted-types-for 'script'`), the browser still refuses what lit then
 * writes: such a page must allow `lit-html` (README, "Trusted Types").
 *
 * Only lit's own name is let through, and only while the kit's modules load: the page's
 * `createPolicy` is put back in the next microtask.
 */
type Factory = { createPolicy(name: string, rules: object): unknown };
const factory = (globalThis as { trustedTypes?: Factory }).trustedTypes;
if (factory && !Object.hasOwn(factory, 'createPolicy')) {
  const create = factory.createPolicy;
  Object.defineProperty(factory, 'createPolicy', {
    configurable: true,
    writable: true,
    value(this: Factory, name: string, rules: object) {
      try {
        return create.call(this, name, rules);
      } catch (e) {
        if (name === 'lit-html') return undefined;
        throw e;
      }
    },
  });
  queueMicrotask(() => delete (factory as Partial<Factory>).createPolicy);
}

export {};

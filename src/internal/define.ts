/**
 * Registers a custom element once. A second copy of the kit on the same page
 * (two bundles, two versions) must not throw: the first definition stays.
 *
 * Imported by every entry point before anything of lit: so the Trusted Types guard loads first.
 */
import './trusted-types.js';

export function defineElement(name: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(name)) return;
  try {
    customElements.define(name, ctor);
  } catch {
    // Lost a race with another copy defining the same name: theirs is used.
  }
}

/**
 * Elements moved into another document: a same-origin print or preview iframe
 * (`frame.contentDocument.body.append(el)`, or `adoptNode` first), a document without a window,
 * and back. Lit's styles are constructed stylesheets of the kit's own document, which another
 * document may not share: a drawn element moved there lost its styles, and one moved there
 * before its first connection threw "Sharing constructed stylesheets in multiple documents is
 * not allowed". Every element, drawn or not yet connected, keeps its styles in the new document
 * (read there with its window's `getComputedStyle`), and nothing is thrown.
 */
import { expect } from '@open-wc/testing';
import { waitUntil, within } from '../support/wait.js';
import { CASES, caseTitle, make, type ElementCase, type KitLike } from './elements.js';

/** Uncaught errors and unhandled rejections of this window and of a frame's, while installed. */
function trap(...views: Window[]): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.error ?? e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  for (const v of views) {
    v.addEventListener('error', onError);
    v.addEventListener('unhandledrejection', onRejection);
  }
  return {
    errors,
    stop: () => {
      for (const v of views) {
        v.removeEventListener('error', onError);
        v.removeEventListener('unhandledrejection', onRejection);
      }
    },
  };
}

async function openFrame(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '700px';
  frame.srcdoc = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Preview</title></head><body></body></html>';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/**
 * The kit's styles apply to the element in the document it is in, read with that document's
 * window: `:host { display: block }` and `.base { border-radius: var(--_radius) }` (8px).
 */
function expectStyled(el: KitLike, where: string): void {
  const view = el.ownerDocument.defaultView!;
  expect(view.getComputedStyle(el).display, `${where}: :host display`).to.equal('block');
  const base = el.shadowRoot!.querySelector('[part="base"]')!;
  expect(base, `${where}: base`).to.not.equal(null);
  expect(view.getComputedStyle(base).borderTopLeftRadius, `${where}: .base border-radius`).to.equal('8px');
}

function newElement(c: ElementCase): KitLike {
  const el = make(c);
  el.data = structuredClone(c.valid);
  return el;
}

describe('elements moved into another document', function () {
  this.timeout(90_000);
  let frame: HTMLIFrameElement;
  let caught: ReturnType<typeof trap>;

  before(async () => {
    await Promise.all(CASES.map((c) => c.load()));
  });
  beforeEach(async () => {
    frame = await openFrame();
    caught = trap(window, frame.contentWindow!);
  });
  afterEach(() => {
    caught.stop();
    frame.remove();
  });

  for (const c of CASES) {
    it(`${caseTitle(c)}: a drawn element moved into an iframe keeps its styles there, and back`, async () => {
      const el = newElement(c);
      document.body.prepend(el); // in view: its chart draws
      try {
        await within(el.whenDrawn(), 45_000, 'whenDrawn() did not settle');
        expectStyled(el, 'drawn, in this page');
        frame.contentDocument!.body.append(el);
        await el.updateComplete;
        expect(el.ownerDocument, 'moved').to.equal(frame.contentDocument);
        expectStyled(el, 'in the iframe');
        expect(c.shownItems(el), 'items shown in the iframe').to.be.greaterThan(0);
        // back home
        document.body.prepend(el);
        await el.updateComplete;
        expectStyled(el, 'back in this page');
        expect(el.shadowRoot!.querySelectorAll('style').length, 'no <style> left behind').to.equal(0);
        expect(caught.errors, 'uncaught errors').to.deep.equal([]);
      } finally {
        el.remove();
      }
    });

    it(`${caseTitle(c)}: an element first connected in an iframe (appended, or adopted first) is styled there`, async () => {
      const doc = frame.contentDocument!;
      const appended = newElement(c);
      const adopted = doc.adoptNode(newElement(c));
      // never connected in this page: its shadow root is first made in the iframe's document
      doc.body.append(appended, adopted);
      try {
        for (const [el, how] of [[appended, 'appended'], [adopted, 'adopted']] as const) {
          await within(el.updateComplete, 45_000, `${how}: updateComplete did not settle`);
          expectStyled(el, how);
          await waitUntil(() => c.shownItems(el) > 0, `${how}: no items shown in the iframe`);
        }
        expect(caught.errors, 'uncaught errors').to.deep.equal([]);
      } finally {
        appended.remove();
        adopted.remove();
      }
    });

    // A print iframe is often removed with what it printed still inside: those elements are never
    // disconnected (their document stays, its frame is gone), so nothing of this window may go on
    // watching them.
    const leftInside = `${caseTitle(c)}: an iframe removed with a drawn element still inside leaves no error behind`;
    it(leftInside, async () => {
      const el = newElement(c);
      document.body.prepend(el);
      await within(el.whenDrawn(), 45_000, 'whenDrawn() did not settle');
      frame.contentDocument!.body.append(el);
      await el.updateComplete;
      if (c.chart) await within(el.whenDrawn(), 45_000, 'whenDrawn() did not settle in the iframe');
      frame.remove();
      // a few rendering frames of this page, each of which would report a leftover observer
      for (let i = 0; i < 5; i++) {
        document.body.style.paddingTop = `${i}px`;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      document.body.style.paddingTop = '';
      expect(caught.errors, 'uncaught errors').to.deep.equal([]);
    });
  }

  it('an element in a document without a window (then back in a page) throws nothing and is styled again', async () => {
    const c = CASES[0]!;
    const el = newElement(c);
    document.body.append(el);
    try {
      await within(el.whenDrawn(), 45_000, 'whenDrawn() did not settle');
      const windowless = document.implementation.createHTMLDocument('');
      windowless.body.append(el); // no window: its styles become <style> elements
      expect(el.shadowRoot!.querySelectorAll('style').length, '<style> in a windowless document').to.be.greaterThan(0);
      frame.contentDocument!.body.append(el);
      await el.updateComplete;
      expectStyled(el, 'then in the iframe');
      expect(el.shadowRoot!.querySelectorAll('style').length, 'no <style> left behind').to.equal(0);
      expect(caught.errors, 'uncaught errors').to.deep.equal([]);
    } finally {
      el.remove();
    }
  });
});

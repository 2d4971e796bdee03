/**
 * Elements in another document: a print or preview iframe (`frame.contentDocument.body.append(el)`,
 * `adoptNode`), or a document without a window.
 *
 * Lit adopts an element's `static styles` as constructed stylesheets of the window the kit was
 * loaded in, and a constructed sheet may only be used in its own document: in any other, adopting
 * it throws ("Sharing constructed stylesheets in multiple documents is not allowed"), and a shadow
 * root moved to another document drops the sheets it had. So each element's styles are adopted for
 * the document its shadow root is in, when it is created and whenever the element is moved:
 * - the kit's own document: lit's own sheets (`adoptStyles`), shared by every element;
 * - another document with a window: sheets constructed by that window, once per window and style
 *   (constructed sheets, so a strict `style-src 'self'` there allows them too);
 * - otherwise (no window, no constructable sheets): `<style>` elements in the shadow root.
 * Nothing here throws: a failure falls back to `<style>` elements.
 */
import { adoptStyles, type CSSResultOrNative } from 'lit';

/** The sheets constructed for other windows, by window (forgotten with the window) and style. */
const sheetsByWindow = new WeakMap<Window, Map<CSSResultOrNative, CSSStyleSheet>>();

/** The `<style>` elements added as a fallback, by shadow root (removed when sheets can be adopted). */
const fallbacks = new WeakMap<ShadowRoot, HTMLStyleElement[]>();

function cssTextOf(style: CSSResultOrNative): string {
  if ('cssText' in style) return style.cssText;
  let text = '';
  for (const rule of Array.from(style.cssRules)) text += rule.cssText;
  return text;
}

type Realm = Window & typeof globalThis;

/** A window whose documents can adopt sheets it constructs. */
function constructingWindow(doc: Document): Realm | null {
  const view = doc.defaultView as Realm | null;
  if (!view || typeof view.CSSStyleSheet !== 'function' || !('replaceSync' in view.CSSStyleSheet.prototype)) return null;
  if (!('adoptedStyleSheets' in view.Document.prototype)) return null;
  return view;
}

function sheetFor(view: Realm, style: CSSResultOrNative): CSSStyleSheet {
  let sheets = sheetsByWindow.get(view);
  if (!sheets) sheetsByWindow.set(view, (sheets = new Map()));
  let sheet = sheets.get(style);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(cssTextOf(style));
    sheets.set(style, sheet);
  }
  return sheet;
}

function removeFallback(root: ShadowRoot): void {
  for (const el of fallbacks.get(root) ?? []) el.remove();
  fallbacks.delete(root);
}

function styleElements(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  removeFallback(root);
  try {
    // Sheets of another document, if any are left, would not apply (or would throw): let them go.
    if ('adoptedStyleSheets' in root && root.adoptedStyleSheets.length) root.adoptedStyleSheets = [];
  } catch {
    // nothing adopted to clear
  }
  const doc = root.ownerDocument;
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  const added: HTMLStyleElement[] = [];
  for (const style of styles) {
    const el = doc.createElement('style');
    if (nonce !== undefined) el.setAttribute('nonce', nonce);
    el.textContent = cssTextOf(style);
    added.push(el);
  }
  // First in the root, so anything rendered after them keeps its order.
  root.prepend(...added);
  fallbacks.set(root, added);
}

/**
 * Adopts `styles` into a shadow root for the document it is in now (its element created there,
 * or just moved there). Idempotent; never throws.
 */
export function adoptStylesIn(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  try {
    const doc = root.ownerDocument;
    if (doc === document) {
      removeFallback(root);
      adoptStyles(root, [...styles]);
      return;
    }
    const view = constructingWindow(doc);
    if (!view) return styleElements(root, styles);
    removeFallback(root);
    root.adoptedStyleSheets = styles.map((s) => sheetFor(view, s));
  } catch (e) {
    console.error('scorecard-kit: the styles could not be adopted in this document; using <style> elements', e);
    try {
      styleElements(root, styles);
    } catch {
      // a document that takes no style at all: the element still works, unstyled
    }
  }
}

/**
 * A ResizeObserver of the window `el` is in now. One of the kit's own window that observes an
 * element in another document keeps watching it after that document's frame is gone (a print
 * iframe removed with the element still inside, which is never disconnected), and reports
 * "ResizeObserver loop completed with undelivered notifications" on every frame from then on;
 * one of the element's own window goes with its frame.
 */
export function resizeObserverFor(el: Element, callback: ResizeObserverCallback): ResizeObserver {
  const view = el.ownerDocument.defaultView as Realm | null;
  return new (view?.ResizeObserver ?? ResizeObserver)(callback);
}

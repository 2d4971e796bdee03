/**
 * Runs callbacks around printing (window `beforeprint` / `afterprint`), so an
 * element can lay out what a printout must keep (a table behind a toggle) and
 * put things back afterwards. Listens only while the element is on the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintController implements ReactiveController {
  private readonly before: () => void;
  private readonly after: () => void;

  constructor(host: ReactiveControllerHost, before: () => void, after: () => void) {
    this.before = before;
    this.after = after;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
  }
}

import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import scorecard from '../../data/scorecard-weekly.json';

@Component({
  selector: 'app-root',
  // Lets Angular accept <kpi-scorecard> and bind to its properties and events.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <kpi-scorecard [data]="scorecard" (kpi-select)="onSelect($event)"></kpi-scorecard>
      <!-- The other elements: one line each, e.g. <rolling-trend [data]="trend" (kpi-select)="onSelect($event)"></rolling-trend> -->
      <p>Selected: <output id="selected">{{ selected() }}</output></p>
    </main>
  `,
})
export class AppComponent {
  readonly scorecard = scorecard;
  readonly selected = signal('none');

  onSelect(event: Event): void {
    this.selected.set((event as CustomEvent<{ id: string }>).detail.id);
  }
}

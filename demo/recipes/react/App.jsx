import { useState } from 'react';
// Defines <kpi-scorecard> and the other elements. Import it before the first render:
// React 19 sets `data` as a property only on an element that is already defined.
import 'scorecard-kit';
import scorecard from '../../data/scorecard-weekly.json';

export function App() {
  const [selected, setSelected] = useState(null);
  // React 19 passes objects to custom elements as properties (data={...}) and
  // turns on<event-name> into addEventListener('<event-name>').
  const onSelect = (event) => setSelected(event.detail.id);

  return (
    <main>
      <kpi-scorecard data={scorecard} onkpi-select={onSelect} />
      {/* The other elements: one line each, e.g. <rolling-trend data={trend} onkpi-select={onSelect} /> */}
      <p>
        Selected: <output id="selected">{selected ?? 'none'}</output>
      </p>
    </main>
  );
}

/**
 * Tests shorten the kit's fetch limits (a 300 ms timeout, a 0.1 s refresh, a 2 kB answer);
 * `restoreFetchSettings()` in an `afterEach` puts every one back as the kit ships them.
 */
import { fetchSettings } from '../../src/internal/data-controller.js';

const shipped = { ...fetchSettings };

export function restoreFetchSettings(): void {
  Object.assign(fetchSettings, shipped);
}

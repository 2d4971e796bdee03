/** Vocabulary shared by every element, as `as const` lists with derived types. */

export const UNITS = ['count', 'currency', 'percent', 'days', 'minutes', 'score', 'ratio'] as const;
/** How a number is shown. `percent` is a ratio: 0.2 shows as 20 %. */
export type Unit = (typeof UNITS)[number];

export const DIRECTIONS = ['higher', 'lower'] as const;
/** Whether a higher or a lower number is better. */
export type Direction = (typeof DIRECTIONS)[number];

export const STATUSES = ['on-track', 'at-risk', 'off-track', 'none'] as const;
export type Status = (typeof STATUSES)[number];

export const INDICATORS = ['leading', 'lagging'] as const;
export type Indicator = (typeof INDICATORS)[number];

export const CADENCES = ['weekly', 'monthly', 'quarterly'] as const;
export type Cadence = (typeof CADENCES)[number];

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** Why a number could not be computed; shown beside a dash, never as NaN. */
/** `out-of-range`: the inputs are numbers, but the result overflows (1e308 / 1e-308): never shown as Infinity. */
/** `invalid-input`: an input is negative, or a part larger than its whole (reported at its path). */
export const MISSING_REASONS = ['zero-denominator', 'missing-input', 'no-actual', 'no-target', 'out-of-range', 'invalid-input'] as const;
export type MissingReason = (typeof MISSING_REASONS)[number];

/** A number, or the reason there is none. */
export type Computed =
  | { value: number; reason?: undefined }
  | { value: null; reason: MissingReason; /** the input that was zero or missing */ input?: string };

/** One problem with the input, as the public `errors` property reports it. */
export interface KitError {
  /** JSON path into the data, e.g. `metrics[2].target`; empty for the whole document. */
  path: string;
  message: string;
}

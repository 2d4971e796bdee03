/** (current - base) / |base|: the change on a base period; null when either is missing or the base is 0. */
export function changeRatio(current: number | null | undefined, base: number | null | undefined): number | null {
  if (typeof current !== 'number' || typeof base !== 'number' || base === 0) return null;
  const r = (current - base) / Math.abs(base);
  return Number.isFinite(r) ? r : null;
}

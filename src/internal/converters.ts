/**
 * Attribute converters. Lit's default `type: Object` converter turns bad JSON
 * into a silent null; the `data` attribute is kept as text instead and parsed
 * by the pipeline, which reports syntax errors with their position.
 */
import type { ComplexAttributeConverter } from 'lit';

/** A positive number of seconds, or null for anything else (no refresh). */
export const secondsConverter: ComplexAttributeConverter<number | null> = {
  fromAttribute(value) {
    if (value === null || value.trim() === '') return null;
    const n = Number(value);
    return Number.isFinite(n) && n > 0 ? n : null;
  },
  toAttribute(value) {
    return value === null ? null : String(value);
  },
};

/** One of a fixed list of words (case-insensitive), or the fallback. */
export function enumConverter<T extends string, F extends T | null>(allowed: readonly T[], fallback: F): ComplexAttributeConverter<T | F> {
  return {
    fromAttribute(value) {
      const v = value?.trim().toLowerCase();
      return (allowed as readonly string[]).includes(v ?? '') ? (v as T) : fallback;
    },
    toAttribute(value) {
      return value;
    },
  };
}

import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/**
 * open-wc's `waitUntil`, with a wait fit for a busy 2-core machine: it gives up after
 * 15 s instead of 1 s (a first ECharts chunk or a bundle in a frame can take seconds
 * there). The mocha timeout (30 s) stays longer, so the message of a wait that gives up
 * is the one reported. A test that needs a shorter wait still passes its own `timeout`.
 */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { interval: 20, timeout: 15_000, ...options });
}

/** Rejects with `message` if `promise` has not settled within `ms` (a wait, never a pause). */
export function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer = 0;
  const timeout = new Promise<never>((_, reject) => {
    timer = window.setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

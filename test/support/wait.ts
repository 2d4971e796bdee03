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

/**
 * The browser host's batch route, for both of its ends (electron/host/batch-route.ts and
 * renderer/api/batched-transport.ts). Outside /api/, so no contract method name can take it.
 */
export const BATCH_ROUTE = 'api-batch';

/** The most calls one batch may hold; the page sends more as several batches. */
export const MAX_BATCH_CALLS = 32;

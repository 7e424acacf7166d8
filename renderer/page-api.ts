import { connectApi } from './api/client';
import { firstCalls } from './store/first-calls';
import { readRoute } from './store/route';
import { browserStorage, UnsentChanges } from './store/unsent-changes';

/**
 * The page's API, asking for the first view's data as it is created. main.ts imports this module
 * first, so the calls leave before the rest of the page's code (the store, the Dutch texts, the
 * date library) is even evaluated. Changes kept unsent go before any read: then nothing is asked
 * ahead, and the store sends them first as always.
 */
export const api = connectApi(new UnsentChanges(browserStorage()).any() ? [] : firstCalls(readRoute()));

import type { MethodName } from '../../shared/api/contract';
import type { Route } from './route';

/** One call to the core: its method and the arguments as the client sends them. */
export interface FirstCall {
  method: MethodName;
  args: Record<string, unknown>;
}

/**
 * The reads the store's start() makes for a route (test/renderer/first-calls.test.ts holds the
 * two together). The page sends them before the store's code has run at all, so the answers,
 * a long meeting most of all, are on their way sooner (npm run bench, start-up).
 */
export function firstCalls(route: Route): FirstCall[] {
  const always: FirstCall[] = ['getInfo', 'getSettings', 'listMeetings', 'listPeople'].map((method) => ({ method: method as MethodName, args: {} }));
  if (route.name !== 'meeting') return always;
  return [{ method: 'getMeeting', args: { id: route.id } }, { method: 'getPreviousMeeting', args: { id: route.id } }, ...always];
}

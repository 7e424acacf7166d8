import type { ComponentType } from 'react';
import type { Route } from '../store/route';

/**
 * The screens other than the live view, each in a chunk of its own. Opening a meeting where it
 * was left (a reload during the meeting) then compiles only what the live view shows; the other
 * chunks load as soon as the first view is painted, and the screen a start lands on loads
 * alongside the view itself (main.ts), so no screen waits when it is asked for.
 */
const LOADERS = {
  list: () => import('./MeetingList').then((m) => m.MeetingList),
  new: () => import('./NewMeetingForm').then((m) => m.NewMeetingForm),
  settings: () => import('./SettingsScreen').then((m) => m.SettingsScreen),
  'decisions-and-actions': () => import('./search/DecisionsAndActionsScreen').then((m) => m.DecisionsAndActionsScreen),
  prepare: () => import('./prepare/PrepareView').then((m) => m.PrepareView),
  notes: () => import('./meeting/NotesView').then((m) => m.NotesView),
  decisions: () => import('./meeting/DecisionsView').then((m) => m.DecisionsView),
} satisfies Record<string, () => Promise<ComponentType>>;

export type ScreenName = keyof typeof LOADERS;

const loaded = new Map<ScreenName, ComponentType>();
const loading = new Map<ScreenName, Promise<ComponentType>>();

/** The screen, if its chunk is in; then it renders at once, without a loading state. */
export function loadedScreen(name: ScreenName): ComponentType | undefined {
  return loaded.get(name);
}

/** Loads a screen's chunk once; a failed load may be tried again. */
export function loadScreen(name: ScreenName): Promise<ComponentType> {
  const pending =
    loading.get(name) ??
    LOADERS[name]().then(
      (screen) => {
        loaded.set(name, screen);
        return screen;
      },
      (error: unknown) => {
        loading.delete(name);
        throw error;
      },
    );
  loading.set(name, pending);
  return pending;
}

/** The on-demand screen a route shows, if any (the live view is part of the view itself). */
export function screenOf(route: Route): ScreenName | undefined {
  if (route.name !== 'meeting') return route.name;
  return route.tab === 'live' ? undefined : route.tab;
}

/** Every screen, loaded one after another: for when the first view is on screen. */
export async function loadAllScreens(): Promise<void> {
  for (const name of Object.keys(LOADERS) as ScreenName[]) await loadScreen(name).catch(() => undefined);
}

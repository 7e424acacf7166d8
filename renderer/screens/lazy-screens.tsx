import { lazy, Suspense, useState, type ComponentType } from 'react';
import type { Route } from '../store/route';

/** A screen whose code loads apart from the first view's, with a way to load it ahead. */
export interface LazyScreen {
  (): React.JSX.Element;
  preload(): Promise<unknown>;
}

/**
 * Screens the first view never shows (settings, a new meeting, Besluiten en acties, a meeting's
 * preparation) are left out of the code the browser parses before the meeting is on screen
 * (npm run bench, start-up). Loaded ahead once the first view is painted, they then show at once.
 */
function lazyScreen(load: () => Promise<ComponentType>): LazyScreen {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const preload = () => (loading ??= load().then((screen) => (loaded = screen)));
  const Loading = lazy(() => preload().then((screen) => ({ default: screen })));
  function Screen() {
    // Chosen once per mount: changing from the lazy wrapper to the screen itself would remount it.
    const [Ready] = useState(() => loaded);
    if (Ready) return <Ready />;
    return (
      <Suspense fallback={null}>
        <Loading />
      </Suspense>
    );
  }
  return Object.assign(Screen, { preload });
}

export const NewMeetingForm = lazyScreen(() => import('./NewMeetingForm').then((m) => m.NewMeetingForm));
export const SettingsScreen = lazyScreen(() => import('./SettingsScreen').then((m) => m.SettingsScreen));
export const DecisionsAndActionsScreen = lazyScreen(() => import('./search/DecisionsAndActionsScreen').then((m) => m.DecisionsAndActionsScreen));
export const PrepareView = lazyScreen(() => import('./prepare/PrepareView').then((m) => m.PrepareView));

const LAZY_SCREENS = [NewMeetingForm, SettingsScreen, DecisionsAndActionsScreen, PrepareView];

/** The lazy screen a route shows first, if any: loaded before the view mounts, so nothing flashes. */
export function lazyScreenOf(route: Route): LazyScreen | undefined {
  if (route.name === 'meeting') return route.tab === 'prepare' ? PrepareView : undefined;
  if (route.name === 'new') return NewMeetingForm;
  if (route.name === 'settings') return SettingsScreen;
  if (route.name === 'decisions-and-actions') return DecisionsAndActionsScreen;
  return undefined;
}

/** Loads every lazy screen when the browser is idle after the first view. */
export function preloadLazyScreens(): void {
  const load = () => LAZY_SCREENS.forEach((screen) => void screen.preload().catch(() => undefined));
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 500);
}

import { createContext, useCallback, useContext } from 'react';
import { useStore } from 'zustand';
import { useStoreWithEqualityFn } from 'zustand/traditional';
import type { Meeting } from '../../shared/model/meeting';
import type { Block } from '../../shared/model/rich-text';
import type { AppState, AppStore } from './app-store';
import { sameExceptNotes } from './same-except-notes';

export const StoreContext = createContext<AppStore | null>(null);

/** Reads a slice of the app state; components re-render only when their slice changes. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), selector);
}

function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useApp outside StoreContext');
  return store;
}

/**
 * The open meeting for views that show anything but notes: typing, which changes only notes,
 * re-renders none of them. Its notes may be older than the editors' (see useLatestNotes).
 */
export function useMeetingExceptNotes(): Meeting | null {
  return useStoreWithEqualityFn(useAppStore(), (state) => state.meeting, sameExceptNotes);
}

/**
 * An item's notes as they are now, staged keystrokes included, for an editor being mounted (it
 * owns them afterwards). Read at render, not subscribed to: typing must not re-render the view.
 */
export function useLatestNotes(): (itemId: string) => Block[] {
  const store = useAppStore();
  return useCallback((itemId) => store.getState().latestItemNotes(itemId), [store]);
}

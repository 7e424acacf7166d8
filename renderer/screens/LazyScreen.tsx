import { useEffect, useReducer, useState, type ReactNode } from 'react';
import { nl } from '../i18n/nl';
import { loadedScreen, loadScreen, type ScreenName } from './screen-loader';

/**
 * A screen from its own chunk: at once when loaded, else a line saying it is on its way.
 * `children` follow the screen once it is there.
 */
export function LazyScreen({ name, children }: { name: ScreenName; children?: ReactNode }) {
  // The loaded screen lives in screen-loader's map; this only asks for the render that reads it.
  const [, loadedNow] = useReducer((count: number) => count + 1, 0);
  const [failed, setFailed] = useState(false);
  const Screen = loadedScreen(name);
  useEffect(() => {
    if (Screen) return undefined;
    let current = true;
    setFailed(false);
    loadScreen(name).then(
      () => current && loadedNow(),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [name, Screen]);
  if (Screen)
    return (
      <>
        <Screen />
        {children}
      </>
    );
  if (!failed) return <p className="screen-loading">{nl.screens.loading}</p>;
  // The host restarted with a newer build: its chunk names changed, and a reload fetches them.
  return (
    <p className="error-banner" role="alert">
      {nl.screens.failed}{' '}
      <button type="button" onClick={() => window.location.reload()}>
        {nl.screens.reload}
      </button>
    </p>
  );
}

import { useSyncExternalStore } from 'react';
import { connection, subscribeConnection } from '../api/connection';
import { nl } from '../i18n/nl';

/** Whether the host refused this page: the app then shows NoAccess, never an empty workspace. */
export function useAccessDenied(): boolean {
  return useSyncExternalStore(subscribeConnection, () => connection().access === 'denied');
}

/** Says what happened and how to get back in: the link the host printed when it started. */
export function NoAccess() {
  const { openedWithToken } = useSyncExternalStore(subscribeConnection, connection);
  return (
    <section className="no-access" aria-labelledby="no-access-title">
      <h1 id="no-access-title">{nl.noAccess.title}</h1>
      <p>{openedWithToken ? nl.noAccess.expiredLink : nl.noAccess.missingKey}</p>
      <p>{nl.noAccess.howTo}</p>
      <p>
        <code>{`${window.location.origin}/#token=…`}</code>
      </p>
      <p>{nl.noAccess.safe}</p>
    </section>
  );
}

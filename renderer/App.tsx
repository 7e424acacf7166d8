import { nl } from './i18n/nl';
import { LazyScreen } from './screens/LazyScreen';
import { MeetingScreen } from './screens/meeting/MeetingScreen';
import { ErrorBoundary } from './components/ErrorBoundary';
import { NoAccess, useAccessDenied } from './components/NoAccess';
import { NoticeBanner } from './components/NoticeBanner';
import { SaveStatusLine } from './components/SaveStatusLine';
import { ShortcutHelp } from './components/ShortcutHelp';
import { SyncStatusLine } from './screens/sync/SyncStatusLine';
import { useApp } from './store/store-context';

export function App() {
  const route = useApp((state) => state.route);
  const error = useApp((state) => state.error);
  const showList = useApp((state) => state.showList);
  const meetingOpen = useApp((state) => state.meeting !== null);
  // Refused by the host with no meeting on screen: say so, rather than show an empty list.
  const noAccess = useAccessDenied() && !meetingOpen;
  return (
    <div className="app">
      <header className="app-header">
        <span className="app-name">{nl.appName}</span>
        <span className="app-header__status">
          <SyncStatusLine />
          <SaveStatusLine />
        </span>
      </header>
      <NoticeBanner />
      {error && !noAccess && (
        <p className="error-banner" role="alert">
          {error}
        </p>
      )}
      <main className="app-main">
        {noAccess && <NoAccess />}
        {!noAccess && (
          // Keyed by screen: going elsewhere gives the next screen a fresh chance.
          <ErrorBoundary key={route.name} onBack={() => void showList()}>
            {route.name === 'meeting' ? <MeetingScreen /> : <LazyScreen name={route.name} />}
          </ErrorBoundary>
        )}
      </main>
      <ShortcutHelp />
    </div>
  );
}

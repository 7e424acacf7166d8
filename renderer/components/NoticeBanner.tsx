import { formatClockTime } from '../../shared/format/dates';
import { nl, noticeMessage } from '../i18n/nl';
import { useApp } from '../store/store-context';

/** Files the core set aside, restored or kept: the secretary is told in plain Dutch, across restarts until she closes it. */
export function NoticeBanner() {
  const notices = useApp((state) => state.notices);
  const dismiss = useApp((state) => state.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <ul className="notices" aria-label={nl.notice.listLabel}>
      {notices.map((notice, index) => (
        <li key={`${notice.file}-${index}`} className="notice" role="alert">
          <span>
            {noticeMessage(notice)}
            {notice.at && <small className="notice__at"> {nl.notice.at(formatClockTime(new Date(notice.at)))}</small>}
          </span>
          <button type="button" onClick={() => dismiss(index)}>
            {nl.notice.dismiss}
          </button>
        </li>
      ))}
    </ul>
  );
}

import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { nl } from '../../i18n/nl';
import { openConflictCount } from '../../store/sync-slice';
import { useApp } from '../../store/store-context';

/** Export, but with sync conflicts open it asks first ("Er zijn nog N conflicten. Toch exporteren?"). */
export function useExportCheck(): { requestExport: (publicOnly?: boolean) => void; dialog: React.JSX.Element | null } {
  const exportMeeting = useApp((state) => state.exportMeeting);
  const conflicts = useApp(openConflictCount);
  const [asking, setAsking] = useState<{ publicOnly: boolean } | null>(null);
  const requestExport = (publicOnly = false) => {
    if (conflicts > 0) setAsking({ publicOnly });
    else void exportMeeting(publicOnly);
  };
  const dialog = asking && (
    <ConfirmDialog
      title={nl.sync.conflicts.title}
      body={nl.sync.exportAsk(conflicts)}
      confirmLabel={nl.sync.exportAnyway}
      cancelLabel={nl.sync.cancel}
      onCancel={() => setAsking(null)}
      onConfirm={() => {
        setAsking(null);
        void exportMeeting(asking.publicOnly);
      }}
    />
  );
  return { requestExport, dialog };
}

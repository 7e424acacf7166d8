import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';

/** Export as Word or CSV, and where the file went; a Word file opens from here under the desktop app. */
export function DecisionsAndActionsExport() {
  const { exporting, lastExport } = useApp((state) => state.decisionsAndActions);
  const exportRows = useApp((state) => state.exportDecisionsAndActions);
  const canOpenFiles = useApp((state) => state.canOpenFiles);
  const openExport = useApp((state) => state.openDecisionsAndActionsExport);
  const t = nl.decisionsAndActions;
  return (
    <div className="form-actions">
      <button type="button" onClick={() => void exportRows('docx')} disabled={exporting}>
        {exporting ? t.exporting : t.exportDocx}
      </button>
      <button type="button" onClick={() => void exportRows('csv')} disabled={exporting}>
        {t.exportCsv}
      </button>
      <p className="export-result" aria-live="polite">
        {lastExport && (
          <>
            <strong>{t.exported(lastExport.fileName)}</strong> {t.exportedIn(lastExport.folder)}
            {canOpenFiles && lastExport.fileName.endsWith('.docx') && (
              <button type="button" onClick={() => void openExport()}>
                {t.openExport}
              </button>
            )}
          </>
        )}
      </p>
    </div>
  );
}

import { useEffect, useState } from 'react';
import type { QuarantinedFile } from '../../shared/api/contract';
import { RecordTable } from '../components/RecordTable';
import { nl } from '../i18n/nl';
import { useApp } from '../store/store-context';
import { formatDutchDateTime } from '../../shared/format/dates';

/** Files set aside in quarantine/, read from disk: still listed after a restart, with the reason. */
export function QuarantineList() {
  const listQuarantine = useApp((state) => state.listQuarantine);
  const [files, setFiles] = useState<QuarantinedFile[]>([]);
  useEffect(() => {
    void listQuarantine().then(setFiles, () => setFiles([]));
  }, [listQuarantine]);
  if (files.length === 0) return null;
  return (
    <section className="quarantine-list" aria-labelledby="quarantine-title">
      <h2 id="quarantine-title">{nl.quarantine.title}</h2>
      <p className="hint">{nl.quarantine.intro}</p>
      <RecordTable headings={[nl.quarantine.file, nl.quarantine.reason, nl.quarantine.when]}>
        {files.map((file) => (
          <tr key={file.movedTo}>
            <td>
              {file.file}
              <div className="hint">
                {nl.quarantine.location} {file.movedTo}
              </div>
            </td>
            <td lang="en">{file.reason}</td>
            <td>{formatDutchDateTime(file.at)}</td>
          </tr>
        ))}
      </RecordTable>
    </section>
  );
}

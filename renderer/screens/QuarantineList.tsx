import { useEffect, useState } from 'react';
import type { QuarantinedFile } from '../../shared/api/contract';
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
      <table className="versions-table">
        <thead>
          <tr>
            <th scope="col">{nl.quarantine.file}</th>
            <th scope="col">{nl.quarantine.reason}</th>
            <th scope="col">{nl.quarantine.when}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </section>
  );
}

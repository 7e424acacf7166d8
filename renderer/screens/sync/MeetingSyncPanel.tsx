import { formatDutchDateTime } from '../../../shared/format/dates';
import type { Conflict, ConflictVersion } from '../../../shared/sync/sync-schemas';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';

/** A version's value as text: rich-text blocks by their words, fields as they are. */
function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return nl.sync.conflicts.empty;
  if (typeof value === 'string') return value;
  const words: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      if (typeof record.text === 'string') words.push(record.text);
      for (const [key, child] of Object.entries(record)) if (key !== 'text') walk(child);
    }
  };
  walk(value);
  return words.length > 0 ? words.join(' ') : JSON.stringify(value);
}

/** "Agendapunt · decision": which part of the meeting the conflict is in. */
function conflictTitle(conflict: Conflict): string {
  const kind = conflict.entity.split(':')[0] ?? conflict.entity;
  const field = conflict.node.includes('/') ? conflict.node.slice(conflict.node.lastIndexOf('/') + 1) : '';
  return [nl.sync.conflicts.what[kind] ?? kind, field].filter(Boolean).join(' · ');
}

function VersionCard({ version, canChoose, onChoose }: { version: ConflictVersion; canChoose: boolean; onChoose: () => void }) {
  return (
    <li className="conflict-version">
      <p className="conflict-version__who">{nl.sync.conflicts.version(version.deviceName ?? version.device, formatDutchDateTime(version.at.slice(0, 24)))}</p>
      <p className="conflict-version__value">{valueText(version.value)}</p>
      {canChoose && (
        <button type="button" onClick={onChoose} aria-label={nl.sync.conflicts.chooseLabel(version.deviceName ?? version.device)}>
          {nl.sync.conflicts.choose}
        </button>
      )}
    </li>
  );
}

/** The meeting header's sync part: who else is minuting it, and its conflicts with "Kies" and "Combineer". */
export function MeetingSyncPanel({ meetingId }: { meetingId: string }) {
  // The whole list is selected and filtered here: a new array from the selector would render forever.
  const everyone = useApp((state) => state.syncStatus?.minuting);
  const minuting = (everyone ?? []).filter((entry) => entry.meeting === meetingId);
  const conflicts = useApp((state) => state.syncConflicts);
  const resolveConflict = useApp((state) => state.resolveConflict);
  const values = conflicts.filter((conflict) => conflict.kind === 'value');
  return (
    <>
      {minuting.map((entry) => (
        <p key={entry.deviceName} className="minuting" role="note">
          {nl.sync.minuting(entry.deviceName)}
        </p>
      ))}
      {values.length > 0 && (
        <section className="conflicts panel" aria-label={nl.sync.conflicts.title}>
          <h2>
            {nl.sync.conflicts.title} <span className="conflicts__count">({nl.sync.conflicts.count(values.length)})</span>
          </h2>
          <p className="hint">{nl.sync.conflicts.intro}</p>
          {values.map((conflict) => (
            <article key={conflict.node} className="conflict" aria-label={conflictTitle(conflict)}>
              <h3>{conflictTitle(conflict)}</h3>
              <ul className="conflict-versions">
                {conflict.versions.map((version) => (
                  <VersionCard key={version.version} version={version} canChoose onChoose={() => void resolveConflict(conflict.node, { choose: version.version })} />
                ))}
              </ul>
              <button type="button" onClick={() => void resolveConflict(conflict.node, { combine: true })}>
                {nl.sync.conflicts.combine}
              </button>
            </article>
          ))}
        </section>
      )}
    </>
  );
}

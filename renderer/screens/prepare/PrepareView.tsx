import { AgendaEditor } from './AgendaEditor';
import { AttendeesEditor } from './AttendeesEditor';
import { GeneralFields } from './GeneralFields';

/** Voorbereiden: the Algemeen fields, who attends, and the agenda. */
export function PrepareView() {
  return (
    <div className="prepare">
      <GeneralFields />
      <AttendeesEditor />
      <AgendaEditor />
    </div>
  );
}

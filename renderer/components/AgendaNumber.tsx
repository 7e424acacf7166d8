import { itemNumber } from '../../shared/agenda/agenda-edit';
import { nl } from '../i18n/nl';
import { useApp } from '../store/store-context';

/** "5." before an item's title: its agenda number, counted as the house style says. */
export function AgendaNumber({ itemId }: { itemId: string }) {
  const number = useApp((state) => (state.meeting ? itemNumber(state.meeting, itemId, state.settings?.houseStyle.agendaNumbering) : undefined));
  if (number === undefined) return null;
  return (
    <span className="agenda-number" title={nl.prepare.agendaNumber(number)}>
      {number}.{' '}
    </span>
  );
}

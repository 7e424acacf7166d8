import type { NotulistCore, ResultOf } from '../../../shared/api/contract';
import { updateItem } from '../../../shared/agenda/agenda-edit';
import { findPreviousMeeting } from '../../../shared/agenda/previous-meeting';
import { ApiError } from '../../../shared/api/errors';
import type { Meeting, MeetingSummary } from '../../../shared/model/meeting';
import type { CoreContext } from '../core-context';

/** Meeting `id`'s previous meeting in the index: name and date without reading a long meeting again. */
function previousSummary({ db }: CoreContext, id: string): MeetingSummary | undefined {
  const current = db.data.meetings.find((entry) => entry.id === id);
  if (!current) throw new ApiError('not-found', `no meeting ${id}`);
  return findPreviousMeeting(db.data.meetings, current);
}

function answerFor(summary: MeetingSummary, previous: Meeting): ResultOf<'getPreviousMeeting'> {
  const openActions = previous.sections.flatMap((section) =>
    section.items.flatMap((item) => item.actions.filter((action) => !action.done).map((action) => ({ itemId: item.id, itemTitle: item.title, action }))),
  );
  return { meeting: summary, openActions };
}

/** Ticks off or reopens one action in a meeting, or says it has no such action. */
function withActionDone(meeting: Meeting, actionId: string, done: boolean): Meeting {
  const owner = meeting.sections.flatMap((section) => section.items).find((item) => item.actions.some((action) => action.id === actionId));
  if (!owner) throw new ApiError('not-found', `meeting ${meeting.id} has no action ${actionId}`);
  return updateItem(meeting, owner.id, (item) => ({ ...item, actions: item.actions.map((action) => (action.id === actionId ? { ...action, done } : action)) }));
}

/** The previous meeting of a meeting, and its open actions to tick off or carry forward. */
export function previousMeetingApi(ctx: CoreContext): Pick<NotulistCore, 'getPreviousMeeting' | 'setPreviousAction'> {
  const { store, index, now } = ctx;
  return {
    getPreviousMeeting: async ({ id }) => {
      const summary = previousSummary(ctx, id);
      return summary ? answerFor(summary, await store.read(summary.id)) : null;
    },
    setPreviousAction: async ({ id, actionId, done }) => {
      const summary = previousSummary(ctx, id);
      if (!summary) throw new ApiError('not-found', `meeting ${id} has no previous meeting`);
      const changed = withActionDone(await store.read(summary.id), actionId, done);
      const saved = { ...changed, updatedAt: store.nextRevision(changed.id, now()) };
      await store.write(saved);
      await index.saveEntry(saved);
      return answerFor(summary, saved);
    },
  };
}

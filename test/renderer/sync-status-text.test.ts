import { describe, expect, it } from 'vitest';
import type { SyncReport, SyncStatus } from '../../shared/sync/sync-schemas';
import { describeSyncStatus } from '../../renderer/screens/sync/SyncStatusLine';

const report = (patch: Partial<SyncReport> = {}): SyncReport => ({ status: 'done', wrote: [], conflicts: 0, notices: [], waiting: [], problems: [], ...patch });
const status = (patch: Partial<SyncStatus>): SyncStatus => ({ folder: '/gedeeld', at: '2026-03-05T13:02:00Z', conflicts: {}, written: {}, minuting: [], report: report(), ...patch });

describe('the sync status line', () => {
  it('says how many exported resumés wait for the shared folder, beside the unreachable folder', () => {
    const away = describeSyncStatus(status({ report: report({ status: 'stopped', stop: 'unreachable' }), exportCopiesWaiting: 2 }));
    expect(away).toEqual({ text: 'Gedeelde map niet bereikbaar – alles staat lokaal · 2 resumés wachten op de gedeelde map', problem: true });
  });

  it('says so after a round too, and nothing of it when none waits', () => {
    expect(describeSyncStatus(status({ exportCopiesWaiting: 1 })).text).toMatch(/ · 1 resumé wacht op de gedeelde map$/);
    expect(describeSyncStatus(status({})).text).not.toMatch(/resumé/);
  });
});

import { describe, expect, it } from 'vitest';
import { METHOD_NAMES, type NotulistCore } from '../../shared/api/contract';
import { createClient } from '../../shared/api/client';
import { dispatch } from '../../shared/api/dispatch';
import { markValidated } from '../../shared/api/validated';
import { contract } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';

/** Only the methods a test calls; dispatch never reaches the rest. */
function coreWith(overrides: Partial<NotulistCore>): NotulistCore {
  return overrides as NotulistCore;
}

describe('the dispatcher every transport shares', () => {
  it('refuses unknown methods, including prototype names', async () => {
    for (const name of ['dropAll', '__proto__', 'constructor', 'toString']) {
      expect(await dispatch(coreWith({}), name, {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
  });

  it('validates arguments before the core sees them', async () => {
    let called = false;
    const core = coreWith({ getMeeting: async () => { called = true; throw new Error('unreachable'); } });
    const envelope = await dispatch(core, 'getMeeting', { id: 42 });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(called).toBe(false);
  });

  it('turns a core result that breaks its schema into an internal error', async () => {
    const core = coreWith({ listMeetings: async () => [{ id: 'x' }] as never });
    expect(await dispatch(core, 'listMeetings', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('keeps the code and details of an ApiError through the client', async () => {
    const core = coreWith({ getMeeting: async () => { throw new ApiError('not-found', 'no meeting abc', ['id: abc']); } });
    const api = createClient((method, args) => dispatch(core, method, args));
    const error = await api.getMeeting({ id: 'abc' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'not-found', message: 'no meeting abc', details: ['id: abc'] });
  });

  it('reports a malformed answer from a transport', async () => {
    const api = createClient(async () => 'garbage');
    await expect(api.listMeetings()).rejects.toMatchObject({ code: 'internal' });
  });

  it('offers every contract method, calls the transport only when one is called, and is not a thenable', async () => {
    const calls: string[] = [];
    const api = createClient(async (method) => {
      calls.push(method);
      return { ok: true, value: [] };
    });
    expect(await Promise.resolve(api)).toBe(api);
    for (const method of METHOD_NAMES) expect(typeof api[method]).toBe('function');
    expect(calls).toEqual([]);
    expect(await api.listMeetings()).toEqual([]);
    expect(calls).toEqual(['listMeetings']);
  });

  it('checks a result once: a value that came out of the same schema is passed on as it is', async () => {
    const fresh = [{ id: 'm1', name: 'PFHO', date: '2023-02-23', updatedAt: '2023-02-23T10:00:00.000Z', extra: 'kept' }];
    const unchecked = await dispatch(coreWith({ listMeetings: async () => fresh as never }), 'listMeetings', undefined);
    const checked = await dispatch(coreWith({ listMeetings: async () => markValidated(contract.listMeetings.result, fresh) as never }), 'listMeetings', undefined);
    // zod drops the unknown field when it parses; a value marked as parsed is not parsed again.
    expect(unchecked).toMatchObject({ ok: true });
    expect(JSON.stringify(unchecked)).not.toContain('kept');
    expect(checked).toEqual({ ok: true, value: fresh });
  });
});

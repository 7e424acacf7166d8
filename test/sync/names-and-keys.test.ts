import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConflictCopyName } from '../../shared/sync/conflict-copy-names';
import { checkFormatFile, formatFileText } from '../../shared/sync/exchange-files';
import { assignPositionKeys, keyBetween, keysBetween, POSITION_KEY_PATTERN } from '../../shared/sync/position-keys';
import { deviceOfFileName, meetingFolder, meetingIdOfFolder } from '../../electron/core/sync/exchange-paths';

const ours = (name: string) => deviceOfFileName(name) !== undefined;

describe('conflict copies made by sync services', () => {
  it.each([
    ['abcdefgh1234.sync-conflict-20231010-101010-ABCDEF7.json', 'syncthing', 'ABCDEF7'],
    ["abcdefgh1234 (Marielle's conflicted copy 2023-10-10).json", 'dropbox', 'Marielle'],
    ['abcdefgh1234 (conflicted copy 2023-10-10 (1)).json', 'dropbox', ''],
    ['abcdefgh1234-LAPTOP-7QX2.json', 'onedrive', 'LAPTOP-7QX2'],
  ])('reads %s as a %s copy of abcdefgh1234.json', (name, service, by) => {
    expect(parseConflictCopyName(name, ours)).toEqual({ original: 'abcdefgh1234.json', service, by });
  });

  it.each(['abcdefgh1234.json', 'format.json', 'notes-final.json', '.abcdefgh1234.json.123.abcd1234.tmp'])('leaves %s alone', (name) => {
    expect(parseConflictCopyName(name, ours)).toBeUndefined();
  });
});

describe('format.json', () => {
  it('accepts the format this Notulist writes', () => {
    expect(checkFormatFile(formatFileText())).toEqual({ ok: true });
  });

  it('refuses a newer format, saying to update', () => {
    const check = checkFormatFile('{"app":"notulist","format":7}');
    expect(check).toMatchObject({ ok: false, reason: 'newer' });
    expect(!check.ok && check.message).toContain('update Notulist');
  });

  it('calls a half-arrived or foreign file invalid, not newer', () => {
    expect(checkFormatFile('{"app":"notu')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(checkFormatFile('{"app":"other","format":1}')).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('exchange folder names', () => {
  it('maps meeting ids to lower-case folder names one to one', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/), (id) => {
        const folder = meetingFolder(id);
        expect(folder).toBe(folder.toLowerCase());
        expect(meetingIdOfFolder(folder)).toBe(id);
      }),
      { seed: 18 },
    );
    expect(meetingFolder('Abc')).not.toBe(meetingFolder('abc'));
  });
});

describe('position keys', () => {
  it('makes a key strictly between any two, never ending in 0', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 60 }), (choices) => {
        let low: string | undefined;
        let high: string | undefined;
        for (const goLow of choices) {
          const key = keyBetween(low, high);
          expect(POSITION_KEY_PATTERN.test(key)).toBe(true);
          if (low !== undefined) expect(key > low).toBe(true);
          if (high !== undefined) expect(key < high).toBe(true);
          if (goLow) high = key;
          else low = key;
        }
      }),
      { seed: 18 },
    );
  });

  it('gives many keys in order, short', () => {
    const keys = keysBetween(undefined, undefined, 3000);
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(3000);
    expect(Math.max(...keys.map((key) => key.length))).toBeLessThanOrEqual(3);
  });

  it('keeps the keys of children still in order and gives new ones only to the moved and the new', () => {
    const previous = new Map([['a', 'A'], ['b', 'B'], ['c', 'C'], ['d', 'D']]);
    const keys = assignPositionKeys(previous, ['a', 'c', 'new', 'b', 'd']);
    expect(keys[0]).toBe('A');
    expect(keys[4]).toBe('D');
    expect(keys.filter((key, index) => key === previous.get(['a', 'c', 'new', 'b', 'd'][index]!)).length).toBe(3);
    expect([...keys].sort()).toEqual(keys);
  });

  it('orders children the same on every device even when two got one key (by id)', () => {
    const keys = assignPositionKeys(new Map([['x', 'V'], ['y', 'V']]), ['x', 'new', 'y']);
    expect(keys[0]).toBe('V');
    const order = ['x', 'new', 'y'].map((id, index) => ({ id, key: keys[index]! })).sort((p, q) => (p.key === q.key ? (p.id < q.id ? -1 : 1) : p.key < q.key ? -1 : 1));
    expect(order.map((entry) => entry.id)).toEqual(['x', 'new', 'y']);
  });
});

import { describe, expect, it } from 'vitest';
import { jsonWithArray } from '../../electron/core/storage/json-join';

describe('joining JSON from encoded parts', () => {
  it('gives the document JSON.stringify gives, with the array last', () => {
    const own = { id: 'jo', title: 'JEUGD EN ONDERWIJS', chair: 'Ëlla "de" Vries' };
    const items = [{ id: 'a', notes: ['één'] }, { id: 'b', notes: [] }];
    const joined = jsonWithArray(own, 'items', items.map((item) => Buffer.from(JSON.stringify(item))));
    expect(joined.toString('utf8')).toBe(JSON.stringify({ ...own, items }));
  });

  it('handles an object without fields and an empty array', () => {
    expect(jsonWithArray({}, 'sections', []).toString('utf8')).toBe('{"sections":[]}');
  });
});

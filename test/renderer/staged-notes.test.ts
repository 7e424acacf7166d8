import { describe, expect, it } from 'vitest';
import type { Block } from '../../shared/model/rich-text';
import { createStagedNotes } from '../../renderer/store/staged-notes';

const paragraph = (text: string): Block[] => [{ id: `p-${text}`, type: 'paragraph', content: [{ text }] }] as Block[];

/** Staged notes whose "after paint" moment the test chooses, recording what reaches the meeting. */
function staging() {
  const applied: [string, Block[]][] = [];
  const paints: (() => void)[] = [];
  const staged = createStagedNotes((itemId, notes) => applied.push([itemId, notes]), (task) => paints.push(task));
  const paint = () => paints.splice(0).forEach((task) => task());
  return { staged, applied, paint, paints };
}

describe('notes staged while typing', () => {
  it('reach the meeting once per painted frame, with the newest text of each item', () => {
    const { staged, applied, paint, paints } = staging();
    staged.stage('a', () => paragraph('D'));
    staged.stage('a', () => paragraph('De'));
    staged.stage('b', () => paragraph('Ja'));
    expect(paints).toHaveLength(1);
    expect(applied).toEqual([]);
    paint();
    expect(applied).toEqual([
      ['a', paragraph('De')],
      ['b', paragraph('Ja')],
    ]);
  });

  it('are read only when applied, so a burst of keystrokes converts the document once', () => {
    const { staged, paint } = staging();
    let reads = 0;
    for (let i = 0; i < 20; i += 1) staged.stage('a', () => (reads += 1, paragraph(`${i}`)));
    paint();
    expect(reads).toBe(1);
  });

  it('are applied at once when something needs the meeting before the paint, and not twice', () => {
    const { staged, applied, paint } = staging();
    staged.stage('a', () => paragraph('Besluit'));
    staged.apply();
    expect(applied).toEqual([['a', paragraph('Besluit')]]);
    paint();
    expect(applied).toHaveLength(1);
  });

  it('show an editor being mounted the staged words, and nothing for items without', () => {
    const { staged } = staging();
    staged.stage('a', () => paragraph('Nog niet geschilderd'));
    expect(staged.peek('a')).toEqual(paragraph('Nog niet geschilderd'));
    expect(staged.peek('b')).toBeUndefined();
  });

  it('schedule again after being applied, so later typing is not stranded', () => {
    const { staged, applied, paint } = staging();
    staged.stage('a', () => paragraph('een'));
    paint();
    staged.stage('a', () => paragraph('twee'));
    paint();
    expect(applied.map(([, notes]) => notes)).toEqual([paragraph('een'), paragraph('twee')]);
  });

  it('say whether changes wait, until they are applied', () => {
    const { staged, paint } = staging();
    expect(staged.any()).toBe(false);
    staged.stage('a', () => paragraph('een'));
    expect(staged.any()).toBe(true);
    paint();
    expect(staged.any()).toBe(false);
  });
});

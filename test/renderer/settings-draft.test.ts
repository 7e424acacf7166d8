import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { cleanedSettings, hasUnsavedSettings } from '../../renderer/screens/settings-draft';

describe('unsaved settings', () => {
  it('are any field that differs from what is saved', () => {
    expect(hasUnsavedSettings({ ...DEFAULT_SETTINGS, contactPerson: 'Marielle Stitzinger' }, DEFAULT_SETTINGS)).toBe(true);
    expect(hasUnsavedSettings({ ...DEFAULT_SETTINGS, houseStyle: { ...DEFAULT_SETTINGS.houseStyle, font: 'Calibri' } }, DEFAULT_SETTINGS)).toBe(true);
    const [first, ...rest] = DEFAULT_SETTINGS.phrases;
    expect(hasUnsavedSettings({ ...DEFAULT_SETTINGS, phrases: [{ ...first!, text: 'Anders.' }, ...rest] }, DEFAULT_SETTINGS)).toBe(true);
  });

  it('are not an order of keys that differs, or an empty phrase row that saving leaves out', () => {
    const reordered = Object.fromEntries(Object.entries(DEFAULT_SETTINGS).reverse()) as typeof DEFAULT_SETTINGS;
    expect(hasUnsavedSettings(reordered, DEFAULT_SETTINGS)).toBe(false);
    const withEmptyRow = { ...DEFAULT_SETTINGS, phrases: [...DEFAULT_SETTINGS.phrases, { id: 'new', context: 'discussion' as const, label: '', text: '' }] };
    expect(hasUnsavedSettings(withEmptyRow, DEFAULT_SETTINGS)).toBe(false);
    expect(cleanedSettings(withEmptyRow)).toEqual(DEFAULT_SETTINGS);
  });

  it('are not the Gedeelde map settings, which that form saves itself', () => {
    const shared = { ...DEFAULT_SETTINGS, syncFolder: '/gedeeld', copyExportsToSyncFolder: true };
    expect(hasUnsavedSettings(DEFAULT_SETTINGS, shared)).toBe(false);
    expect(hasUnsavedSettings({ ...DEFAULT_SETTINGS, contactPerson: 'Joke' }, shared)).toBe(true);
  });
});

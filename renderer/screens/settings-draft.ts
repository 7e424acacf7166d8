import type { Settings } from '../../shared/model/settings';
import { SYNC_FOLDER_SETTINGS } from '../../shared/model/sync-folder-settings';

/** The settings as the form saves them: a phrase without a label or a text is left out. */
export function cleanedSettings(draft: Settings): Settings {
  return { ...draft, phrases: draft.phrases.filter((p) => p.label.trim() && p.text.trim()) };
}

/** JSON with the keys of every object sorted: equal settings give equal text. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** The settings this form saves: those of the Gedeelde map form are its own. */
function formPart(settings: Settings): Partial<Settings> {
  const part: Partial<Settings> = { ...settings };
  for (const key of SYNC_FOLDER_SETTINGS) delete part[key];
  return part;
}

/**
 * Whether the form holds something the saved settings do not. The order of keys (the core's
 * answer has its own), empty phrase rows, which saving leaves out, and the Gedeelde map form's
 * settings (saved by that form) do not count.
 */
export function hasUnsavedSettings(draft: Settings, saved: Settings): boolean {
  return stableJson(formPart(cleanedSettings(draft))) !== stableJson(formPart(saved));
}

import type { NotulistApi } from '../../shared/api/contract';
import { errorMessage } from '../i18n/nl';
import type { AppState } from './app-store';
import type { GetState, SetState, StoreShared } from './store-shared';

type SettingsSlice = Pick<AppState, 'settings' | 'settingsUnsaved' | 'saveSettings' | 'markSettingsUnsaved' | 'setWordTemplate'>;

/** The settings, and the organisation's own Word template. */
export function settingsSlice(api: NotulistApi, set: SetState, get: GetState, { attempt }: StoreShared): SettingsSlice {
  return {
    settings: null,
    settingsUnsaved: false,

    saveSettings: async (patch) => {
      let saved = false;
      await attempt(async () => {
        set({ settings: await api.updateSettings(patch) });
        saved = true;
      });
      return saved;
    },

    markSettingsUnsaved: (settingsUnsaved) => {
      if (get().settingsUnsaved !== settingsUnsaved) set({ settingsUnsaved });
    },

    setWordTemplate: async (args) => {
      set({ error: null });
      try {
        const result = await api.setWordTemplate(args);
        if (result.ok) set({ settings: result.settings });
        return result;
      } catch (error) {
        set({ error: errorMessage(error) });
        return undefined;
      }
    },
  };
}

import type { NotulistCore } from '../../../shared/api/contract';
import { readWordTemplate, WordTemplateError } from '../../../shared/export/word-template';
import { SYNC_FOLDER_SETTINGS } from '../../../shared/model/sync-folder-settings';
import type { CoreContext } from '../core-context';
import { storeWordTemplate } from '../exports/word-template-store';

/** The settings in notulist.json, and the organisation's own Word template. */
export function settingsApi({ db, options }: CoreContext): Pick<NotulistCore, 'getSettings' | 'updateSettings' | 'setWordTemplate'> {
  return {
    getSettings: async () => db.data.settings,
    updateSettings: async (patch) => {
      const bySyncFolderForm: readonly string[] = SYNC_FOLDER_SETTINGS;
      const defined = Object.fromEntries(Object.entries(patch).filter(([key, value]) => value !== undefined && !bySyncFolderForm.includes(key)));
      db.data.settings = { ...db.data.settings, ...defined };
      await db.write();
      return db.data.settings;
    },
    setWordTemplate: async (args) => {
      if ('clear' in args) {
        db.data.settings = { ...db.data.settings, houseStyle: { ...db.data.settings.houseStyle, wordTemplate: '' } };
        await db.write();
        return { ok: true as const, settings: db.data.settings };
      }
      let document: Uint8Array;
      try {
        // A .dotx is kept as the document it is converted to, so every export is a document.
        ({ document } = await readWordTemplate(Buffer.from(args.base64, 'base64')));
      } catch (error) {
        if (error instanceof WordTemplateError) return { ok: false as const, problem: error.problem, placeholders: error.placeholders };
        throw error;
      }
      const name = await storeWordTemplate(options.workspaceDir, args.fileName, document);
      db.data.settings = { ...db.data.settings, houseStyle: { ...db.data.settings.houseStyle, wordTemplate: name } };
      await db.write();
      return { ok: true as const, settings: db.data.settings };
    },
  };
}

import { z } from 'zod';

/** The workspace's settings. */
export const SettingsSchema = z.object({
  organisationName: z.string(),
  contactPerson: z.string(),
  contactEmail: z.string(),
  defaultMeetingName: z.string(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  organisationName: 'Regio Gooi en Vechtstreek',
  contactPerson: '',
  contactEmail: '',
  defaultMeetingName: 'Overleg portefeuillehouders sociaal domein',
};

/** Settings as stored: fields added in later versions fall back to their defaults. */
export const StoredSettingsSchema = z.preprocess(
  (raw) => ({ ...DEFAULT_SETTINGS, ...(typeof raw === 'object' && raw !== null ? raw : {}) }),
  SettingsSchema,
);

export const SettingsPatchSchema = SettingsSchema.partial();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

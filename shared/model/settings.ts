import { z } from 'zod';
import { DEFAULT_PHRASES } from '../phrases/default-phrases';
import { PhraseSchema } from '../phrases/phrase';

/** The workspace's settings. */
export const SettingsSchema = z.object({
  organisationName: z.string(),
  contactPerson: z.string(),
  contactEmail: z.string(),
  defaultMeetingName: z.string(),
  /** The municipalities of the region, offered when adding people. */
  municipalities: z.array(z.string()),
  /** The library of usual outcomes, editable by the organisation. */
  phrases: z.array(PhraseSchema),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  organisationName: 'Regio Gooi en Vechtstreek',
  contactPerson: '',
  contactEmail: '',
  defaultMeetingName: 'Overleg portefeuillehouders sociaal domein',
  municipalities: ['Blaricum', 'Eemnes', 'Gooise Meren', 'Hilversum', 'Huizen', 'Laren', 'Wijdemeren'],
  phrases: DEFAULT_PHRASES,
};

/** Settings as stored: fields added in later versions fall back to their defaults. */
export const StoredSettingsSchema = z.preprocess(
  (raw) => ({ ...DEFAULT_SETTINGS, ...(typeof raw === 'object' && raw !== null ? raw : {}) }),
  SettingsSchema,
);

export const SettingsPatchSchema = SettingsSchema.partial();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

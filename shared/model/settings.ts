import { z } from 'zod';
import { DEFAULT_PHRASES } from '../phrases/default-phrases';
import { PhraseSchema } from '../phrases/phrase-schema';
import { DEFAULT_TEMPLATE, TemplateSettingsSchema } from './template-settings';

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
  /** The house style of the exported resumé. */
  template: TemplateSettingsSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  organisationName: 'Regio Gooi en Vechtstreek',
  contactPerson: '',
  contactEmail: '',
  defaultMeetingName: 'Overleg portefeuillehouders sociaal domein',
  municipalities: ['Blaricum', 'Eemnes', 'Gooise Meren', 'Hilversum', 'Huizen', 'Laren', 'Wijdemeren'],
  phrases: DEFAULT_PHRASES,
  template: DEFAULT_TEMPLATE,
};

/** Settings as stored: fields added in later versions fall back to their defaults. */
export const StoredSettingsSchema = z.preprocess((raw) => {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const template = typeof stored.template === 'object' && stored.template !== null ? stored.template : {};
  const labels = (template as { tableLabels?: object }).tableLabels ?? {};
  const detailLabels = (template as { detailLabels?: object }).detailLabels ?? {};
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    template: { ...DEFAULT_TEMPLATE, ...template, tableLabels: { ...DEFAULT_TEMPLATE.tableLabels, ...labels }, detailLabels: { ...DEFAULT_TEMPLATE.detailLabels, ...detailLabels } },
  };
}, SettingsSchema);

export const SettingsPatchSchema = SettingsSchema.partial();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

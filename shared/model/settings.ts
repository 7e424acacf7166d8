import { z } from 'zod';
import { DEFAULT_PHRASES } from '../phrases/default-phrases';
import { PhraseSchema } from '../phrases/phrase-schema';
import { HouseStyleSchema } from './house-style';
import { DEFAULT_HOUSE_STYLE } from './house-style-defaults';

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
  houseStyle: HouseStyleSchema,
  /** The shared folder sync exchanges through (docs/sync.md); absent: no sync, all local. */
  syncFolder: z.string().optional(),
  /** Each exported resumé also copied to the shared folder, under Resumés/<year> (shared/export/export-copy.ts). */
  copyExportsToSyncFolder: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  organisationName: 'Regio Gooi en Vechtstreek',
  contactPerson: '',
  contactEmail: '',
  defaultMeetingName: 'Overleg portefeuillehouders sociaal domein',
  municipalities: ['Blaricum', 'Eemnes', 'Gooise Meren', 'Hilversum', 'Huizen', 'Laren', 'Wijdemeren'],
  phrases: DEFAULT_PHRASES,
  houseStyle: DEFAULT_HOUSE_STYLE,
  copyExportsToSyncFolder: false,
};

/** Settings keys earlier versions wrote, by the key that holds them now. */
export const FORMER_SETTINGS_KEYS: Readonly<Record<string, keyof Settings>> = { template: 'houseStyle' };

/**
 * Stored settings with every former key under its current name, so a settings file written
 * before a rename loses nothing. A current key wins over its former one.
 */
export function withCurrentSettingsKeys(stored: Record<string, unknown>): Record<string, unknown> {
  const current = { ...stored };
  for (const [former, now] of Object.entries(FORMER_SETTINGS_KEYS)) {
    if (!(former in current)) continue;
    if (!(now in current)) current[now] = current[former];
    delete current[former];
  }
  return current;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Settings as stored: fields added in later versions fall back to their defaults. */
export const StoredSettingsSchema = z.preprocess((raw) => {
  const stored = withCurrentSettingsKeys(isObject(raw) ? raw : {});
  const houseStyle = isObject(stored.houseStyle) ? stored.houseStyle : {};
  const tableLabels = isObject(houseStyle.tableLabels) ? houseStyle.tableLabels : {};
  const detailLabels = isObject(houseStyle.detailLabels) ? houseStyle.detailLabels : {};
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    houseStyle: {
      ...DEFAULT_HOUSE_STYLE,
      ...houseStyle,
      tableLabels: { ...DEFAULT_HOUSE_STYLE.tableLabels, ...tableLabels },
      detailLabels: { ...DEFAULT_HOUSE_STYLE.detailLabels, ...detailLabels },
    },
  };
}, SettingsSchema);

export const SettingsPatchSchema = SettingsSchema.partial();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

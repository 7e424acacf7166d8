/**
 * The settings the Gedeelde map form sets, through setSyncFolder only: the folder is checked
 * and set up there, so updateSettings leaves these alone and a settings form opened before
 * cannot put an old value back. Free of zod, for the renderer too.
 */
export const SYNC_FOLDER_SETTINGS = ['syncFolder', 'copyExportsToSyncFolder'] as const;

import { ApiError } from '../../../shared/api/errors';
import { exportResume, type ResumeFile } from '../../../shared/export/export-resume';
import type { Meeting } from '../../../shared/model/meeting';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/model/settings';
import type { HouseStyle } from '../../../shared/model/house-style';
import { loadWordTemplate } from './word-template-store';

/** What a resumé is built with: the house style, the organisation's name and its own Word template. */
export interface ExportSource {
  houseStyle: HouseStyle;
  organisationName: string;
  wordTemplate?: Uint8Array;
}

/** A workspace's house style, organisation name and stored Word template, as the app exports with. */
export async function workspaceExportSource(workspaceDir: string, settings: Settings): Promise<ExportSource> {
  const wordTemplate = await loadWordTemplate(workspaceDir, settings.houseStyle.wordTemplate);
  return { houseStyle: settings.houseStyle, organisationName: settings.organisationName, ...(wordTemplate ? { wordTemplate } : {}) };
}

/** The built-in house style: what a new workspace exports with, for the CLI without one. */
export function defaultExportSource(): ExportSource {
  return { houseStyle: DEFAULT_SETTINGS.houseStyle, organisationName: DEFAULT_SETTINGS.organisationName };
}

/**
 * The resumé as the desktop app, the browser host and the CLI all build it: one path, so a
 * document from the command line is the document the app would have written.
 */
export async function buildResumeFile(meeting: Meeting, source: ExportSource, publicOnly: boolean): Promise<ResumeFile> {
  try {
    return await exportResume(meeting, source.houseStyle, {
      public: publicOnly,
      organisationName: source.organisationName,
      ...(source.wordTemplate ? { wordTemplate: source.wordTemplate } : {}),
    });
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('export', `could not build the DOCX: ${error instanceof Error ? error.message : String(error)}`);
  }
}

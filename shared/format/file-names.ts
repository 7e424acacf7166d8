/** Characters Windows, OneDrive and SharePoint refuse in file names. */
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/g;

/** A file-name-safe version of free text: forbidden characters dropped, no trailing dots. */
export function safeFileNamePart(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '').slice(0, 120);
}

/** `2023-02-23 Resumé Overleg portefeuillehouders sociaal domein.docx` */
export function resumeFileName(date: string, meetingName: string): string {
  const name = safeFileNamePart(meetingName) || 'overleg';
  return `${date} Resumé ${name}.docx`;
}

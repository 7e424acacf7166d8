import type { TemplateSettings } from './template-settings';

/** The house style until the organisation sets its own; plain data, so the renderer loads no schemas. */
export const DEFAULT_TEMPLATE: TemplateSettings = {
  logoDataUrl: '',
  logoWidth: 192,
  logoHeight: 48,
  showLogo: true,
  font: 'Arial',
  bodySizePt: 10.5,
  headingCase: 'upper',
  footerText: 'Pagina {pagina} van {paginas}',
  wordTemplate: '',
  showMeetingTimes: false,
  tableLabels: { present: 'Aanwezig', absent: 'Afwezig', contactPerson: 'Contactpersoon', email: 'E-mail', confidential: 'Vertrouwelijk', reference: 'Kenmerk' },
};

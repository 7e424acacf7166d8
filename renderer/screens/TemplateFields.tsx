import { DEFAULT_TEMPLATE } from '../../shared/model/default-template';
import type { TemplateSettings } from '../../shared/model/template-settings';
import { nl } from '../i18n/nl';
import { LogoField } from './LogoField';
import { ResumeLabelFields } from './ResumeLabelFields';
import { WordTemplateField } from './WordTemplateField';

const FONTS = ['Arial', 'Calibri', 'Verdana', 'Segoe UI', 'Times New Roman', 'Georgia'];
type Switch = 'numberHeadings' | 'showItemActions' | 'showActionList' | 'omitEmptyRows' | 'showChair' | 'showPortfolioHolders' | 'showDocuments';

/** What the resumé holds and how it numbers and sets off its parts. */
function ResumeContentFields({ template, set }: { template: TemplateSettings; set: (patch: Partial<TemplateSettings>) => void }) {
  const toggle = (key: Switch, label: string) => (
    <label className="checkbox">
      <input type="checkbox" checked={template[key]} onChange={(e) => set({ [key]: e.target.checked })} />
      {label}
    </label>
  );
  return (
    <>
      <div className="field-grid">
        <label className="field">
          <span>{nl.settings.agendaNumbering}</span>
          <select value={template.agendaNumbering} onChange={(e) => set({ agendaNumbering: e.target.value as TemplateSettings['agendaNumbering'] })}>
            <option value="section">{nl.settings.numberingSection}</option>
            <option value="meeting">{nl.settings.numberingMeeting}</option>
          </select>
        </label>
        <label className="field">
          <span>{nl.settings.subheadingStyle}</span>
          <select value={template.subheadingStyle} onChange={(e) => set({ subheadingStyle: e.target.value as TemplateSettings['subheadingStyle'] })}>
            <option value="underline">{nl.settings.subheadingUnderline}</option>
            <option value="italic">{nl.settings.subheadingItalic}</option>
            <option value="bold">{nl.settings.subheadingBold}</option>
          </select>
        </label>
        <label className="field">
          <span>{nl.settings.decisionSubject}</span>
          <input value={template.decisionSubject} onChange={(e) => set({ decisionSubject: e.target.value || DEFAULT_TEMPLATE.decisionSubject })} />
        </label>
      </div>
      {toggle('numberHeadings', nl.settings.numberHeadings)}
      {toggle('showItemActions', nl.settings.showItemActions)}
      {toggle('showActionList', nl.settings.showActionList)}
      {toggle('omitEmptyRows', nl.settings.omitEmptyRows)}
      {toggle('showChair', nl.settings.showChair)}
      {toggle('showPortfolioHolders', nl.settings.showPortfolioHolders)}
      {toggle('showDocuments', nl.settings.showDocuments)}
    </>
  );
}

/** The resumé's house style: logo, font, size, heading case, footer, what it holds. */
export function TemplateFields({ template, onChange }: { template: TemplateSettings; onChange: (template: TemplateSettings) => void }) {
  const set = (patch: Partial<TemplateSettings>) => onChange({ ...template, ...patch });

  return (
    <fieldset className="field">
      <legend>{nl.settings.template}</legend>
      <div className="field-grid">
        <label className="field">
          <span>{nl.settings.font}</span>
          <select value={template.font} onChange={(e) => set({ font: e.target.value })}>
            {(FONTS.includes(template.font) ? FONTS : [template.font, ...FONTS]).map((font) => (
              <option key={font}>{font}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{nl.settings.bodySize}</span>
          <input type="number" min={8} max={16} step={0.5} value={template.bodySizePt} onChange={(e) => set({ bodySizePt: Math.max(8, Math.min(16, Number(e.target.value) || 10.5)) })} />
        </label>
        <label className="field">
          <span>{nl.settings.headingCase}</span>
          <select value={template.headingCase} onChange={(e) => set({ headingCase: e.target.value as TemplateSettings['headingCase'] })}>
            <option value="upper">{nl.settings.headingUpper}</option>
            <option value="as-typed">{nl.settings.headingAsTyped}</option>
          </select>
        </label>
      </div>
      <label className="field">
        <span>{nl.settings.footerText}</span>
        <input value={template.footerText} onChange={(e) => set({ footerText: e.target.value })} />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={template.showLogo} onChange={(e) => set({ showLogo: e.target.checked })} />
        {nl.settings.showLogo}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={template.showMeetingTimes} onChange={(e) => set({ showMeetingTimes: e.target.checked })} />
        {nl.settings.showMeetingTimes}
      </label>
      <LogoField template={template} set={set} />
      <ResumeContentFields template={template} set={set} />
      <ResumeLabelFields template={template} group="tableLabels" legend={nl.settings.tableLabels} set={set} />
      <ResumeLabelFields template={template} group="detailLabels" legend={nl.settings.detailLabels} set={set} />
      <WordTemplateField inUse={template.wordTemplate} onChange={(wordTemplate) => set({ wordTemplate })} />
    </fieldset>
  );
}

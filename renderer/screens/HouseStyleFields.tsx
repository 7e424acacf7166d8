import { useState } from 'react';
import { DEFAULT_HOUSE_STYLE, HOUSE_STYLE_RANGES } from '../../shared/model/house-style-defaults';
import type { HouseStyle } from '../../shared/model/house-style';
import { nl } from '../i18n/nl';
import { WordTemplateField } from './WordTemplateField';

const FONTS = ['Arial', 'Calibri', 'Verdana', 'Segoe UI', 'Times New Roman', 'Georgia'];
/** The logo's height in the page header, in pixels; the width follows the image. */
const LOGO_HEIGHT = DEFAULT_HOUSE_STYLE.logoHeight;
const BODY_SIZE = HOUSE_STYLE_RANGES.bodySizePt;

/** Reads an image file as a data URL with its size scaled to the header's height. */
function readLogo(file: File): Promise<{ dataUrl: string; width: number; height: number }> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error);
    reader.onload = () => {
      const dataUrl = String(reader.result);
      const image = new Image();
      image.onerror = () => reject(new Error('not an image'));
      image.onload = () => {
        const { min, max } = HOUSE_STYLE_RANGES.logoWidth;
        const width = Math.max(min, Math.min(max, Math.round((image.naturalWidth / image.naturalHeight) * LOGO_HEIGHT)));
        resolve({ dataUrl, width, height: LOGO_HEIGHT });
      };
      image.src = dataUrl;
    };
    reader.readAsDataURL(file);
  });
}

type FieldsProps = { houseStyle: HouseStyle; set: (patch: Partial<HouseStyle>) => void };

/** One of a few settings, chosen from a list: each choice its value and its Dutch text. */
function ChoiceField<T extends string>({ label, value, choices, onChange }: { label: string; value: T; choices: readonly (readonly [T, string])[]; onChange: (value: T) => void }) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(choices.find(([choice]) => choice === e.target.value)?.[0] ?? value)}>
        {choices.map(([choice, text]) => (
          <option key={choice} value={choice}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

type Switch = 'numberHeadings' | 'showItemActions' | 'showActionList' | 'omitEmptyRows' | 'showChair' | 'showPortfolioHolders' | 'showDocuments';

/** What the resumé holds and how it numbers and sets off its parts. */
function ResumeContentFields({ houseStyle, set }: FieldsProps) {
  const toggle = (key: Switch, label: string) => (
    <label className="checkbox">
      <input type="checkbox" checked={houseStyle[key]} onChange={(e) => set({ [key]: e.target.checked })} />
      {label}
    </label>
  );
  return (
    <>
      <div className="field-grid">
        <ChoiceField
          label={nl.settings.agendaNumbering}
          value={houseStyle.agendaNumbering}
          choices={[['section', nl.settings.numberingSection], ['meeting', nl.settings.numberingMeeting]]}
          onChange={(agendaNumbering) => set({ agendaNumbering })}
        />
        <ChoiceField
          label={nl.settings.subheadingStyle}
          value={houseStyle.subheadingStyle}
          choices={[['underline', nl.settings.subheadingUnderline], ['italic', nl.settings.subheadingItalic], ['bold', nl.settings.subheadingBold]]}
          onChange={(subheadingStyle) => set({ subheadingStyle })}
        />
        <label className="field">
          <span>{nl.settings.decisionSubject}</span>
          <input value={houseStyle.decisionSubject} onChange={(e) => set({ decisionSubject: e.target.value || DEFAULT_HOUSE_STYLE.decisionSubject })} />
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

/** The organisation's logo: shown, chosen from a PNG or JPEG file, or set back to none. */
function LogoField({ houseStyle, set }: FieldsProps) {
  const [logoError, setLogoError] = useState(false);

  async function chooseLogo(file: File | undefined): Promise<void> {
    setLogoError(false);
    if (!file) return;
    if (!/^image\/(png|jpeg)$/.test(file.type)) {
      setLogoError(true);
      return;
    }
    try {
      const logo = await readLogo(file);
      set({ logoDataUrl: logo.dataUrl, logoWidth: logo.width, logoHeight: logo.height, showLogo: true });
    } catch {
      setLogoError(true);
    }
  }

  return (
    <div className="logo-field">
      {houseStyle.logoDataUrl ? <img src={houseStyle.logoDataUrl} alt="" height={LOGO_HEIGHT} /> : <span className="hint">{nl.settings.logoNone}</span>}
      <label className="field">
        <span>{nl.settings.logo}</span>
        <input type="file" accept="image/png,image/jpeg" onChange={(e) => void chooseLogo(e.target.files?.[0])} />
      </label>
      {houseStyle.logoDataUrl && (
        <button type="button" onClick={() => set({ logoDataUrl: '', logoWidth: DEFAULT_HOUSE_STYLE.logoWidth, logoHeight: DEFAULT_HOUSE_STYLE.logoHeight })}>
          {nl.settings.logoDefault}
        </button>
      )}
      {logoError && <span role="alert">{nl.settings.logoInvalid}</span>}
    </div>
  );
}

type LabelGroup = 'tableLabels' | 'detailLabels';

/** The resumé's own words of one group, each falling back to its default when emptied. */
function LabelFields({ houseStyle, set, group, legend }: FieldsProps & { group: LabelGroup; legend: string }) {
  const defaults: Record<string, string> = DEFAULT_HOUSE_STYLE[group];
  const current: Record<string, string> = houseStyle[group];
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      <div className="field-grid">
        {Object.keys(defaults).map((key) => (
          <label key={key} className="field">
            <span>{nl.settings.tableLabel(defaults[key]!)}</span>
            <input value={current[key]} onChange={(e) => set({ [group]: { ...current, [key]: e.target.value || defaults[key] } })} />
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The resumé's house style: logo, font, size, heading case, footer, what it holds. */
export function HouseStyleFields({ houseStyle, onChange }: { houseStyle: HouseStyle; onChange: (houseStyle: HouseStyle) => void }) {
  const set = (patch: Partial<HouseStyle>) => onChange({ ...houseStyle, ...patch });
  return (
    <fieldset className="field">
      <legend>{nl.settings.houseStyle}</legend>
      <div className="field-grid">
        <label className="field">
          <span>{nl.settings.font}</span>
          <select value={houseStyle.font} onChange={(e) => set({ font: e.target.value })}>
            {(FONTS.includes(houseStyle.font) ? FONTS : [houseStyle.font, ...FONTS]).map((font) => (
              <option key={font}>{font}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{nl.settings.bodySize}</span>
          <input type="number" {...BODY_SIZE} step={0.5} value={houseStyle.bodySizePt} onChange={(e) => set({ bodySizePt: Math.max(BODY_SIZE.min, Math.min(BODY_SIZE.max, Number(e.target.value) || DEFAULT_HOUSE_STYLE.bodySizePt)) })} />
        </label>
        <ChoiceField
          label={nl.settings.headingCase}
          value={houseStyle.headingCase}
          choices={[['upper', nl.settings.headingUpper], ['as-typed', nl.settings.headingAsTyped]]}
          onChange={(headingCase) => set({ headingCase })}
        />
      </div>
      <label className="field">
        <span>{nl.settings.footerText}</span>
        <input value={houseStyle.footerText} onChange={(e) => set({ footerText: e.target.value })} />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={houseStyle.showLogo} onChange={(e) => set({ showLogo: e.target.checked })} />
        {nl.settings.showLogo}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={houseStyle.showMeetingTimes} onChange={(e) => set({ showMeetingTimes: e.target.checked })} />
        {nl.settings.showMeetingTimes}
      </label>
      <LogoField houseStyle={houseStyle} set={set} />
      <ResumeContentFields houseStyle={houseStyle} set={set} />
      <LabelFields houseStyle={houseStyle} set={set} group="tableLabels" legend={nl.settings.tableLabels} />
      <LabelFields houseStyle={houseStyle} set={set} group="detailLabels" legend={nl.settings.detailLabels} />
      <WordTemplateField inUse={houseStyle.wordTemplate} onChange={(wordTemplate) => set({ wordTemplate })} />
    </fieldset>
  );
}

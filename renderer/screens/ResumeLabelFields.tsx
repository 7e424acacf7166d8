import { DEFAULT_TEMPLATE } from '../../shared/model/default-template';
import type { TemplateSettings } from '../../shared/model/template-settings';
import { nl } from '../i18n/nl';

type LabelGroup = 'tableLabels' | 'detailLabels';

/** One group of the resumé's labels, each field falling back to its default when emptied. */
export function ResumeLabelFields({
  template,
  group,
  legend,
  set,
}: {
  template: TemplateSettings;
  group: LabelGroup;
  legend: string;
  set: (patch: Partial<TemplateSettings>) => void;
}) {
  const defaults: Record<string, string> = DEFAULT_TEMPLATE[group];
  const labels: Record<string, string> = template[group];
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      <div className="field-grid">
        {Object.keys(defaults).map((key) => (
          <label key={key} className="field">
            <span>{nl.settings.tableLabel(defaults[key]!)}</span>
            <input value={labels[key]} onChange={(e) => set({ [group]: { ...labels, [key]: e.target.value || defaults[key] } })} />
          </label>
        ))}
      </div>
    </fieldset>
  );
}

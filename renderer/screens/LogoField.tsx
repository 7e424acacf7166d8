import { useState } from 'react';
import { DEFAULT_TEMPLATE } from '../../shared/model/default-template';
import type { TemplateSettings } from '../../shared/model/template-settings';
import { nl } from '../i18n/nl';

/** The logo's height in the page header, in pixels; the width follows the image. */
const LOGO_HEIGHT = 48;

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
        const width = Math.max(8, Math.min(800, Math.round((image.naturalWidth / image.naturalHeight) * LOGO_HEIGHT)));
        resolve({ dataUrl, width, height: LOGO_HEIGHT });
      };
      image.src = dataUrl;
    };
    reader.readAsDataURL(file);
  });
}

/** The logo in the resumé's page header: shown, replaced by a PNG or JPEG, or back to none. */
export function LogoField({ template, set }: { template: TemplateSettings; set: (patch: Partial<TemplateSettings>) => void }) {
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
      {template.logoDataUrl ? <img src={template.logoDataUrl} alt="" height={LOGO_HEIGHT} /> : <span className="hint">{nl.settings.logoNone}</span>}
      <label className="field">
        <span>{nl.settings.logo}</span>
        <input type="file" accept="image/png,image/jpeg" onChange={(e) => void chooseLogo(e.target.files?.[0])} />
      </label>
      {template.logoDataUrl && (
        <button type="button" onClick={() => set({ logoDataUrl: '', logoWidth: DEFAULT_TEMPLATE.logoWidth, logoHeight: DEFAULT_TEMPLATE.logoHeight })}>
          {nl.settings.logoDefault}
        </button>
      )}
      {logoError && <span role="alert">{nl.settings.logoInvalid}</span>}
    </div>
  );
}

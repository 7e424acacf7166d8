import { describe, expect, it } from 'vitest';
import { exportOptionsFrom } from '../../shared/export/export-resume';
import { RESUME_LABELS } from '../../shared/export/resume-labels';
import { DEFAULT_RESUME_STYLE, resolveResumeStyle } from '../../shared/export/resume-style';
import { DEFAULT_HOUSE_STYLE } from '../../shared/model/house-style-defaults';

describe('the resumé without settings', () => {
  it('takes its font, sizes and sub-heading look from the default house style', () => {
    expect(DEFAULT_RESUME_STYLE).toMatchObject({
      font: 'Arial',
      fontSize: { body: 21, title: 32, heading1: 24, heading2: 23, heading3: 21, heading4: 21 },
      subheadingStyle: 'underline',
    });
    expect(resolveResumeStyle(exportOptionsFrom(DEFAULT_HOUSE_STYLE, false).style)).toEqual(DEFAULT_RESUME_STYLE);
  });

  it('takes the words a region may reword from the default house style, and keeps the fixed ones', () => {
    expect(RESUME_LABELS).toMatchObject({
      present: 'Aanwezig',
      fromItem: 'vanaf agendapunt {nummer}',
      chair: 'Voorzitter',
      decisionSubject: 'Het portefeuillehoudersoverleg',
      footer: 'Pagina {pagina} van {paginas}',
      title: 'RESUMÉ',
      actionList: 'Actielijst',
    });
    expect({ ...RESUME_LABELS, ...exportOptionsFrom(DEFAULT_HOUSE_STYLE, false).labels }).toEqual(RESUME_LABELS);
  });
});

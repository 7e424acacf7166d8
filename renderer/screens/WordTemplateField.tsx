import { useState } from 'react';
import { readFileBase64 } from '../api/file-base64';
import type { ResultOf } from '../../shared/api/contract';
import { nl } from '../i18n/nl';
import { useApp } from '../store/store-context';

function describe(result: Extract<ResultOf<'setWordTemplate'>, { ok: false }>): string {
  const names = result.placeholders.join(', ');
  switch (result.problem) {
    case 'unreadable':
      return nl.settings.wordTemplateProblems.unreadable;
    case 'unknown-placeholders':
      return nl.settings.wordTemplateProblems['unknown-placeholders'](names);
    case 'no-content':
      return nl.settings.wordTemplateProblems['no-content'];
    case 'used-twice':
      return nl.settings.wordTemplateProblems['used-twice'](names);
    case 'too-large':
      return nl.settings.wordTemplateProblems['too-large'];
    case 'macros':
      return nl.settings.wordTemplateProblems.macros;
    case 'block-outside-body':
      return nl.settings.wordTemplateProblems['block-outside-body'](names);
    case 'text-beside-block':
      return nl.settings.wordTemplateProblems['text-beside-block'](names);
  }
}

/** The organisation's own .docx: checked by the core when chosen, its problems said in Dutch. */
export function WordTemplateField({ inUse, onChange }: { inUse: string; onChange: (name: string) => void }) {
  const setWordTemplate = useApp((state) => state.setWordTemplate);
  const [problem, setProblem] = useState<string | null>(null);

  async function choose(file: File | undefined): Promise<void> {
    setProblem(null);
    if (!file) return;
    const result = await setWordTemplate({ fileName: file.name, base64: await readFileBase64(file) });
    if (!result) return;
    if (result.ok) onChange(result.settings.houseStyle.wordTemplate);
    else setProblem(describe(result));
  }

  return (
    <div className="field">
      <span>{nl.settings.wordTemplate}</span>
      <p className="hint">{nl.settings.wordTemplateHint}</p>
      <p>{inUse ? nl.settings.wordTemplateInUse(inUse) : nl.settings.wordTemplateNone}</p>
      <input
        type="file"
        aria-label={nl.settings.wordTemplate}
        accept=".docx,.dotx,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.wordprocessingml.template"
        onChange={(e) => void choose(e.target.files?.[0])}
      />
      {inUse && (
        <button type="button" onClick={() => void setWordTemplate({ clear: true }).then((r) => r?.ok && onChange(''))}>
          {nl.settings.wordTemplateClear}
        </button>
      )}
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}

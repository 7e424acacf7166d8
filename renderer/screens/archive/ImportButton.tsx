import { useRef } from 'react';
import { nl } from '../../i18n/nl';
import { useApp } from '../../store/store-context';
import { readFileBase64 } from '../../api/file-base64';
import { ImportSummary } from './ImportSummary';

const WORD_DOCUMENT = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * "Importeren" on the meeting list: chooses one or more Word resumés (a plain file input, which
 * the browser host and Electron both offer) and shows the import's progress and summary.
 */
export function ImportButton() {
  const importResumes = useApp((state) => state.importResumes);
  const showing = useApp((state) => state.archiveImport !== null);
  const input = useRef<HTMLInputElement>(null);

  function choose(files: FileList | null): void {
    const documents = [...(files ?? [])].map((file) => ({ fileName: file.name, readBase64: () => readFileBase64(file) }));
    // Cleared, so choosing the same files again is seen as a choice.
    if (input.current) input.current.value = '';
    void importResumes(documents);
  }

  return (
    <>
      <button type="button" title={nl.archive.importHint} onClick={() => input.current?.click()}>
        {nl.archive.import}
      </button>
      <input ref={input} type="file" hidden multiple accept={WORD_DOCUMENT} aria-label={nl.archive.chooseFiles} onChange={(event) => choose(event.target.files)} />
      {showing && <ImportSummary />}
    </>
  );
}

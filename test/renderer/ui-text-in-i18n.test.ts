import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiTextLiterals } from '../support/ui-text-scanner';

const RENDERER = resolve(import.meta.dirname, '..', '..', 'renderer');

describe('the scanner for UI text outside renderer/i18n', () => {
  it('finds text between tags and in text props', () => {
    expect(uiTextLiterals('export const A = () => <button>Opslaan</button>;')).toEqual([{ line: 1, text: 'Opslaan' }]);
    const props = `const B = () => (
      <input aria-label="Zoeken" placeholder={'Naam…'} title={\`Alt + \${n}\`} alt={open ? 'Dicht' : 'Open'} />
    );`;
    expect(uiTextLiterals(props).map((found) => found.text)).toEqual(['Zoeken', 'Naam…', 'Alt +', 'Dicht', 'Open']);
    expect(uiTextLiterals("window.alert('Bestand niet gevonden');", 'a.ts')).toEqual([{ line: 1, text: 'Bestand niet gevonden' }]);
    expect(uiTextLiterals("const buttons = [{ label: nl.editor.bold, text: 'Kop', run }];", 'a.ts')).toEqual([{ line: 1, text: 'Kop' }]);
  });

  it('lets through text from nl, symbols and props that are not read by people', () => {
    const clean = `const C = () => (
      <div className="notes-toolbar" role="toolbar" aria-label={nl.editor.toolbar} data-shortcut="next" lang="en">
        {nl.editor.bold} {' '} – • <img alt="" src={src} />
      </div>
    );
    const options = { type: 'a', kind: 'opening' };`;
    expect(uiTextLiterals(clean)).toEqual([]);
  });
});

describe('the renderer', () => {
  it('takes every word the secretary sees from renderer/i18n, none written into a component', () => {
    const files = readdirSync(RENDERER, { recursive: true, encoding: 'utf8' }).filter((name) => /\.tsx?$/.test(name) && !name.startsWith('i18n'));
    const found = files.flatMap((name) => uiTextLiterals(readFileSync(join(RENDERER, name), 'utf8'), name).map(({ line, text }) => `${name}:${line}: ${text}`));
    expect(found).toEqual([]);
  });
});

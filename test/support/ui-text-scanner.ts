import ts from 'typescript';

/** Props whose value a person reads or hears: they hold UI text, so it belongs in renderer/i18n. */
const TEXT_PROPS = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
/** Object properties that carry text to a button or message (`{ label: 'Vet', text: 'Kop' }`). */
const TEXT_PROPERTIES = new Set(['label', 'text', 'title', 'placeholder', 'message', 'description', 'ariaLabel']);
/** Calls that show their string argument to the person. */
const TEXT_CALLS = new Set(['alert', 'confirm', 'prompt']);

export interface UiTextLiteral {
  line: number;
  text: string;
}

const hasLetters = (text: string): boolean => /\p{L}/u.test(text);

/** The string literals (and template texts) inside an expression, as they are written. */
function literalsIn(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text), ...node.templateSpans.flatMap((span) => literalsIn(span.expression))];
  if (ts.isConditionalExpression(node)) return [...literalsIn(node.whenTrue), ...literalsIn(node.whenFalse)];
  if (ts.isBinaryExpression(node)) return [...literalsIn(node.left), ...literalsIn(node.right)];
  if (ts.isParenthesizedExpression(node) || ts.isJsxExpression(node)) return node.expression ? literalsIn(node.expression) : [];
  return [];
}

/**
 * The UI text written into a renderer source file instead of taken from renderer/i18n: JSX
 * text, text props (aria-label, title, placeholder, …), text properties of objects (label,
 * text, …) and alert/confirm/prompt arguments that hold a letter. Punctuation and symbols (`•`, `–`, `{' '}`) are not text.
 */
export function uiTextLiterals(source: string, fileName = 'component.tsx'): UiTextLiteral[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: UiTextLiteral[] = [];
  const report = (node: ts.Node, texts: string[]) => {
    for (const text of texts.map((t) => t.trim()).filter(hasLetters)) found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, [node.text]);
    else if (ts.isJsxAttribute(node) && TEXT_PROPS.has(node.name.getText(file)) && node.initializer) report(node, literalsIn(node.initializer));
    else if (ts.isPropertyAssignment(node) && TEXT_PROPERTIES.has(node.name.getText(file))) report(node, literalsIn(node.initializer));
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      if (TEXT_CALLS.has(name)) report(node, node.arguments.flatMap(literalsIn));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

import { Children, createElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorBoundary } from '../../renderer/components/ErrorBoundary';

/** The boundary as React leaves it after a child threw while rendering. */
function failedBoundary(onBack: () => void): ErrorBoundary {
  const boundary = new ErrorBoundary({ children: createElement('p', null, 'het scherm'), onBack });
  boundary.state = ErrorBoundary.getDerivedStateFromError(new RangeError('Invalid time value'));
  // Outside a React root setState has nowhere to go; the test reads the state React would keep.
  boundary.setState = (next) => Object.assign(boundary.state, next);
  return boundary;
}

function findButton(node: ReactNode): ReactElement<{ onClick: () => void }> | undefined {
  for (const child of Children.toArray(node)) {
    if (!isValidElement<{ children?: ReactNode; onClick?: () => void }>(child)) continue;
    if (child.type === 'button') return child as ReactElement<{ onClick: () => void }>;
    const found = findButton(child.props.children);
    if (found) return found;
  }
  return undefined;
}

describe('the error boundary', () => {
  it('shows the screen as long as it renders', () => {
    const boundary = new ErrorBoundary({ children: createElement('p', null, 'het scherm'), onBack: () => undefined });
    expect(renderToStaticMarkup(createElement('div', null, boundary.render()))).toBe('<div><p>het scherm</p></div>');
  });

  it('turns a render error into a Dutch message with the technical detail, never a blank app', () => {
    const html = renderToStaticMarkup(createElement('div', null, failedBoundary(() => undefined).render()));
    expect(html).toContain('role="alert"');
    expect(html).toContain('Er ging iets mis bij het tonen van dit scherm');
    expect(html).toContain('Technische melding: Invalid time value');
    expect(html).toContain('Terug naar het overzicht');
  });

  it('offers a way back that clears the error and goes to the list', () => {
    let wentBack = 0;
    const boundary = failedBoundary(() => (wentBack += 1));
    findButton(boundary.render())!.props.onClick();
    expect(wentBack).toBe(1);
    expect(boundary.state.error).toBeNull();
  });
});

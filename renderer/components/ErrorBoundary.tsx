import { Component, type ErrorInfo, type ReactNode } from 'react';
import { nl } from '../i18n/nl';

interface Props {
  children: ReactNode;
  /** The way back: to the meeting list, a screen that needs no meeting. */
  onBack: () => void;
}

/**
 * A render error shows a Dutch message with a way back instead of a blank app. Saved work is
 * in the core, not in the components, so nothing on disk depends on this screen.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('notulist: a screen failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="render-error" role="alert">
        <h1>{nl.renderError.title}</h1>
        <p>{nl.renderError.body}</p>
        <p className="hint">{nl.renderError.detail(error.message)}</p>
        <button
          type="button"
          className="primary"
          onClick={() => {
            this.setState({ error: null });
            this.props.onBack();
          }}
        >
          {nl.renderError.back}
        </button>
      </section>
    );
  }
}

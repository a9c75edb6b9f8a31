/** Keeps the HUD alive when the 3D view fails: a bilingual message, the details in the console, and a retry. */
import { Component, type ReactNode } from 'react';
import { t } from '../i18n';
import { useExhibit } from '../state/store';
import { endSessionIfAny } from '../xr/lazy';

interface State {
  error: Error | null;
  attempt: number;
}

/** An error boundary around the canvas. */
export class SceneBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null, attempt: 0 };
  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }
  componentDidCatch(error: Error) {
    console.error('The 3D scene failed:', error);
    // A headset would be left showing nothing: end the session so the visitor sees the message and Retry.
    endSessionIfAny();
  }
  render() {
    if (!this.state.error) return <div key={this.state.attempt} className="scene-slot">{this.props.children}</div>;
    const lang = useExhibit.getState().lang;
    return (
      <div className="scene-error" role="alert">
        <p>{t('error.render', lang)}</p>
        <button type="button" onClick={() => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))}>
          {t('error.retry', lang)}
        </button>
      </div>
    );
  }
}

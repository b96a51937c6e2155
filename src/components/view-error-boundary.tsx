import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { LoadError } from './load-error';

interface ViewErrorBoundaryProps {
  readonly children: ReactNode;
}

interface ViewErrorBoundaryState {
  readonly error: Error | null;
}

/**
 * Keeps a crash in one view from blanking the page: the header stays and the reader can
 * navigate away. The app keys it on the view, so going to another view or incident resets it.
 */
export class ViewErrorBoundary extends Component<ViewErrorBoundaryProps, ViewErrorBoundaryState> {
  override state: ViewErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ViewErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <LoadError
          title="This view failed to render"
          error={this.state.error}
          onRetry={() => this.setState({ error: null })}
        />
      );
    }
    return this.props.children;
  }
}

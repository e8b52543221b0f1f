import { Component, type ErrorInfo, type ReactNode } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import { describeError } from '../lib/errors';
import { retryFailedViews } from '../lib/lazy-retry';

interface Props {
  /** Names the panel in the message, e.g. "EC2 instances". */
  name: string;
  children: ReactNode;
}

/** Keeps a render error inside one panel: the rest of the page stays usable. */
export class PanelBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`Panel "${this.props.name}" failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const d = describeError(this.state.error);
    return (
      <Alert
        type="error"
        header={`${this.props.name} could not be shown`}
        action={
          <Button
            onClick={() => {
              retryFailedViews();
              this.setState({ error: null });
            }}
          >
            Retry
          </Button>
        }
      >
        {d.message}
      </Alert>
    );
  }
}

import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, createRef, type ErrorInfo, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { Button } from '../ui/Button';
import styles from './ErrorBoundary.module.css';

export interface ErrorBoundaryProps {
  children: ReactNode;
  /** Changing it while the fallback shows resets the boundary (the route, so "Back" recovers). */
  resetKey?: unknown;
  /** Runs before the boundary renders its children again ("Try again", or a new resetKey). */
  onReset?: () => void;
}

interface State {
  failed: boolean;
}

/**
 * Catches render errors below it and offers a way back instead of a blank page. Logs only the
 * error's name and message: never props, form values or the component stack (which can hold them).
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  state: State = { failed: false };
  private heading = createRef<HTMLHeadingElement>();

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: unknown, _info: ErrorInfo): void {
    const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
    console.error(`The page failed to render. ${name}: ${message}`);
  }

  componentDidMount(): void {
    if (this.state.failed) this.heading.current?.focus();
  }

  componentDidUpdate(previous: ErrorBoundaryProps, previousState: State): void {
    if (this.state.failed && !previousState.failed) this.heading.current?.focus();
    if (this.state.failed && previousState.failed && !Object.is(previous.resetKey, this.props.resetKey)) this.reset();
  }

  reset = (): void => {
    this.props.onReset?.();
    this.setState({ failed: false });
  };

  render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <section className={styles.fallback} aria-labelledby="error-boundary-heading">
        <h1 id="error-boundary-heading" ref={this.heading} tabIndex={-1}>
          Something went wrong
        </h1>
        <p>This page could not be shown because of an error in the app. Your saved connections are not affected.</p>
        <p>Try again, or go back to your connections.</p>
        <div className={styles.actions}>
          <Button variant="primary" onClick={this.reset}>
            Try again
          </Button>
          <Link href="/">Back to connections</Link>
        </div>
      </section>
    );
  }
}

/** The boundary around the routes: a new address or "Try again" resets it and failed queries. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const { reset } = useQueryErrorResetBoundary();
  return (
    <ErrorBoundary resetKey={location} onReset={reset}>
      {children}
    </ErrorBoundary>
  );
}

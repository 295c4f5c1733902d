import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useLocation, useSearch } from 'wouter';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { PageHeading } from '../../ui/PageHeading';
import { signInInputSchema, type SignInInput } from '../connections/schema';
import { sessionFailure, type SessionFailure } from './api/failure';
import { useSignIn } from './api/signIn';
import { FormField } from './FormField';
import { leaveForSignIn, signInReasonOf } from './leaveForSignIn';
import { retryWhen } from './passwordRules';
import { safeNext, sessionPaths } from './paths';
import { SessionFormShell } from './SessionFormShell';
import { useSessionFormSubmit } from './useSessionFormSubmit';
import styles from './SessionForm.module.css';

const headingId = 'sign-in-heading';
const order = ['email', 'password'] as const;

export const signInText = {
  wrongCredentials: 'The email address or password is not right. Check both and try again.',
  sessionEnded: 'Your session has ended. Sign in again to go on where you were: what you typed is kept, except passwords, tokens and secrets.',
  signedOut: 'You have signed out.',
  throttled: (when: string) => `Too many failed sign-ins. For your safety, signing in is paused: try again ${when}.`,
};

/** Says what went wrong with a sign-in, without telling an unknown email from a wrong password. */
export function signInFailureMessage(failure: SessionFailure): string {
  if (failure.status === 401) return signInText.wrongCredentials;
  if (failure.status === 429) return signInText.throttled(retryWhen(failure.retryAfterSeconds));
  return `You are not signed in. ${failure.message}`;
}

/** "Sign in" (/sign-in?next=PATH): back to PATH afterwards, when it is a page of this app. */
export function SignInPage() {
  useDocumentTitle('Sign in');
  const [, navigate] = useLocation();
  const next = safeNext(new URLSearchParams(useSearch()).get('next'));
  const [reason] = useState(() => signInReasonOf(history.state));
  const form = useForm<SignInInput>({ resolver: zodResolver(signInInputSchema), mode: 'onTouched', defaultValues: { email: '', password: '' }, shouldFocusError: false });
  const signIn = useSignIn();
  const { summaryKey, onSubmit, placeErrors } = useSessionFormSubmit(form, order);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (input: SignInInput) => {
    setFailure(null);
    try {
      await signIn.mutateAsync(input);
      navigate(next, { replace: true });
    } catch (error) {
      const result = sessionFailure(error);
      if (result.code === 'setup_required') return leaveForSignIn(sessionPaths.setup);
      if (!placeErrors(result).placed) setFailure(signInFailureMessage(result));
    } finally {
      signIn.reset(); // the variables held the password
    }
  };

  return (
    <section className={styles.page} aria-labelledby={headingId}>
      <PageHeading id={headingId}>Sign in</PageHeading>
      {reason && <p className={styles.notice}>{reason === 'session-ended' ? signInText.sessionEnded : signInText.signedOut}</p>}
      <p className={styles.intro}>Sign in with the owner account of this server to manage its BigCommerce connections.</p>
      <FormProvider {...form}>
        <SessionFormShell order={order} summaryKey={summaryKey} failure={failure} submitLabel="Sign in" busyLabel="Signing in…" labelledBy={headingId} onSubmit={onSubmit(submit)}>
          <FormField<SignInInput> name="email" label="Email address" type="email" autoComplete="username" />
          <FormField<SignInInput> name="password" label="Password" type="password" autoComplete="current-password" />
        </SessionFormShell>
      </FormProvider>
    </section>
  );
}

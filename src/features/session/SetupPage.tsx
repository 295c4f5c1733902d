import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { Link, useLocation, useSearch } from 'wouter';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { PageHeading } from '../../ui/PageHeading';
import { useStatus } from '../../ui/StatusMessage';
import { setupInputSchema, type SetupInput } from '../connections/schema';
import { sessionFailure, type SessionFailure } from './api/failure';
import { useSetUp } from './api/setUp';
import { FormField } from './FormField';
import { createCommonPasswordVerdicts, withCommonPasswordCheck } from './commonPassword';
import { confirmRequired, newPasswordHelp, typedTwice } from './passwordRules';
import { sessionPaths } from './paths';
import { SessionFormShell } from './SessionFormShell';
import { useCommonPasswordCheck } from './useCommonPasswordCheck';
import { useSessionFormSubmit } from './useSessionFormSubmit';
import styles from './SessionForm.module.css';

const headingId = 'setup-heading';
const title = 'Set up the owner account';

type SetupFormValues = SetupInput & { confirmPassword: string };
const order = ['email', 'password', 'confirmPassword'] as const;
// The contract's schema (email, password rules, the token), plus the second typing of the password.
const setupFormSchema = z
  .safeExtend(setupInputSchema, { confirmPassword: z.string().check(z.minLength(1, confirmRequired)) })
  .check(typedTwice<SetupFormValues>('password', 'confirmPassword'));

export const setupText = {
  badToken:
    'This setup link does not work: it is wrong, has expired (a link lasts one hour) or has been used already. Restart the server: while no owner account exists it prints a new link. Open that one.',
  alreadySetUp: 'The owner account is already set up. Sign in with it instead.',
};

/** What a failed setup says, and where it leads. */
export function setupFailureMessage(failure: SessionFailure): ReactNode {
  if (failure.code === 'already_set_up' || failure.status === 409) {
    return (
      <>
        {setupText.alreadySetUp} <Link href={sessionPaths.signIn}>Go to sign in</Link>
      </>
    );
  }
  if (failure.code === 'forbidden' || failure.status === 403) return setupText.badToken;
  return `The owner account was not set up. ${failure.message}`;
}

/** "Set up the owner account" (/setup?token=…, the link the server prints at its first start). */
export function SetupPage() {
  useDocumentTitle(title);
  const token = new URLSearchParams(useSearch()).get('token')?.trim() ?? '';
  return (
    <section className={styles.page} aria-labelledby={headingId}>
      <PageHeading id={headingId}>{title}</PageHeading>
      {token ? <SetupForm token={token} /> : <WhereIsTheLink />}
    </section>
  );
}

function WhereIsTheLink() {
  return (
    <>
      <p>This server has no owner account yet. Setting it up needs the one-time link the server printed when it started.</p>
      <ol className={styles.steps}>
        <li>
          Look in the server's output (the terminal it runs in, or its service log) for the line that begins <code>Set up the owner account:</code>
        </li>
        <li>Open the link on that line. It works once, for one hour.</li>
        <li>If it has expired, restart the server: it prints a new link, and the old one stops working.</li>
      </ol>
      <p>
        Already set up? <Link href={sessionPaths.signIn}>Sign in</Link>.
      </p>
    </>
  );
}

function SetupForm({ token }: { token: string }) {
  const [, navigate] = useLocation();
  const { announce } = useStatus();
  const [verdicts] = useState(createCommonPasswordVerdicts);
  const form = useForm<SetupFormValues>({
    resolver: withCommonPasswordCheck(zodResolver(setupFormSchema), 'password', verdicts),
    mode: 'onTouched',
    defaultValues: { token, email: '', password: '', confirmPassword: '' },
    shouldFocusError: false,
  });
  useCommonPasswordCheck(form, 'password', verdicts);
  const setUp = useSetUp();
  const { summaryKey, onSubmit, placeErrors } = useSessionFormSubmit(form, order);
  const [failure, setFailure] = useState<ReactNode>(null);

  const submit = async ({ email, password }: SetupFormValues) => {
    setFailure(null);
    try {
      const session = await setUp.mutateAsync({ token, email, password });
      announce(`The owner account is set up. You are signed in as ${session.email}.`);
      // Replaces /setup?token=…: the used link leaves the history.
      navigate('/', { replace: true });
    } catch (error) {
      const result = sessionFailure(error);
      const { placed, unplaced } = placeErrors(result);
      if (!placed || unplaced.length > 0) setFailure(setupFailureMessage(unplaced.length > 0 ? { ...result, message: unplaced.join(' ') } : result));
    } finally {
      setUp.reset(); // the variables held the password and the token
    }
  };

  return (
    <>
      <p className={styles.intro}>Choose the email address and password of the account that manages this server's BigCommerce connections. There is one owner account.</p>
      <FormProvider {...form}>
        <SessionFormShell order={order} summaryKey={summaryKey} failure={failure} submitLabel="Set up and sign in" busyLabel="Setting up…" labelledBy={headingId} onSubmit={onSubmit(submit)}>
          <FormField<SetupFormValues> name="email" label="Email address" type="email" autoComplete="username" />
          <FormField<SetupFormValues> name="password" label="Password" help={newPasswordHelp} type="password" autoComplete="new-password" />
          <FormField<SetupFormValues> name="confirmPassword" label="Type the password again" type="password" autoComplete="new-password" />
        </SessionFormShell>
      </FormProvider>
    </>
  );
}

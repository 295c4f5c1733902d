import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useLocation } from 'wouter';
import { z } from 'zod/mini';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Button } from '../../ui/Button';
import { PageHeading } from '../../ui/PageHeading';
import { useStatus } from '../../ui/StatusMessage';
import { changePasswordInputSchema, type ChangePasswordInput } from '../connections/schema';
import { useChangePassword } from './api/changePassword';
import { sessionFailure } from './api/failure';
import { FormField } from './FormField';
import { createCommonPasswordVerdicts, withCommonPasswordCheck } from './commonPassword';
import { confirmRequired, newPasswordHelp, retryWhen, typedTwice } from './passwordRules';
import { SessionFormShell } from './SessionFormShell';
import { useCommonPasswordCheck } from './useCommonPasswordCheck';
import { useSessionFormSubmit } from './useSessionFormSubmit';
import styles from './SessionForm.module.css';

const headingId = 'change-password-heading';
const title = 'Change password';

type ChangePasswordFormValues = ChangePasswordInput & { confirmNewPassword: string };
const order = ['currentPassword', 'newPassword', 'confirmNewPassword'] as const;
const changePasswordFormSchema = z
  .safeExtend(changePasswordInputSchema, { confirmNewPassword: z.string().check(z.minLength(1, confirmRequired)) })
  .check(typedTwice<ChangePasswordFormValues>('newPassword', 'confirmNewPassword'));

export const changeText = {
  /** A wrong current password counts as a failed sign-in: too many, and the server pauses both. */
  throttled: (when: string) => `Your password was not changed: after too many wrong passwords, changing it is paused. Try again ${when}.`,
};

export const changedAnnouncement = 'Your password is changed. Every other session was signed out: other browsers and devices must sign in again with the new password.';

/** "Change password" (/account/password, from the header menu). */
export function ChangePasswordPage() {
  useDocumentTitle(title);
  const [, navigate] = useLocation();
  const { announce } = useStatus();
  const [verdicts] = useState(createCommonPasswordVerdicts);
  const form = useForm<ChangePasswordFormValues>({
    resolver: withCommonPasswordCheck(zodResolver(changePasswordFormSchema), 'newPassword', verdicts),
    mode: 'onTouched',
    defaultValues: { currentPassword: '', newPassword: '', confirmNewPassword: '' },
    shouldFocusError: false,
  });
  useCommonPasswordCheck(form, 'newPassword', verdicts);
  const change = useChangePassword();
  const { summaryKey, onSubmit, placeErrors } = useSessionFormSubmit(form, order);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async ({ currentPassword, newPassword }: ChangePasswordFormValues) => {
    setFailure(null);
    try {
      await change.mutateAsync({ currentPassword, newPassword });
      announce(changedAnnouncement);
      navigate('/');
    } catch (error) {
      const result = sessionFailure(error);
      const { placed, unplaced } = placeErrors(result);
      if (result.status === 429) setFailure(changeText.throttled(retryWhen(result.retryAfterSeconds)));
      else if (!placed || unplaced.length > 0) setFailure(`Your password was not changed. ${unplaced.length > 0 ? unplaced.join(' ') : result.message}`);
    } finally {
      change.reset(); // the variables held both passwords
    }
  };

  return (
    <section className={styles.page} aria-labelledby={headingId}>
      <PageHeading id={headingId}>{title}</PageHeading>
      <p className={styles.intro}>Changing the password signs out every other session of your account; this one stays signed in.</p>
      <FormProvider {...form}>
        <SessionFormShell
          order={order}
          summaryKey={summaryKey}
          failure={failure}
          submitLabel="Change password"
          busyLabel="Changing password…"
          labelledBy={headingId}
          onSubmit={onSubmit(submit)}
          // A button, as Cancel is on every form of the app.
          aside={<Button onClick={() => navigate('/')}>Cancel</Button>}
        >
          <FormField<ChangePasswordFormValues> name="currentPassword" label="Current password" type="password" autoComplete="current-password" />
          <FormField<ChangePasswordFormValues> name="newPassword" label="New password" help={newPasswordHelp} type="password" autoComplete="new-password" />
          <FormField<ChangePasswordFormValues> name="confirmNewPassword" label="Type the new password again" type="password" autoComplete="new-password" />
        </SessionFormShell>
      </FormProvider>
    </section>
  );
}

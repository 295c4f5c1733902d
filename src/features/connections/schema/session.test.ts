import { describe, expect, it } from 'vitest';
import { issuesToFields } from './apiError';
import { changePasswordInputSchema, sessionMessages, setupInputSchema, signInInputSchema } from './session';

const fieldsOf = (result: { error?: { issues: Parameters<typeof issuesToFields>[0] } }) => issuesToFields(result.error?.issues ?? []);
const email = 'owner@example.com';
const password = 'lantern quietly sheds 7 moths';

describe('the sign-in and setup bodies', () => {
  it('keep any printable Unicode in a password, spaces included', () => {
    for (const typed of [password, '  spaces around  ', 'Fjällräven Kånken 🦊🦊', 'пароль-очень-длинный', 'パスワードはとても長い', 'a\u00a0b\u202ec'.repeat(4)]) {
      expect(fieldsOf(signInInputSchema.safeParse({ email, password: typed })), typed).toEqual([]);
      expect(fieldsOf(setupInputSchema.safeParse({ token: 't0k3n', email, password: typed.padEnd(12, '!') })), typed).toEqual([]);
    }
  });

  it('refuse a password with a control character or half an emoji, on sign-in, setup and change', () => {
    for (const typed of ['correct horse\u0000battery', 'correct horse\tbattery', 'correct horse\u0085battery', 'correct horse \ud83d battery', 'correct horse\u007fbattery']) {
      const refused = [{ path: 'password', message: sessionMessages.passwordHasControl }];
      expect(fieldsOf(signInInputSchema.safeParse({ email, password: typed })), JSON.stringify(typed)).toEqual(refused);
      expect(fieldsOf(setupInputSchema.safeParse({ token: 't0k3n', email, password: typed })), JSON.stringify(typed)).toEqual(refused);
      expect(fieldsOf(changePasswordInputSchema.safeParse({ currentPassword: typed, newPassword: password }))).toEqual([
        { path: 'currentPassword', message: sessionMessages.passwordHasControl },
      ]);
      expect(fieldsOf(changePasswordInputSchema.safeParse({ currentPassword: password, newPassword: typed }))).toEqual([
        { path: 'newPassword', message: sessionMessages.passwordHasControl },
      ]);
    }
  });

  it('count a password in characters, at most 256 at sign-in as when it was chosen', () => {
    expect(fieldsOf(signInInputSchema.safeParse({ email, password: '🦊'.repeat(256) }))).toEqual([]);
    expect(fieldsOf(signInInputSchema.safeParse({ email, password: '🦊'.repeat(257) }))).toEqual([{ path: 'password', message: sessionMessages.passwordTooLong(257) }]);
    expect(fieldsOf(setupInputSchema.safeParse({ token: 't0k3n', email, password: 'p'.repeat(257) }))).toEqual([{ path: 'password', message: sessionMessages.newPasswordTooLong }]);
  });

  it('refuse an email with a control character', () => {
    for (const typed of ['own\u0000er@example.com', 'owner@exam\tple.com', 'owner@example.com\u0085', 'öwner@example.com']) {
      expect(fieldsOf(signInInputSchema.safeParse({ email: typed, password })), JSON.stringify(typed)).toEqual([{ path: 'email', message: sessionMessages.emailInvalid }]);
    }
  });

  it('refuse an email beyond 254 characters, saying the limit and the length', () => {
    const long = `${'o'.repeat(250)}@example.com`;
    expect(fieldsOf(signInInputSchema.safeParse({ email: ` ${long} `, password }))).toEqual([{ path: 'email', message: sessionMessages.emailTooLong(262) }]);
    expect(sessionMessages.emailTooLong(262)).toContain('at most 254 characters');
    expect(fieldsOf(signInInputSchema.safeParse({ email: `${'o'.repeat(242)}@example.com`, password }))).toEqual([]);
  });

  it('say what each field holds when it is sent as another kind than text, and ask for a missing one', () => {
    expect(fieldsOf(signInInputSchema.safeParse({ email: 42, password: 42 }))).toEqual([
      { path: 'email', message: sessionMessages.emailInvalid },
      { path: 'password', message: sessionMessages.passwordNotText },
    ]);
    expect(fieldsOf(setupInputSchema.safeParse({ token: 7, email: ['owner@example.com'], password: true }))).toEqual([
      { path: 'token', message: sessionMessages.tokenRequired },
      { path: 'email', message: sessionMessages.emailInvalid },
      { path: 'password', message: sessionMessages.newPasswordNotText },
    ]);
    expect(fieldsOf(changePasswordInputSchema.safeParse({ currentPassword: null, newPassword: 1234567890123 }))).toEqual([
      { path: 'currentPassword', message: sessionMessages.passwordNotText },
      { path: 'newPassword', message: sessionMessages.newPasswordNotText },
    ]);
    expect(fieldsOf(setupInputSchema.safeParse({}))).toEqual([
      { path: 'token', message: sessionMessages.tokenRequired },
      { path: 'email', message: sessionMessages.emailRequired },
      { path: 'password', message: sessionMessages.newPasswordRequired },
    ]);
  });

  it('refuse a setup token that is not visible ASCII', () => {
    expect(fieldsOf(setupInputSchema.safeParse({ token: 'abc\u0000def', email, password }))).toEqual([{ path: 'token', message: sessionMessages.tokenRequired }]);
    expect(fieldsOf(setupInputSchema.safeParse({ token: 'abcdéf', email, password }))).toEqual([{ path: 'token', message: sessionMessages.tokenRequired }]);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sessionMessages } from '../../src/features/connections/schema';
import { isCommonPassword, newPasswordProblem } from './passwordRules';
import { defaultScryptCost, hashPassword, verifyNobody, verifyPassword } from './passwords';

const cheap = { N: 2 ** 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('stores scrypt with OWASP’s parameters, a random salt, and never the password', async () => {
    const password = 'lantern quietly sheds 7 moths';
    const [a, b] = await Promise.all([hashPassword(password), hashPassword(password)]);
    expect(defaultScryptCost).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain(password);
    expect(await verifyPassword(password, a)).toBe(true);
  }, 30_000);

  it('refuses any other password, a tampered hash, or another scheme', async () => {
    const stored = await hashPassword('correct passphrase here', cheap);
    expect(await verifyPassword('correct passphrase here', stored)).toBe(true);
    expect(await verifyPassword('correct passphrase herE', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
    const parts = stored.split('$');
    parts[5] = Buffer.alloc(32, 1).toString('base64');
    expect(await verifyPassword('correct passphrase here', parts.join('$'))).toBe(false);
    expect(await verifyPassword('correct passphrase here', stored.replace('scrypt', 'md5'))).toBe(false);
    expect(await verifyPassword('correct passphrase here', 'scrypt$1024$8$1$c2FsdA==$aGFzaA==')).toBe(false);
  });

  it('reads a password the same in either Unicode form (NFC)', async () => {
    const stored = await hashPassword('caf\u00e9 au lait, s’il vous plaît', cheap);
    expect(await verifyPassword('cafe\u0301 au lait, s’il vous plaît', stored)).toBe(true);
  });

  it('verifies nobody, at the cost of a real verification', async () => {
    expect(await verifyNobody('anything', cheap)).toBe(false);
  });
});

describe('the rules for a new password', () => {
  it.each(['password1234', 'Qwertyuiop123', 'iloveyou1234!', 'PASSWORD123456', '1qaz2wsx3edc', 'qwerty123456'])('refuses %s, from the list of common passwords', (password) => {
    expect(isCommonPassword(password)).toBe(true);
    expect(newPasswordProblem(password, 'owner@example.com')).toBe(sessionMessages.newPasswordCommon);
  });

  it.each(['lantern quietly sheds 7 moths', 'correct horse battery staple', 'Tr0ub4dor&3-but-longer'])('accepts %s', (password) => {
    expect(isCommonPassword(password)).toBe(false);
    expect(newPasswordProblem(password, 'owner@example.com')).toBeUndefined();
  });

  it('refuses a password containing the email or its part before the @', () => {
    expect(newPasswordProblem('my email is owner@example.com', 'owner@example.com')).toBe(sessionMessages.newPasswordHasEmail);
    expect(newPasswordProblem('MaryJane-secret-2026', 'maryjane@example.com')).toBe(sessionMessages.newPasswordHasEmail);
  });
});

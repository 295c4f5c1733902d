import { changePasswordInputSchema, signInInputSchema } from '../../src/features/connections/schema';
import { parseBody } from '../../core/http/body';
import { unknownField } from '../../core/http/errors';
import { sha256Hex } from '../sha256';
import { clientAddress } from '../http/clientAddress';
import type { ServerApp } from '../http/requestLog';
import { sessionBody, type Auth } from './auth';
import { signInRequired, tooMany, wrongCredentials, wrongCurrentPassword } from './authErrors';
import { newPasswordProblem } from './passwordRules';
import { hashPassword, nobodysHash, verifyNobody, verifyPassword } from './passwords';
import { clearSessionId, readSessionId } from './sessionCookie';

/** 5 failed sign-ins per email or per address within 15 minutes; then 429 until the oldest leaves the window. */
export const LOGIN_WINDOW = { limit: 5, windowMs: 15 * 60_000 };
const throttled = (seconds: number) => tooMany('Too many failed sign-ins for this account or from this address.', seconds);
const emailBucket = (email: string) => `login:email:${sha256Hex(email)}`;

/** POST, GET and DELETE /api/session, PUT /api/session/password (docs/api.md, "Sign-in"). */
export function mountSessionRoutes(app: ServerApp, auth: Auth): void {
  app.post('/api/session', async (c) => {
    const body = await parseBody(c.req.raw, signInInputSchema);
    if (!body.ok) return body.response;
    const { email, password } = body.data;
    if (!(await auth.ownerExists())) return signInRequired(false);
    const byEmail = emailBucket(email);
    const attempt = await auth.rate.reserve([byEmail, `login:address:${clientAddress(c)}`], LOGIN_WINDOW, auth.now());
    if (!attempt.ok) return throttled(attempt.retryAfterSeconds);
    const owner = await auth.owners.find();
    // An unknown email costs the same scrypt as a wrong password: the answer's timing tells nothing.
    await nobodysHash(auth.scryptCost);
    const right = owner?.email === email ? await verifyPassword(password, owner.passwordHash) : await verifyNobody(password, auth.scryptCost);
    if (!right) {
      await auth.activity.record({ actor: owner?.email === email ? email : null, action: 'session.sign_in_failed', outcome: 'failed', subject: null, detail: 'Wrong email address or password.' });
      return wrongCredentials();
    }
    await auth.rate.release(attempt.id);
    await auth.rate.clear(byEmail);
    // The id this browser had before does not survive: one planted in it signs nobody in.
    const previous = readSessionId(c, auth.cookie);
    if (previous) await auth.sessions.delete(sha256Hex(previous));
    const session = await auth.startSession(c, email);
    await auth.activity.record({ actor: email, action: 'session.signed_in', outcome: 'succeeded', subject: null, detail: null });
    return c.json(session);
  });

  app.get('/api/session', async (c) => {
    const session = await auth.sessionOf(c);
    return session ? c.json(sessionBody(session)) : signInRequired(await auth.ownerExists());
  });

  app.delete('/api/session', async (c) => {
    const session = await auth.sessionOf(c);
    if (!session) return signInRequired(await auth.ownerExists());
    await auth.sessions.delete(session.idHash);
    clearSessionId(c, auth.cookie);
    await auth.activity.record({ actor: session.email, action: 'session.signed_out', outcome: 'succeeded', subject: null, detail: null });
    return c.body(null, 204);
  });

  app.put('/api/session/password', async (c) => {
    const session = await auth.sessionOf(c);
    if (!session) return signInRequired(await auth.ownerExists());
    const body = await parseBody(c.req.raw, changePasswordInputSchema);
    if (!body.ok) return body.response;
    const byEmail = emailBucket(session.email);
    const attempt = await auth.rate.reserve([byEmail], LOGIN_WINDOW, auth.now());
    if (!attempt.ok) return throttled(attempt.retryAfterSeconds);
    const owner = await auth.owners.find();
    if (!owner || !(await verifyPassword(body.data.currentPassword, owner.passwordHash))) {
      await auth.activity.record({ actor: session.email, action: 'password.changed', outcome: 'failed', subject: null, detail: 'The current password given was wrong.' });
      return wrongCurrentPassword();
    }
    await auth.rate.release(attempt.id);
    await auth.rate.clear(byEmail);
    const problem = newPasswordProblem(body.data.newPassword, session.email);
    if (problem) return unknownField('newPassword', problem);
    await auth.owners.setPasswordHash(await hashPassword(body.data.newPassword, auth.scryptCost), new Date(auth.now()).toISOString());
    // Every session ends, this one too: it goes on under a new id.
    await auth.sessions.deleteAll();
    const renewed = await auth.startSession(c, session.email);
    await auth.activity.record({ actor: session.email, action: 'password.changed', outcome: 'succeeded', subject: null, detail: 'Every other session was signed out.' });
    return c.json(renewed);
  });
}

import { setupInputSchema } from '../../src/features/connections/schema';
import { parseBody } from '../../core/http/body';
import { unknownField } from '../../core/http/errors';
import type { ServerApp } from '../http/requestLog';
import type { Auth } from './auth';
import { alreadySetUp, badSetupToken } from './authErrors';
import { newPasswordProblem } from './passwordRules';
import { hashPassword } from './passwords';
import { claimSetupToken, setupTokenValid } from './setupToken';

/** POST /api/setup: the owner account, once, by whoever holds the token the server printed. */
export function mountSetupRoute(app: ServerApp, auth: Auth): void {
  app.post('/api/setup', async (c) => {
    const body = await parseBody(c.req.raw, setupInputSchema);
    if (!body.ok) return body.response;
    const { token, email, password } = body.data;
    if (await auth.ownerExists()) return alreadySetUp();
    const now = auth.now();
    // Without the token nothing else is said, not even what is wrong with the password.
    if (!(await setupTokenValid(auth.database, token, now))) return badSetupToken();
    const problem = newPasswordProblem(password, email);
    if (problem) return unknownField('password', problem);
    const passwordHash = await hashPassword(password, auth.scryptCost);
    // The token is used up and the owner made in one transaction: of two setups at once, one
    // claims the token and the other finds it gone; the owner's fixed key allows one row anyway.
    const outcome = await auth.database.kysely.transaction().execute(async (trx) => {
      if (!(await claimSetupToken(trx, token, now))) return 'bad_token' as const;
      return (await auth.owners.create({ email, passwordHash }, new Date(now).toISOString(), trx)) ? ('created' as const) : ('exists' as const);
    });
    if (outcome === 'bad_token') return (await auth.ownerExists()) ? alreadySetUp() : badSetupToken();
    if (outcome === 'exists') return alreadySetUp();
    await auth.activity.record({ actor: email, action: 'owner.created', outcome: 'succeeded', subject: null, detail: 'Set up with the setup link.' });
    const session = await auth.startSession(c, email);
    return c.json(session, 201);
  });
}

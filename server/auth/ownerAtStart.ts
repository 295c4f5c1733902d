import type { ServerConfig } from '../config';
import type { Logger } from '../log';
import type { Auth } from './auth';
import { hashPassword } from './passwords';
import { dropSetupToken, issueSetupToken } from './setupToken';

/**
 * At start: with no owner, OWNER_EMAIL and OWNER_PASSWORD create it; without them a new setup
 * token is issued (the one of an earlier start stops working) and returned, to be printed once.
 * With an owner, the variables are ignored. Neither the password nor the token is ever logged.
 */
export async function prepareOwner(auth: Auth, owner: ServerConfig['owner'], log: Logger): Promise<{ readonly setupToken?: string }> {
  if (await auth.ownerExists()) {
    if (owner) log.info('owner_exists', { detail: 'The owner account exists: OWNER_EMAIL and OWNER_PASSWORD are ignored.' });
    await dropSetupToken(auth.database);
    return {};
  }
  if (!owner) return { setupToken: await issueSetupToken(auth.database, auth.now()) };
  const at = new Date(auth.now()).toISOString();
  // Two servers starting at once with the variables: one creates it, the other finds it made.
  if (await auth.owners.create({ email: owner.email, passwordHash: await hashPassword(owner.password, auth.scryptCost) }, at)) {
    log.info('owner_created', { detail: 'The owner account was created from OWNER_EMAIL and OWNER_PASSWORD.' });
    await auth.activity.record({ actor: owner.email, action: 'owner.created', outcome: 'succeeded', subject: null, detail: 'Created at start from OWNER_EMAIL and OWNER_PASSWORD.' });
  }
  await dropSetupToken(auth.database);
  return {};
}

import { signedPayloadQuerySchema } from '../../src/features/connections/schema';
import { revokeAuthorizations } from '../../core/authorization/revoke';
import type { BackendDeps } from '../../core/deps';
import type { ActivityStore } from '../activity/activityStore';
import { connectionSubject } from '../activity/subjects';
import type { Logger } from '../log';
import { verifySignedPayload } from './signedPayload';
import type { ServerApp } from '../http/requestLog';

const page = (title: string, text: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body><main><h1>${title}</h1><p>${text}</p><p><a href="/" target="_blank" rel="noopener">Open BigCommerce connections</a></p></main></body></html>`;

const refused = page('Not a valid request from BigCommerce', 'The signed payload is missing, expired, or not signed by an app this server knows. Open the app again from the BigCommerce control panel.');

/** BigCommerce's Load and Uninstall callbacks, each carrying a signed payload (FACTS §4). */
export function mountAppCallbacks(app: ServerApp, deps: BackendDeps, log: Logger, activity: ActivityStore): void {
  app.get('/oauth/load', async (c) => {
    const query = signedPayloadQuerySchema.safeParse(c.req.query());
    const verified = query.success ? await verifySignedPayload(deps, query.data.signed_payload_jwt) : undefined;
    if (!verified) return c.html(refused, 401);
    const count = (await deps.connections.findByStoreHash(verified.storeHash)).length;
    return c.html(page('BigCommerce connections', `Store ${verified.storeHash} has ${count === 1 ? '1 connection' : `${count} connections`} here.`));
  });

  app.get('/oauth/uninstall', async (c) => {
    const query = signedPayloadQuerySchema.safeParse(c.req.query());
    const verified = query.success ? await verifySignedPayload(deps, query.data.signed_payload_jwt) : undefined;
    if (!verified) return c.text('Invalid signed payload.', 401);
    const revoked = await revokeAuthorizations(deps, verified.clientId, verified.storeHash);
    log.info('app_uninstalled', { store_hash: verified.storeHash, connections_revoked: revoked.length });
    for (const connection of revoked) {
      await activity.record({ actor: null, action: 'connection.uninstalled', outcome: 'succeeded', subject: connectionSubject(connection), detail: `The app was uninstalled from store ${verified.storeHash} in BigCommerce.` });
    }
    return c.text('OK');
  });
}

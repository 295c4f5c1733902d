import type { ActivityAction, ActivityEntry } from '../connections/schema';

/** Each action in words, as the table's "What" column says it. */
export const actionText: Record<ActivityAction, string> = {
  'connection.created': 'Created a connection',
  'connection.updated': 'Changed a connection',
  'connection.deleted': 'Deleted a connection',
  'connection.tested': 'Tested a connection',
  'credentials.tested': 'Tested credentials before saving',
  'connection.authorization_started': 'Started an authorization',
  'connection.authorized': 'Authorized a connection',
  'connection.uninstalled': 'Uninstalled from BigCommerce',
  'oauth_client.created': 'Created an OAuth 2.0 client',
  'oauth_client.updated': 'Changed an OAuth 2.0 client',
  'api_key.created': 'Created an API key',
  'api_key.revoked': 'Revoked an API key',
  'webhook.created': 'Added a webhook endpoint',
  'webhook.updated': 'Changed a webhook endpoint',
  'webhook.deleted': 'Deleted a webhook endpoint',
  'webhook.secret_rotated': "Rotated a webhook endpoint's secret",
  'owner.created': 'Set up the owner account',
  'session.signed_in': 'Signed in',
  'session.sign_in_failed': 'Sign-in failed',
  'session.signed_out': 'Signed out',
  'password.changed': 'Changed the password',
};

/** Who did it: the owner's email, or BigCommerce for its own callbacks, or an unknown email at sign-in. */
export function actorText(entry: Pick<ActivityEntry, 'actor' | 'action'>): string {
  if (entry.actor) return entry.actor;
  if (entry.action === 'connection.uninstalled') return 'BigCommerce';
  return 'Unknown';
}

export const outcomeText = { succeeded: 'Succeeded', failed: 'Failed' } as const;

// What a connection's status means to a person: a word, why, what to do, and how long ago it was
// known. Kept apart from its authorization (an OAuth 2.0 grant), which a check does not change.
import type { Connection, StatusChange, StatusSource } from '../schema';
import { scopeUiNames, splitGrantedScopes } from '../test/connectionTestModel';

export type Health = 'working' | 'attention' | 'uninstalled' | 'unchecked';

export const healthLabel: Record<Health, string> = {
  working: 'Working',
  attention: 'Needs attention',
  uninstalled: 'Uninstalled',
  unchecked: 'Not checked yet',
};

/** An authorized connection whose token no call has used yet is not checked yet: the grant is not a check. */
export function healthOf(status: Connection['status']): Health {
  switch (status.state) {
    case 'online':
      return 'working';
    case 'offline':
    case 'not_authorized':
      return 'attention';
    case 'revoked':
      return 'uninstalled';
    case 'untested':
    case 'authorized':
      return 'unchecked';
  }
}

export const needsAttention = (connection: Connection) => {
  const health = healthOf(connection.status);
  return health === 'attention' || health === 'uninstalled';
};

/** "the token was refused": why it needs attention, short enough for the list. */
export function attentionCause(connection: Connection): string | undefined {
  const { state, code } = connection.status;
  if (state === 'revoked') return 'the app was uninstalled from the store';
  if (state === 'not_authorized' || code === 'not_authorized') return 'not authorized yet';
  if (state !== 'offline') return undefined;
  switch (code) {
    case 'unauthorized':
      return connection.authType === 'oauth2' ? 'BigCommerce no longer accepts its authorization' : 'BigCommerce refused the token';
    case 'store_not_found':
      return 'BigCommerce knows no store with this hash';
    case 'missing_scope':
      return 'a scope it needs is missing';
    case 'rate_limited':
      return 'the store’s API quota was used up';
    case 'unavailable':
      return 'BigCommerce answered with an error';
    case 'timeout':
      return 'BigCommerce did not answer in time';
    case 'network':
      return 'BigCommerce could not be reached';
    case undefined:
      return 'its last check failed';
  }
}

const authorizeAgain = 'Authorize again: Edit, then Save & authorize.';

/** What the person does about it: the same actions a failed test asks for. */
export function attentionAction(connection: Connection): string | undefined {
  const { state, code } = connection.status;
  const oauth = connection.authType === 'oauth2';
  if (state === 'revoked') return 'Install the app again (Edit, then Save & authorize), or delete the connection.';
  if (state === 'not_authorized' || code === 'not_authorized') return 'Authorize it: Edit, then Save & authorize.';
  if (state !== 'offline') return undefined;
  switch (code) {
    case 'unauthorized':
      if (oauth) return authorizeAgain;
      return connection.authType === 'basic'
        ? 'Create a new API account in BigCommerce, then Edit and enter its access token as the password.'
        : 'Create a new API account in BigCommerce, then Edit and paste its access token.';
    case 'store_not_found':
      return 'Edit, and check the store hash.';
    case 'missing_scope':
      return oauth ? 'Edit, add the scope, then Save & authorize.' : 'Give the API account the scope in BigCommerce (or create one that has it), then Edit and paste its token.';
    default:
      return 'Nothing to change on your side: it is checked again soon, or press Test.';
  }
}

/** "Authorized · Scopes granted: Products, Orders", apart from whether the token works today. */
export function authorizationLine(connection: Connection): string | undefined {
  if (connection.authType !== 'oauth2' || !connection.authorization) return undefined;
  const { resources } = splitGrantedScopes(connection.authorization.grantedScopes);
  return resources.length > 0 ? `Authorized · Scopes granted: ${scopeUiNames(resources)}` : 'Authorized';
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'long' });
const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "checked just now", "checked 4 minutes ago", "checked yesterday". */
export function checkedAgo(checkedAt: string | undefined, now: number): string | undefined {
  if (!checkedAt) return undefined;
  const elapsed = Math.max(0, now - Date.parse(checkedAt));
  if (elapsed < 60_000) return 'checked just now';
  const [unit, size] = units.find(([, ms]) => elapsed >= ms) ?? (['minute', 60_000] as const);
  return `checked ${relative.format(-Math.floor(elapsed / size), unit)}`;
}

export const sourceLabel: Record<StatusSource, string> = {
  save: 'Saved',
  test: 'Test or Check now',
  check: 'Background check',
  proxy: 'A call through the proxy',
  authorization: 'Authorization',
  uninstall: 'Uninstalled in BigCommerce',
};

const pointLabel = (point: NonNullable<StatusChange['from']>) => healthLabel[healthOf({ state: point.state })];

/** "Working → Needs attention". */
export function changeText(change: StatusChange): string {
  const to = pointLabel(change.to);
  return change.from ? `${pointLabel(change.from)} → ${to}` : to;
}

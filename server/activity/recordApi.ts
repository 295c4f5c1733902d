import type { Context } from 'hono';
import type { ActivityAction } from '../../src/features/connections/schema';
import type { BackendDeps } from '../../core/deps';
import { replayedHeader } from '../../core/idempotency';
import type { ApiRoute } from '../../core/routes/table';
import type { ActivityStore } from './activityStore';
import { storedSubject, type ActivitySubject } from './subjects';

/** What each route that changes or tests something records; reads record nothing. */
const actions: Readonly<Record<string, ActivityAction>> = {
  'POST /connections': 'connection.created',
  'PUT /connections/:id': 'connection.updated',
  'DELETE /connections/:id': 'connection.deleted',
  'POST /connections/:id/test': 'connection.tested',
  'POST /connections/test': 'credentials.tested',
  'POST /oauth-clients': 'oauth_client.created',
  'PUT /oauth-clients/:id': 'oauth_client.updated',
};
const actionOf = (route: ApiRoute): ActivityAction | undefined => actions[`${route.method} ${route.path}`];
const kindOf = (route: ApiRoute): ActivitySubject['kind'] => (route.path.startsWith('/oauth-clients') ? 'oauthClient' : 'connection');

interface Answer {
  readonly id?: unknown;
  readonly name?: unknown;
  readonly connection?: { readonly id?: unknown; readonly name?: unknown };
  readonly result?: { readonly ok?: unknown; readonly message?: unknown; readonly store?: { readonly name?: unknown } };
  readonly error?: { readonly message?: unknown };
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The subject as it was before the request (what a delete removes, what a failed update names). */
const subjectBefore = (deps: BackendDeps, route: ApiRoute, id: string): Promise<ActivitySubject | null> =>
  id ? storedSubject(deps, kindOf(route), id) : Promise.resolve(null);

function subjectAfter(route: ApiRoute, answer: Answer, before: ActivitySubject | null): ActivitySubject | null {
  const record = answer.connection ?? answer;
  const id = text(record.id);
  const name = text(record.name);
  if (!id || !name) return before;
  return { kind: kindOf(route), id, name };
}

function detailOf(action: ActivityAction, ok: boolean, answer: Answer): string | null {
  if (!ok) return text(answer.error?.message) ?? null;
  if (!answer.result) return null;
  if (answer.result.ok === true) return `Connected to ${text(answer.result.store?.name) ?? 'the store'}.`;
  return text(answer.result.message) ?? (action === 'credentials.tested' ? 'The test failed.' : null);
}

/**
 * Runs an API route and records what it did in the activity log, by whom and with what outcome.
 * The entry is built from the answer the person gets (which never holds a secret) and the
 * subject's name, never from the request body; a replayed save is not recorded again.
 */
export function recordingApiRoute(deps: BackendDeps, activity: ActivityStore, actorOf: (c: Context) => Promise<string | undefined>) {
  return async (route: ApiRoute, c: Context, id: string, answer: () => Promise<Response>): Promise<Response> => {
    const action = actionOf(route);
    if (!action) return answer();
    const before = await subjectBefore(deps, route, id);
    const response = await answer();
    if (response.type === 'error' || response.headers.get(replayedHeader) === 'true') return response;
    const body = response.status === 204 ? {} : ((await response.clone().json().catch(() => ({}))) as Answer);
    const succeeded = response.ok && body.result?.ok !== false;
    await activity.record({
      actor: (await actorOf(c)) ?? null,
      action,
      outcome: succeeded ? 'succeeded' : 'failed',
      subject: action === 'credentials.tested' ? null : subjectAfter(route, body, before),
      detail: detailOf(action, response.ok, body),
    });
    return response;
  };
}

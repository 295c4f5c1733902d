import { commonPasswordPrefixPattern, type CommonPasswordRange } from '../../src/features/connections/schema';
import { apiError } from '../../core/http/errors';
import type { ServerApp } from '../http/requestLog';
import { commonPasswordSuffixes } from './passwordRules';

/**
 * GET /api/common-passwords/:prefix: a range of the list of common passwords, by the first hex
 * digits of their SHA-256, for the setup and change-password pages to check a new password while
 * it is typed without sending it (docs/api.md). Open without a session: the list is public.
 */
export function mountCommonPasswordRoute(app: ServerApp): void {
  app.get('/api/common-passwords/:prefix', (c) => {
    const prefix = c.req.param('prefix');
    if (!commonPasswordPrefixPattern.test(prefix)) {
      return apiError(400, 'validation_failed', 'The prefix is the first 5 hex digits (0-9, a-f) of a SHA-256 hash, in lower case.');
    }
    const body: CommonPasswordRange = { suffixes: [...commonPasswordSuffixes(prefix)] };
    // The same answer until the server is upgraded (the list ships with it).
    c.header('Cache-Control', 'public, max-age=86400');
    return c.json(body);
  });
}

import { z } from 'zod/mini';
import { idSchema } from '../../src/features/connections/schema';
import { invalidBody } from '../../core/http/errors';
import type { ServerApp } from '../http/requestLog';
import type { ActivityStore } from './activityStore';

const activityQuerySchema = z.object({ before: z.optional(idSchema.check(z.maxLength(64))) });

/** GET /api/activity[?before=ID]: newest first, 100 a page (behind the session guard). */
export function mountActivityRoute(app: ServerApp, activity: ActivityStore): void {
  app.get('/api/activity', async (c) => {
    const query = activityQuerySchema.safeParse(c.req.query());
    if (!query.success) return invalidBody(query.error.issues);
    return c.json(await activity.page(query.data.before));
  });
}

// @vitest-environment node
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { setOnAnswer } from './answerHeaders';

function appAnswering(answer: () => Response) {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    setOnAnswer(c, [['X-Set-After', 'yes']]);
  });
  app.get('/', answer);
  return app;
}

describe('headers set after the handler answered', () => {
  it('land on an answer the handler built', async () => {
    const response = await appAnswering(() => Response.json({ ok: true }, { headers: { 'X-Own': 'kept' } })).request('/');
    expect(response.headers.get('X-Set-After')).toBe('yes');
    expect(response.headers.get('X-Own')).toBe('kept');
    expect(await response.json()).toEqual({ ok: true });
  });

  it('land on an answer whose headers cannot change (a redirect, a fetch answer), by a copy', async () => {
    const response = await appAnswering(() => Response.redirect('https://example.com/next', 303)).request('/');
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('https://example.com/next');
    expect(response.headers.get('X-Set-After')).toBe('yes');
  });
});

import { describe, expect, it } from 'vitest';
import { safeNext, signInHref } from './paths';
import { sessionEndTarget } from './sessionEnd';

const origin = 'https://connections.example.com';

describe('safeNext', () => {
  it.each([
    ['/connections/new', '/connections/new'],
    ['/connections/c1/edit?x=1#top', '/connections/c1/edit?x=1#top'],
    ['/activity', '/activity'],
  ])('keeps a path of the app: %s', (next, expected) => {
    expect(safeNext(next, origin)).toBe(expected);
  });

  it.each([
    [null],
    [''],
    ['https://evil.example/'],
    ['//evil.example/path'],
    ['/\\evil.example'],
    ['javascript:alert(1)'],
    ['connections/new'],
    ['/\u0000/x'],
    ['/sign-in?next=/sign-in'],
    ['/setup?token=abc'],
  ])('sends %j home instead', (next) => {
    expect(safeNext(next, origin)).toBe('/');
  });
});

describe('sessionEndTarget', () => {
  const here = { pathname: '/connections/new', search: '?from=list' };
  const body = (code: string, fields: unknown[] = []) => ({ error: { status: 401, code, message: 'x', fields } });

  it('sends a missing session to sign in, coming back here', () => {
    expect(sessionEndTarget(body('unauthorized'), here)).toBe(`/sign-in?next=${encodeURIComponent('/connections/new?from=list')}`);
    expect(signInHref('/')).toBe('/sign-in');
  });

  it('sends to setup while no owner exists', () => {
    expect(sessionEndTarget(body('setup_required'), here)).toBe('/setup');
  });

  it('treats a 401 that is not our shape as a missing session', () => {
    expect(sessionEndTarget('<html>401</html>', { pathname: '/', search: '' })).toBe('/sign-in');
  });

  it('leaves a 401 alone on the sign-in pages and when it names a field (a wrong current password)', () => {
    expect(sessionEndTarget(body('unauthorized'), { pathname: '/sign-in', search: '?next=/' })).toBeNull();
    expect(sessionEndTarget(body('setup_required'), { pathname: '/setup', search: '' })).toBeNull();
    expect(sessionEndTarget(body('unauthorized', [{ path: 'currentPassword', message: 'Wrong.' }]), { pathname: '/account/password', search: '' })).toBeNull();
  });
});

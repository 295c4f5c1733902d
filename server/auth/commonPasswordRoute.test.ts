// @vitest-environment node
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { apiErrorSchema, commonPasswordRangeSchema } from '../../src/features/connections/schema';
import { describeEachDatabase } from '../testing/databases';
import { startSignInServer, testClock } from '../testing/signInServer';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describeEachDatabase('GET /api/common-passwords/:prefix', (database) => {
  it('answers the range of the list by SHA-256 prefix, without a session and before the owner exists', async () => {
    const server = await startSignInServer(database(), testClock().now, { withOwner: false });
    try {
      const hash = sha256('password');
      const response = await server.send('GET', `/api/common-passwords/${hash.slice(0, 5)}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('Cache-Control')).toBe('public, max-age=86400');
      const range = commonPasswordRangeSchema.parse(await response.json());
      expect(range.suffixes).toContain(hash.slice(5));
      // A range holds only its own prefix's hashes, never a password.
      expect(range.suffixes.every((suffix) => /^[0-9a-f]{59}$/.test(suffix))).toBe(true);
      expect(range.suffixes).not.toContain(sha256('lantern quietly sheds 7 moths').slice(5));
    } finally {
      await server.close();
    }
  });

  it('opens only well-formed prefixes: any other path under it needs a session; with one, a bad prefix is 400', async () => {
    const server = await startSignInServer(database(), testClock().now);
    try {
      for (const path of ['/api/common-passwords/ABCDE', '/api/common-passwords/abcd', '/api/common-passwords/abcde/x', '/api/common-passwords/..%2fconnections']) {
        expect((await server.send('GET', path)).status, path).toBe(401);
      }
      const cookie = await server.signIn();
      const bad = await server.send('GET', '/api/common-passwords/xyz12', { cookie });
      expect(bad.status).toBe(400);
      expect(apiErrorSchema.parse(await bad.json()).error.code).toBe('validation_failed');
    } finally {
      await server.close();
    }
  });
});

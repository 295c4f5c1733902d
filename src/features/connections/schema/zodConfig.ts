import { z } from 'zod/mini';

// zod probes for eval support with `new Function`, which the Content-Security-Policy forbids (and
// logs as a violation); the interpreted path is fast enough for forms this size. Every module that
// builds a zod schema imports this module first, so the setting is in before any schema exists.
z.config({ jitless: true });

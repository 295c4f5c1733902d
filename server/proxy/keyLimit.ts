/**
 * Calls per key and minute on this server (PROXY_KEY_LIMIT_PER_MINUTE): a runaway script is
 * stopped by its own key, whatever address it calls from.
 */
export function perKeyLimit(limitPerMinute: number, now: () => number = Date.now) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(keyId: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
      const at = now();
      let window = windows.get(keyId);
      if (!window || at - window.start >= 60_000) {
        if (windows.size > 10_000) windows.clear();
        window = { start: at, count: 0 };
        windows.set(keyId, window);
      }
      window.count += 1;
      if (window.count <= limitPerMinute) return { ok: true };
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + 60_000 - at) / 1000)) };
    },
  };
}

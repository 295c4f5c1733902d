import { useEffect, useState } from 'react';

/** The time, again every `everyMs`: for texts such as "checked 4 minutes ago" that age while shown. */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

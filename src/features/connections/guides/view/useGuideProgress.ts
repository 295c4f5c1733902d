import { useCallback, useMemo, useState } from 'react';

/** Which steps have been ticked, per guide. Own it in the panel so ticks outlive a guide switch. */
export interface GuideProgress {
  isDone(guideId: string, stepId: string): boolean;
  toggle(guideId: string, stepId: string): void;
  doneCount(guideId: string, stepIds: readonly string[]): number;
}

const keyOf = (guideId: string, stepId: string) => `${guideId}\u0000${stepId}`;

export function useGuideProgress(): GuideProgress {
  const [done, setDone] = useState<ReadonlySet<string>>(() => new Set());

  const toggle = useCallback((guideId: string, stepId: string) => {
    setDone((previous) => {
      const next = new Set(previous);
      const key = keyOf(guideId, stepId);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }, []);

  return useMemo(
    () => ({
      isDone: (guideId, stepId) => done.has(keyOf(guideId, stepId)),
      toggle,
      doneCount: (guideId, stepIds) => stepIds.filter((stepId) => done.has(keyOf(guideId, stepId))).length,
    }),
    [done, toggle],
  );
}

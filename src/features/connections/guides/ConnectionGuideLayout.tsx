import { useMemo, useState, type ReactNode } from 'react';
// Straight from the modules, not the guides' index: the guide itself is a lazy chunk.
import { SetupGuideLayout } from './SetupGuideLayout';
import { useGuideProgress } from './useGuideProgress';
import { GuideSlotContext } from './guideSlot';

/**
 * The panel with its setup guide: the panel's content (`children`) on the left, the guide on the
 * right (below it on narrow screens). The ticks live here, for as long as the panel is open; a
 * tick re-renders the guide only, since `children` and the form in it do not change.
 */
export function ConnectionGuideLayout({ children }: { children: ReactNode }) {
  const progress = useGuideProgress();
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const slot = useMemo(() => ({ container, progress }), [container, progress]);
  return (
    <GuideSlotContext value={slot}>
      <SetupGuideLayout guide={<div ref={setContainer} />}>{children}</SetupGuideLayout>
    </GuideSlotContext>
  );
}

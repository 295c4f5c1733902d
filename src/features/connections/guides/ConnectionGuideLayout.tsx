import { use, useMemo, useState, type ReactNode } from 'react';
// Straight from the modules, not the guides' index: the guide itself is a lazy chunk.
import { SetupGuideLayout } from './view/SetupGuideLayout';
import { useGuideProgress } from './view/useGuideProgress';
import { GuideSlotContext } from './guideSlot';
import styles from './view/SetupGuideLayout.module.css';

/**
 * The panel with its setup guide: the panel's content (`children`) on the left, the guide on the
 * right; on a narrow screen the guide is a disclosure at the top of the panel (GuideTopSlot). The
 * ticks live here, for as long as the panel is open; a tick re-renders the guide only, since
 * `children` and the form in it do not change.
 */
export function ConnectionGuideLayout({ children }: { children: ReactNode }) {
  const progress = useGuideProgress();
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const [top, setTop] = useState<HTMLElement | null>(null);
  const slot = useMemo(() => ({ container, top, setTop, progress }), [container, top, progress]);
  return (
    <GuideSlotContext value={slot}>
      <SetupGuideLayout guide={<div ref={setContainer} />}>{children}</SetupGuideLayout>
    </GuideSlotContext>
  );
}

/**
 * Where the guide stands on a narrow screen: under the panel's heading, before the form. Empty in
 * the prerendered page (the guide arrives after the first paint), it keeps the collapsed guide's
 * height there, so the form does not move when the guide comes.
 */
export function GuideTopSlot() {
  const setTop = use(GuideSlotContext)?.setTop;
  return setTop ? <div ref={setTop} className={styles.top} /> : null;
}

import { startTransition, Suspense, use, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { afterFirstContentfulPaint } from '../../../lib/afterPaint';
import type { FocusedFieldStore } from './focusedField';
import { GuideSlotContext } from './guideSlot';
import { useNarrowScreen } from './view/narrowScreen';
import { LazyConnectionGuide } from '../form/lazyParts';

/**
 * The form's setup guide, portalled into the panel's guide column, or on a narrow screen to the
 * top of the panel (see guideSlot.ts). Renders nothing where there is no slot (the form on its
 * own, as in unit tests). The guide is its own chunk (lazyParts.ts): the form paints without it,
 * and the slot stays empty until it arrives.
 */
export function ConnectionGuideSlot({ focusedField }: { focusedField: FocusedFieldStore }) {
  const slot = use(GuideSlotContext);
  const narrow = useNarrowScreen();
  // Rendering the lazy guide starts its download: only once the form has painted, as the other parts.
  const [formPainted, setFormPainted] = useState(false);
  // In a transition: the guide's first render (a long one) is done in slices that let the browser in between.
  useEffect(() => afterFirstContentfulPaint(() => startTransition(() => setFormPainted(true))), []);
  const target = narrow ? slot?.top : slot?.container;
  if (!slot || !target || !formPainted) return null;
  return createPortal(
    <Suspense fallback={null}>
      {/* At the top of the panel it is a region of it; beside it, a complementary landmark. */}
      <LazyConnectionGuide focusedField={focusedField} progress={slot.progress} landmark={narrow ? 'section' : 'aside'} />
    </Suspense>,
    target,
    narrow ? 'top' : 'side',
  );
}

import { startTransition, Suspense, use, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { afterFirstContentfulPaint } from '../../../lib/afterPaint';
import type { FocusedFieldStore } from './focusedField';
import { GuideSlotContext } from './guideSlot';
import { LazyConnectionGuide } from '../form/lazyParts';

/**
 * The form's setup guide, portalled into the panel's guide column (see guideSlot.ts). Renders
 * nothing where there is no column (the form on its own, as in unit tests). The guide is its own
 * chunk (lazyParts.ts): the form paints without it, and the column stays empty until it arrives.
 */
export function ConnectionGuideSlot({ focusedField }: { focusedField: FocusedFieldStore }) {
  const slot = use(GuideSlotContext);
  // Rendering the lazy guide starts its download: only once the form has painted, as the other parts.
  const [formPainted, setFormPainted] = useState(false);
  // In a transition: the guide's first render (a long one) is done in slices that let the browser in between.
  useEffect(() => afterFirstContentfulPaint(() => startTransition(() => setFormPainted(true))), []);
  if (!slot?.container || !formPainted) return null;
  return createPortal(
    <Suspense fallback={null}>
      <LazyConnectionGuide focusedField={focusedField} progress={slot.progress} />
    </Suspense>,
    slot.container,
  );
}

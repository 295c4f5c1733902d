import { Suspense, use } from 'react';
import { createPortal } from 'react-dom';
import type { FocusedFieldStore } from './focusedField';
import { GuideSlotContext } from './guideSlot';
import { LazyConnectionGuide } from './lazyParts';

/**
 * The form's setup guide, portalled into the panel's guide column (see guideSlot.ts). Renders
 * nothing where there is no column (the form on its own, as in unit tests). The guide is its own
 * chunk (lazyParts.ts): the form paints without it, and the column stays empty until it arrives.
 */
export function ConnectionGuideSlot({ focusedField }: { focusedField: FocusedFieldStore }) {
  const slot = use(GuideSlotContext);
  if (!slot?.container) return null;
  return createPortal(
    <Suspense fallback={null}>
      <LazyConnectionGuide focusedField={focusedField} progress={slot.progress} />
    </Suspense>,
    slot.container,
  );
}

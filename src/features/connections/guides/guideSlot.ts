import { createContext } from 'react';
import type { GuideProgress } from './view/useGuideProgress';

/**
 * Where the panel shows the form's setup guide. The guide needs the form's values (its
 * react-hook-form context), but it must stand beside the panel's section, not inside it (an aside
 * inside a named section is not a top-level landmark), so the form portals it into one of these.
 */
export interface GuideSlot {
  /** The column beside the panel (wide screens). */
  container: HTMLElement | null;
  /** At the top of the panel, under its heading (narrow screens: the steps come before the fields). */
  top: HTMLElement | null;
  setTop: (element: HTMLElement | null) => void;
  /** The ticked steps, owned by the panel so that they last while it is open. */
  progress: GuideProgress;
}

export const GuideSlotContext = createContext<GuideSlot | null>(null);

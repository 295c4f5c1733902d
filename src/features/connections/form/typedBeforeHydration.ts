import { useLayoutEffect, useState } from 'react';
import type { DefaultValues, UseFormReturn } from 'react-hook-form';
import { claimPrerendered, prerenderedValues } from '../../../lib/hydration';
import type { AuthType, ConnectionFormValues, ConnectionInput } from '../schema';
import { authTypeOptions } from '../schema/plain';
import { fieldId } from './formModel';

/** The auth type's fieldset (ui/Field.tsx's Fieldset names it after the first radio). */
const authTypeGroupId = `${fieldId('authType')}-group`;

/** The id of the connection form's element (ConnectionForm.tsx). */
export const connectionFormId = 'connection-form';

/** What the prerendered form can hold before the app runs: the name and the auth type. */
export interface TypedBeforeHydration {
  name?: string;
  authType?: AuthType;
}

/** The prerendered form's values, reduced to the fields it shows; anything else is ignored. */
export function toTypedValues(raw: Record<string, string>): TypedBeforeHydration {
  const typed: TypedBeforeHydration = {};
  if (raw.name) typed.name = raw.name;
  const authType = authTypeOptions.find((option) => option.value === raw.authType)?.value;
  if (authType) typed.authType = authType;
  return typed;
}

/** The create form's default values for its first render: the name typed before hydration, if any. */
export function firstRenderDefaults(pristine: DefaultValues<ConnectionFormValues>, typed: TypedBeforeHydration): DefaultValues<ConnectionFormValues> {
  return typed.name === undefined ? pristine : { ...pristine, name: typed.name };
}

/**
 * Reads, once, what the person did to the prerendered create form (nothing when editing or not
 * hydrating). Every connection form claims the id when it mounts, so a later one (edit, then
 * create) never reads another's inputs.
 */
export function useTypedBeforeHydration(creating: boolean): TypedBeforeHydration {
  const [typed] = useState(() => (creating ? toTypedValues(prerenderedValues(connectionFormId)) : {}));
  useLayoutEffect(() => claimPrerendered(connectionFormId), []);
  return typed;
}

/**
 * Makes what was typed before hydration the person's input, as if typed after it. The first
 * render used the typed name as its default, so registering the input wrote back what it held
 * (the caret stays); here the panel's starting values become the baseline again (so the form is
 * dirty: the leave guard asks, the draft keeps it), and the chosen auth type is set, which
 * shows its section. A layout effect: before the next paint, before any event can change a value.
 */
export function useAdoptTypedValues(
  form: UseFormReturn<ConnectionFormValues, unknown, ConnectionInput>,
  typed: TypedBeforeHydration,
  pristine: DefaultValues<ConnectionFormValues>,
): void {
  useLayoutEffect(() => {
    if (typed.name === undefined && typed.authType === undefined) return;
    form.reset(pristine, { keepValues: true, keepFieldsRef: true });
    // A field the focus has left was blurred before the app could see it: touched, and the name
    // checked as a blur would have (mode onTouched), so a taken name is still reported.
    const focused = document.activeElement;
    if (typed.name !== undefined) {
      const left = focused?.id !== fieldId('name');
      form.setValue('name', typed.name, { shouldDirty: true, shouldTouch: left });
      if (left) void form.trigger('name');
    }
    if (typed.authType !== undefined) {
      const left = !focused?.closest(`#${authTypeGroupId}`);
      form.setValue('authType', typed.authType, { shouldDirty: true, shouldTouch: left });
    }
    // Once: the values are the form's from now on.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
}

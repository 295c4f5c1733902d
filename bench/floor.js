// The bench's React floor for a keystroke: the plain-HTML reference page of the form, with only its
// "Name your connection" input rendered by React and registered with react-hook-form. It is the
// least that typing into any React + react-hook-form field costs, measured beside the reference
// and the app in the same run (docs/performance.md). Built by scripts/bench/build.mjs; plain
// JavaScript so that it needs no JSX setting of its own.
//
// scripts/bench/keystrokeFloor.mjs also loads it with `?barrier=` in the address, to find where
// that cost goes: 'input' stops the keystroke's events at the input (React's root still sees their
// capture phase), 'window' stops them in the window's capture phase (React never sees them). Either
// way react-hook-form hears the input in the listener that stops it.
import { createElement, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from 'react-hook-form';

const keystrokeEvents = ['keydown', 'keypress', 'keyup', 'beforeinput', 'textInput', 'input'];
const barrier = new URLSearchParams(location.search).get('barrier') ?? 'none';

function NameInput({ attributes }) {
  const { register, getValues } = useForm({ defaultValues: { name: '' } });
  // What react-hook-form holds, for the bench to check that it heard every keystroke.
  window.benchFloorValue = () => getValues('name');
  const { onChange, ...registered } = register('name');
  const input = useRef(null);
  useEffect(() => {
    const element = input.current;
    if (barrier === 'none' || !element) return undefined;
    // react-hook-form hears the input here, before the event is stopped: a stop in the window's
    // capture phase keeps the event from the input's own listeners too.
    const hearAndStop = (event) => {
      if (event.target !== element) return;
      if (event.type === 'input') void onChange(event);
      event.stopPropagation();
    };
    const target = barrier === 'window' ? window : element;
    const capture = barrier === 'window';
    for (const type of keystrokeEvents) target.addEventListener(type, hearAndStop, capture);
    return () => {
      for (const type of keystrokeEvents) target.removeEventListener(type, hearAndStop, capture);
    };
  }, [onChange]);
  const ref = (element) => {
    input.current = element;
    registered.ref(element);
  };
  return createElement('input', { ...attributes, ...registered, ...(barrier === 'none' ? { onChange } : {}), ref });
}

const input = document.getElementById('field-name');
const attributes = {
  type: 'text',
  id: input.id,
  autoComplete: input.getAttribute('autocomplete') ?? undefined,
  required: input.required,
  'aria-describedby': input.getAttribute('aria-describedby') ?? undefined,
};
// The field's styles are descendant selectors (ui/Field.module.css): a box-less host keeps them.
const host = document.createElement('span');
host.style.display = 'contents';
input.replaceWith(host);
createRoot(host).render(createElement(NameInput, { attributes }));

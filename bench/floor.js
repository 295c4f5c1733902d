// The bench's React floor for a keystroke: the plain-HTML reference page of the form, with only its
// "Name your connection" input rendered by React and registered with react-hook-form. It is the
// least that typing into any React + react-hook-form field costs, measured beside the reference
// and the app in the same run (docs/performance.md). Built by scripts/bench/build.mjs; plain
// JavaScript so that it needs no JSX setting of its own.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from 'react-hook-form';

function NameInput({ attributes }) {
  const { register } = useForm({ defaultValues: { name: '' } });
  return createElement('input', { ...attributes, ...register('name') });
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

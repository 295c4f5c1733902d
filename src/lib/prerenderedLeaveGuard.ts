/**
 * Before the app runs, a prerendered form has no leave guard: the page's links are plain links,
 * and following one (or closing the tab) would drop what was typed. From the first input into such
 * a form until the app claims it (`claimPrerendered` in lib/hydration.ts), leaving gets the
 * browser's own prompt; after that the app's guard (lib/leaveGuard.ts) decides, and a form left
 * untouched never asks. Set up by the page's loader (src/main.tsx).
 */
/** Each watched form, with its first-input listener and whether it has been typed into. */
const watched = new Map<HTMLFormElement, { typed: boolean; onInput: () => void }>();

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (![...watched.values()].some((form) => form.typed)) return;
  event.preventDefault();
  // Older browsers show the prompt only when returnValue is set.
  event.returnValue = '';
}

/** Does a control of the form differ from its markup (typed into before this script ran)? */
function changedFromMarkup(form: HTMLFormElement): boolean {
  return [...form.elements].some((control) => {
    if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) return control.checked !== control.defaultChecked;
    return (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) && control.value !== control.defaultValue;
  });
}

/** Watches every form under `root` for a first input (or one made before this script ran). */
export function guardPrerenderedForms(root: ParentNode): void {
  for (const form of root.querySelectorAll('form')) {
    if (watched.has(form)) continue;
    const entry = { typed: changedFromMarkup(form), onInput: () => (entry.typed = true) };
    form.addEventListener('input', entry.onInput, { once: true });
    watched.set(form, entry);
  }
  if (watched.size > 0) window.addEventListener('beforeunload', onBeforeUnload);
}

/** The app has taken the form with this id over: its own guard decides from now on. */
export function releasePrerenderedForm(formId: string): void {
  for (const [form, entry] of watched) {
    if (form.id !== formId) continue;
    form.removeEventListener('input', entry.onInput);
    watched.delete(form);
  }
  if (watched.size === 0) window.removeEventListener('beforeunload', onBeforeUnload);
}

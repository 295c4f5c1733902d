/**
 * Before the app runs, a prerendered form has no leave guard: the page's links are plain links,
 * and following one (or closing the tab) would drop what was typed. From the first input into such
 * a form until the app claims it (`claimPrerendered` in lib/hydration.ts), leaving gets the
 * browser's own prompt; after that the app's guard (lib/leaveGuard.ts) decides, and a form left
 * untouched never asks. Set up by the page's loader (src/main.tsx).
 */
const typedInto = new Set<HTMLFormElement>();
const watched = new Map<HTMLFormElement, () => void>();

function onBeforeUnload(event: BeforeUnloadEvent): void {
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
    const typed = () => {
      typedInto.add(form);
      window.addEventListener('beforeunload', onBeforeUnload);
    };
    form.addEventListener('input', typed, { once: true });
    watched.set(form, typed);
    if (changedFromMarkup(form)) typed();
  }
}

/** The app has taken the form with this id over: its own guard decides from now on. */
export function releasePrerenderedForm(formId: string): void {
  for (const [form, typed] of watched) {
    if (form.id !== formId) continue;
    form.removeEventListener('input', typed);
    watched.delete(form);
    typedInto.delete(form);
  }
  if (typedInto.size === 0) window.removeEventListener('beforeunload', onBeforeUnload);
}

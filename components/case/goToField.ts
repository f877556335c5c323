// Taking the user to one field of the case editor: the warning summary and the checklist's "Open in
// the case" both lead to a field by its case path (the bound fields' ids come from it).
import { caseFieldId } from './casePath';

/** Opens every collapsed section around the field and focuses it; false when it is not on screen. */
export function goToField(path: string): boolean {
  const field = document.getElementById(caseFieldId(path));
  if (!field) return false;
  for (let section = field.closest('details'); section; section = section.parentElement?.closest('details') ?? null) section.open = true;
  field.focus();
  field.scrollIntoView?.({ block: 'center' });
  return true;
}

/** goToField once the field is on screen (the Case screen may still be loading); gives up after `ms`. */
export function goToFieldWhenShown(path: string, ms = 3000): void {
  if (goToField(path)) return;
  const observer = new MutationObserver(() => {
    if (goToField(path)) stop();
  });
  const timer = setTimeout(stop, ms);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(document.body, { childList: true, subtree: true });
}

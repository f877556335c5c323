// Page imitations for apply tests: a React-like controlled input, a keystroke mask, a react-select-like
// combobox whose options render after a timer, a sectioned date, an add-row table.

/** Like React's value tracker: a value set through the instance is "already known", so the next input event is ignored. */
export function reactControlled(
  input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  state: Record<string, string>,
  name: string,
): void {
  const proto = Object.getPrototypeOf(input);
  const desc = Object.getOwnPropertyDescriptor(proto, 'value')!;
  let tracked = desc.get!.call(input) as string;
  Object.defineProperty(input, 'value', {
    configurable: true,
    get: () => desc.get!.call(input),
    set: (v: string) => {
      tracked = String(v);
      desc.set!.call(input, v);
    },
  });
  const onChange = () => {
    const now = desc.get!.call(input) as string;
    if (now === tracked) return;
    tracked = now;
    state[name] = now;
  };
  input.addEventListener('input', onChange);
  input.addEventListener('change', onChange);
}

/** A phone mask that accepts a digit only after its keydown, and reformats on input. */
export function phoneMask(input: HTMLInputElement): { keys: string[] } {
  const keys: string[] = [];
  let pending: string | undefined;
  let accepted = '';
  input.addEventListener('keydown', (e) => {
    if (!/^\d$/.test(e.key)) e.preventDefault();
    else pending = e.key;
  });
  input.addEventListener('input', () => {
    const typed = input.value.replace(/\D/g, '');
    // Only one new digit per keystroke, and only the one keydown announced.
    if (pending !== undefined && typed === accepted + pending && accepted.length < 10) {
      accepted += pending;
      keys.push(pending);
    }
    pending = undefined;
    const d = accepted;
    input.value =
      d.length > 6 ? `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}` : d.length > 3 ? `(${d.slice(0, 3)}) ${d.slice(3)}` : d;
  });
  return { keys };
}

/**
 * react-select-like: typing filters; options appear after a delay in a menu outside the control.
 * `initial` starts it with a choice; `clearable` draws the × clear indicator (it listens to mousedown,
 * as react-select's does); Backspace in the empty input removes the choice (backspaceRemovesValue).
 */
export function reactSelect(
  root: HTMLElement,
  options: string[],
  delayMs = 80,
  { initial, clearable = false, menuInRoot = false }: { initial?: string; clearable?: boolean; menuInRoot?: boolean } = {},
): { selected: () => string | undefined } {
  let selected: string | undefined;
  root.innerHTML = `<div class="rs__control"><div class="rs__value-container"><input class="rs__input" role="combobox" aria-autocomplete="list"></div>${
    clearable ? '<div class="rs__indicator rs__clear-indicator" aria-hidden="true">×</div>' : ''
  }</div>`;
  const input = root.querySelector('input')!;
  const show = (text: string | undefined) => {
    selected = text;
    const vc = root.querySelector('.rs__value-container')!;
    vc.querySelector('.rs__placeholder, .rs__single-value')?.remove();
    const shown = root.ownerDocument.createElement('div');
    shown.className = text === undefined ? 'rs__placeholder' : 'rs__single-value';
    shown.textContent = text ?? 'Select...';
    vc.prepend(shown);
  };
  show(initial);
  root.querySelector('.rs__clear-indicator')?.addEventListener('mousedown', () => show(undefined));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Backspace' && input.value === '') show(undefined);
  });
  const render = () => {
    // A web component keeps its menu in its own shadow root; React portals it to the body.
    const menuParent = menuInRoot ? (root.getRootNode() as ShadowRoot | Document) : root.ownerDocument.body;
    menuParent.querySelector('.rs__menu')?.remove();
    const q = input.value.toLowerCase();
    const menu = root.ownerDocument.createElement('div');
    menu.className = 'rs__menu';
    for (const text of options.filter((o) => o.toLowerCase().includes(q))) {
      const o = root.ownerDocument.createElement('div');
      o.className = 'rs__option';
      o.setAttribute('role', 'option');
      o.textContent = text;
      o.addEventListener('click', () => {
        input.value = '';
        menu.remove();
        show(text);
      });
      menu.appendChild(o);
    }
    menuParent.appendChild(menu);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(render, delayMs);
  });
  return { selected: () => selected };
}

/** mat-select-like: a trigger div that lists options in an overlay on click; no clear control, no Backspace. */
export function matSelect(trigger: HTMLElement, options: string[]): { selected: () => string | undefined } {
  let selected: string | undefined;
  trigger.setAttribute('role', 'combobox');
  const paint = () => {
    trigger.innerHTML = '';
    const span = trigger.ownerDocument.createElement('span');
    span.className = selected ? 'mat-select-value-text' : 'mat-select-placeholder';
    span.textContent = selected ?? 'Select';
    trigger.append(span);
  };
  paint();
  trigger.addEventListener('click', () => {
    const pane = trigger.ownerDocument.createElement('div');
    pane.className = 'cdk-overlay-pane';
    for (const text of options) {
      const o = trigger.ownerDocument.createElement('mat-option');
      o.setAttribute('role', 'option');
      o.textContent = text;
      o.addEventListener('click', () => {
        selected = text;
        pane.remove();
        paint();
      });
      pane.appendChild(o);
    }
    trigger.ownerDocument.body.appendChild(pane);
  });
  trigger.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') trigger.ownerDocument.querySelector('.cdk-overlay-pane')?.remove();
  });
  return { selected: () => selected };
}

/** A sectioned date (MUI-like): three spinbutton spans that take digits only from keydown; Backspace empties a section. */
export function sectionedDate(root: HTMLElement, initial?: [string, string, string]): void {
  root.innerHTML = ['MM', 'DD', 'YYYY']
    .map((p, i) => `<span role="spinbutton" tabindex="0" data-placeholder="${p}">${initial?.[i] ?? p}</span>`)
    .join('/');
  for (const s of root.querySelectorAll<HTMLElement>('[role="spinbutton"]')) {
    let typed = '';
    s.addEventListener('focus', () => (typed = ''));
    s.addEventListener('keydown', (e) => {
      e.preventDefault();
      if (e.key === 'Backspace') {
        typed = '';
        s.textContent = s.dataset.placeholder!;
      }
      if (!/^\d$/.test(e.key)) return;
      typed = (typed + e.key).slice(-s.dataset.placeholder!.length);
      s.textContent = typed.padStart(s.dataset.placeholder!.length, '0');
    });
  }
}

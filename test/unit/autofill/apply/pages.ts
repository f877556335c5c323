// Page imitations for apply tests: a React-like controlled input, a keystroke mask, a react-select-like
// combobox whose options render after a timer, a sectioned date, an add-row table.

/** Like React's value tracker: a value set through the instance is "already known", so the next input event is ignored. */
export function reactControlled(input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, state: Record<string, string>, name: string): void {
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
    input.value = d.length > 6 ? `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}` : d.length > 3 ? `(${d.slice(0, 3)}) ${d.slice(3)}` : d;
  });
  return { keys };
}

/** react-select-like: typing filters; options appear after a delay in a menu outside the control. */
export function reactSelect(root: HTMLElement, options: string[], delayMs = 80): { selected: () => string | undefined } {
  let selected: string | undefined;
  root.innerHTML = '<div class="rs__control"><div class="rs__value-container"><div class="rs__placeholder">Select...</div><input class="rs__input" role="combobox" aria-autocomplete="list"></div></div>';
  const input = root.querySelector('input')!;
  const render = () => {
    root.ownerDocument.querySelector('.rs__menu')?.remove();
    const q = input.value.toLowerCase();
    const menu = root.ownerDocument.createElement('div');
    menu.className = 'rs__menu';
    for (const text of options.filter((o) => o.toLowerCase().includes(q))) {
      const o = root.ownerDocument.createElement('div');
      o.className = 'rs__option';
      o.setAttribute('role', 'option');
      o.textContent = text;
      o.addEventListener('click', () => {
        selected = text;
        input.value = '';
        menu.remove();
        const vc = root.querySelector('.rs__value-container')!;
        vc.querySelector('.rs__placeholder, .rs__single-value')?.remove();
        const sv = root.ownerDocument.createElement('div');
        sv.className = 'rs__single-value';
        sv.textContent = text;
        vc.prepend(sv);
      });
      menu.appendChild(o);
    }
    root.ownerDocument.body.appendChild(menu);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(render, delayMs);
  });
  return { selected: () => selected };
}

/** A sectioned date (MUI-like): three spinbutton spans that take digits only from keydown. */
export function sectionedDate(root: HTMLElement): void {
  root.innerHTML = ['MM', 'DD', 'YYYY'].map((p) => `<span role="spinbutton" tabindex="0" data-placeholder="${p}">${p}</span>`).join('/');
  for (const s of root.querySelectorAll<HTMLElement>('[role="spinbutton"]')) {
    let typed = '';
    s.addEventListener('keydown', (e) => {
      e.preventDefault();
      if (!/^\d$/.test(e.key)) return;
      typed = (typed + e.key).slice(-(s.dataset.placeholder!.length));
      s.textContent = typed.padStart(s.dataset.placeholder!.length, '0');
    });
  }
}

// Loads a fixture portal page into the test document and runs its scripts (the fixtures build
// their forms in script, like the real React/Angular apps). Frames are left empty: each frame's
// page is loaded on its own, as the content script would see it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function loadPortalPage(htmlPath: string): void {
  const html = readFileSync(htmlPath, 'utf8');
  const dir = dirname(htmlPath);
  const scripts: string[] = [];
  const body = (/<body[^>]*>([\s\S]*)<\/body>/iu.exec(html)?.[1] ?? html)
    .replace(/<script([^>]*)>([\s\S]*?)<\/script>/giu, (_m, attrs: string, code: string) => {
      const src = /src="([^"]+)"/u.exec(attrs)?.[1];
      if (src && !/^https?:/u.test(src)) scripts.push(readFileSync(join(dir, src), 'utf8'));
      else if (!src) scripts.push(code);
      return '';
    })
    .replace(/<iframe\b/giu, '<div data-frame')
    .replace(/<\/iframe>/giu, '</div>');
  const w = window as unknown as Record<string, unknown>;
  for (const k of ['__appState', '__appEvents', 'AvUi', 'UhcKit']) delete w[k];
  document.head.innerHTML = '';
  document.body.innerHTML = body;
  // Scripts that make frames (now or on a later step) get empty stand-ins: frame pages are tested on their own.
  if (!(document as { framesStubbed?: boolean } & Document).framesStubbed) {
    const create = document.createElement.bind(document);
    document.createElement = ((tag: string, options?: ElementCreationOptions) =>
      create(tag.toLowerCase() === 'iframe' ? 'div' : tag, options)) as typeof document.createElement;
    (document as { framesStubbed?: boolean } & Document).framesStubbed = true;
  }
  {
    // Option() is missing from the test window's globals; the page scripts build selects with it.
    const option = function (this: unknown, text = '', value?: string) {
      const o = document.createElement('option');
      o.text = text;
      o.value = value ?? text;
      return o;
    };
    for (const code of scripts) new Function('Option', code)(option);
  }
}

// A collapsible section on native <details>/<summary>: keyboard and screen-reader behaviour for free.
import type { ComponentChildren } from 'preact';

export interface DisclosureProps {
  title: string;
  /** Short status beside the title, e.g. "2 warnings". */
  summaryExtra?: string;
  defaultOpen?: boolean;
  children: ComponentChildren;
  id?: string;
}

export function Disclosure({ title, summaryExtra, defaultOpen = false, children, id }: DisclosureProps) {
  return (
    <details class="disclosure" open={defaultOpen} id={id}>
      <summary>
        {title}
        {summaryExtra && <span class="disclosure-summary-extra">{summaryExtra}</span>}
      </summary>
      <div class="disclosure-body">{children}</div>
    </details>
  );
}

/** A plain titled section (always open) for screens that need structure without collapsing. */
export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="section" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

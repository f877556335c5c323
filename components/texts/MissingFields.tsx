// What the text still lacks, each with a way to the case editor to fill it.
import type { MissingField } from '../../lib/justify/render';
import { Button } from '../ui';

export function MissingFields({ missing, onFill }: { missing: MissingField[]; onFill: (m: MissingField) => void }) {
  if (missing.length === 0) return null;
  return (
    <section aria-label="Missing from the case" class="missing-fields">
      <h3>Missing from the case ({missing.length})</h3>
      <p class="field-hint">These show in brackets in the text until you fill them in.</p>
      <ul class="plain-list">
        {missing.map((m) => (
          <li key={m.path || m.label}>
            <span>{m.label}</span>{' '}
            <Button size="sm" onClick={() => onFill(m)} aria-label={`Fill in ${m.label} in the case`}>
              Fill in
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

// Copies a value (an NPI, a reference number) for pasting into a portal or reading on a call, and
// says "Copied" both on the button and in a live region so screen readers hear it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { Button, type ButtonSize } from './Button';

export interface CopyButtonProps {
  value: string;
  /** Accessible name, e.g. "Copy member ID". */
  label: string;
  size?: ButtonSize;
}

export function CopyButton({ value, label, size = 'sm' }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 2000);
  };
  return (
    <>
      <Button size={size} variant="ghost" aria-label={label} onClick={copy} disabled={!value}>
        {state === 'copied' ? 'Copied' : 'Copy'}
      </Button>
      <span class="visually-hidden" role="status" aria-live="polite">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Could not copy' : ''}
      </span>
    </>
  );
}

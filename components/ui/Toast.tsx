// Short messages in a polite live region, optionally with one action (Undo). One toast at a time:
// a new one replaces the old, which matches how people act (the last thing done is the one to undo).
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';
import { Button } from './Button';

export interface ToastOptions {
  message: string;
  action?: { label: string; onAction: () => void | Promise<void> };
  /** How long it stays; actions get longer by default so there is time to reach Undo. */
  timeoutMs?: number;
}

type ShowToast = (t: ToastOptions) => void;

const ToastContext = createContext<ShowToast>(() => {});

export function useToast(): ShowToast {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { children: ComponentChildren }) {
  const [toast, setToast] = useState<(ToastOptions & { key: number }) | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const counter = useRef(0);
  const dismiss = useCallback(() => setToast(null), []);
  const show = useCallback<ShowToast>((t) => {
    counter.current += 1;
    setToast({ ...t, key: counter.current });
  }, []);
  useEffect(() => {
    if (!toast) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(dismiss, toast.timeoutMs ?? (toast.action ? 10_000 : 4_000));
    return () => clearTimeout(timer.current);
  }, [toast, dismiss]);
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div class="toast-region" role="status" aria-live="polite">
        {toast && (
          <div class="toast" key={toast.key}>
            <span>{toast.message}</span>
            <span class="btn-row">
              {toast.action && (
                <Button
                  size="sm"
                  onClick={async () => {
                    const action = toast.action!;
                    dismiss();
                    await action.onAction();
                  }}
                >
                  {toast.action.label}
                </Button>
              )}
              <Button size="sm" variant="ghost" aria-label="Dismiss message" onClick={dismiss}>
                ×
              </Button>
            </span>
          </div>
        )}
      </div>
    </ToastContext.Provider>
  );
}

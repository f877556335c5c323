// Copies text to the clipboard and confirms with a toast ("Copied"), or says why it could not.
import { useCallback } from 'preact/hooks';
import { useToast } from '../ui/Toast';

export function useCopyWithToast(): (text: string) => Promise<void> {
  const toast = useToast();
  return useCallback(
    async (text: string) => {
      try {
        await navigator.clipboard.writeText(text);
        toast({ message: 'Copied' });
      } catch {
        toast({ message: 'Could not copy: the browser blocked the clipboard. Select the text and copy it by hand.' });
      }
    },
    [toast],
  );
}

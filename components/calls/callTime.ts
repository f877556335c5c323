// How call times read in the call log: the elapsed timer, a call's length and its local date and time.
import type { Call } from '../../lib/case/schema';

const two = (n: number) => String(n).padStart(2, '0');

/** "mm:ss" below an hour, "h:mm:ss" from then on; never negative. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** "23 min", "1 h 05 min", "under 1 min"; undefined while the call is still open. */
export function callDuration(call: Pick<Call, 'startedAt' | 'endedAt'>): string | undefined {
  if (!call.endedAt) return undefined;
  const minutes = Math.round((Date.parse(call.endedAt) - Date.parse(call.startedAt)) / 60_000);
  if (minutes < 1) return 'under 1 min';
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${two(minutes % 60)} min`;
}

/** Local date and time the call started, e.g. "11/23/2026, 9:41 AM". */
export function formatCallStart(startedAt: string): string {
  return new Date(startedAt).toLocaleString('en-US', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: 'numeric',
    minute: '2-digit',
  });
}

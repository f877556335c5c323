// How many in-network contacts to log before asking, and whether each one is documented enough for
// a reviewer (name, phone, date, and why it was not viable).
import type { NetworkAttempt } from '../case/schema';

/** domain.md: Medicaid plans often want 2-3 documented contacts; 3 meets the strictest of them. */
export const REQUIRED_NETWORK_ATTEMPTS = 3;

/** What a logged contact still lacks, in words ("phone", "date", "why not viable"); [] when complete. */
export function attemptGaps(a: NetworkAttempt): string[] {
  const gaps: string[] = [];
  if (!a.providerName.trim()) gaps.push('provider name');
  if (!a.phone.trim()) gaps.push('phone');
  if (!a.date) gaps.push('date');
  if (a.outcome === 'other' && !a.notes.trim()) gaps.push('why not viable');
  if (a.outcome === 'waitlist' && a.waitDays === undefined) gaps.push('wait offered');
  if (a.outcome === 'too-far' && a.distanceMiles === undefined) gaps.push('distance');
  return gaps;
}

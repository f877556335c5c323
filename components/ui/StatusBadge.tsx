// A case status as words on a coloured pill: the colour helps scanning, the words carry the meaning.
import { STATUS_LABELS } from '../../lib/case/labels';
import type { CaseStatus } from '../../lib/case/schema';

export function StatusBadge({ status }: { status: CaseStatus }) {
  return (
    <span class="status-badge" data-status={status}>
      {STATUS_LABELS[status]}
    </span>
  );
}

// The fill preview: each field the case would fill (label -> value) with a correction picker, and
// the fields left empty with the reason. Corrections are remembered for this portal's form.
import type { FramePlan } from '../../lib/fill/session';
import type { FieldKey } from '../../lib/form/fieldKeys';
import { KEY_CHOICES, keyLabel } from '../../lib/fill/keyLabels';
import { fieldDisplayName } from '../../lib/form/displayName';
import { UNFILLED_REASON_TEXT } from './fillText';

interface Props {
  plans: FramePlan[];
  onCorrect: (plan: FramePlan, fieldId: string, key: FieldKey | 'never') => void;
  /** A fill ran: an empty list means all is filled, not that nothing matched. */
  afterFill?: boolean;
}

function CorrectionPicker({ label, onPick }: { label: string; onPick: (key: FieldKey | 'never') => void }) {
  return (
    <select
      class="fill-correct"
      aria-label={`Correct what "${label}" is`}
      value=""
      onChange={(e) => {
        const v = (e.currentTarget as HTMLSelectElement).value;
        if (v) onPick(v as FieldKey | 'never');
      }}
    >
      <option value="">Fix…</option>
      <option value="never">Never fill this field</option>
      {KEY_CHOICES.map((c) => (
        <option key={c.key} value={c.key}>
          This is: {c.label}
        </option>
      ))}
    </select>
  );
}

export function FillPreview({ plans, onCorrect, afterFill }: Props) {
  const rows = plans.flatMap((plan) =>
    plan.plan.actions
      .filter((a) => a.kind !== 'click-add-row')
      .map((action) => {
        const field = plan.classifications.find((c) => c.field.id === action.fieldId)?.field;
        return { plan, action, name: field ? fieldDisplayName(field) : keyLabel(action.key as FieldKey) };
      }),
  );
  const unfilled = plans.flatMap((plan) => plan.plan.unfilled.map((u) => ({ plan, u, name: u.label })));
  // A field holding a value (typed by the user, or by the fill just now) is not "left empty".
  const holding = unfilled.filter((x) => x.u.reason === 'already-filled');
  const left = unfilled.filter((x) => x.u.reason !== 'already-filled');
  return (
    <div class="fill-preview">
      <h3>Will fill</h3>
      {rows.length === 0 ? (
        <p class="muted">{afterFill ? 'Nothing left to fill from this case.' : 'No field on this page matches data in this case.'}</p>
      ) : (
        <table class="fill-table">
          <thead>
            <tr>
              <th scope="col">Field on the page</th>
              <th scope="col">Value</th>
              <th scope="col">
                <span class="visually-hidden">Correction</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ plan, action, name }) => (
              <tr key={`${plan.frameId}:${action.fieldId}`}>
                <th scope="row">
                  {name}
                  {/* What the case says this field is: the page's own label is often just "NPI" or "Phone". */}
                  <span class="fill-key">{keyLabel(action.key as FieldKey)}</span>
                </th>
                <td class="fill-value">{action.preview}</td>
                <td>
                  <CorrectionPicker label={name} onPick={(key) => onCorrect(plan, action.fieldId, key)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <UnfilledList summary="Left empty" items={left} onCorrect={onCorrect} />
      <UnfilledList summary="Already holding a value" items={holding} onCorrect={onCorrect} />
    </div>
  );
}

type UnfilledItem = { plan: FramePlan; u: FramePlan['plan']['unfilled'][number]; name: string };

function UnfilledList({ summary, items, onCorrect }: { summary: string; items: UnfilledItem[]; onCorrect: Props['onCorrect'] }) {
  if (items.length === 0) return null;
  return (
    <details class="fill-left">
      <summary>
        {summary} ({items.length})
      </summary>
      <ul>
        {items.map(({ plan, u, name }) => (
          <li key={`${plan.frameId}:${u.fieldId}`}>
            <span>
              {name}: {UNFILLED_REASON_TEXT[u.reason]}
              {u.key ? ` (${keyLabel(u.key)})` : ''}
            </span>
            {u.reason !== 'protected' && <CorrectionPicker label={name} onPick={(key) => onCorrect(plan, u.fieldId, key)} />}
          </li>
        ))}
      </ul>
    </details>
  );
}

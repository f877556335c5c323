// The corrections saved for the form on this page ("never fill this field", "this is the member
// ID"), each with a button that forgets it: a correction made by mistake would otherwise hold for
// good. Forgetting one plans the page again, so the field is filled as the case says.
import { useState } from 'preact/hooks';
import { sameForm, fieldSignature, formSignature, type FieldRule } from '../../lib/fill/corrections';
import { keyLabel } from '../../lib/fill/keyLabels';
import type { FramePlan } from '../../lib/fill/session';
import { fieldDisplayName } from '../../lib/form/displayName';
import { deleteFieldRule } from '../../lib/store/fieldRules';
import { storageErrorMessage } from '../../lib/store/errors';
import { useDb } from '../app/DbContext';
import { Button } from '../ui/Button';

interface Props {
  /** The portal's saved corrections (all its forms). */
  rules: FieldRule[];
  plans: FramePlan[];
  /** A correction was forgotten: read the rules again. */
  onForgotten: () => void;
}

/** The rules of the forms on the page, each with the name of its field there. */
function correctionsOnPage(rules: FieldRule[], plans: FramePlan[]): { rule: FieldRule; name: string }[] {
  const forms = plans.map((p) => {
    const fields = p.classifications.map((c) => c.field);
    return { signature: formSignature(fields), fields };
  });
  return rules.flatMap((rule) => {
    const form = forms.find((f) => sameForm(rule.formSignature, f.signature));
    if (!form) return [];
    const field = form.fields.find((f) => fieldSignature(f) === rule.fieldSignature);
    return [{ rule, name: field ? fieldDisplayName(field) : 'A field no longer on this page' }];
  });
}

export function SavedCorrections({ rules, plans, onForgotten }: Props) {
  const db = useDb();
  const [error, setError] = useState<string | undefined>(undefined);
  const rows = correctionsOnPage(rules, plans).sort((a, b) => a.name.localeCompare(b.name));
  if (rows.length === 0) return null;

  const forget = async (rule: FieldRule) => {
    setError(undefined);
    try {
      await deleteFieldRule(db, rule.id);
      onForgotten();
    } catch (err) {
      setError(storageErrorMessage(err, 'forget the correction'));
    }
  };

  return (
    <section class="fill-corrections" aria-labelledby="fill-corrections-heading">
      <h3 id="fill-corrections-heading">Your corrections on this form</h3>
      <ul>
        {rows.map(({ rule, name }) => (
          <li key={rule.id}>
            <span>
              <strong>{name}</strong>: {rule.key === 'never' ? 'never filled' : `filled as ${keyLabel(rule.key)}`}
            </span>{' '}
            <Button variant="ghost" size="sm" onClick={() => void forget(rule)} aria-label={`Forget the correction of "${name}"`}>
              Forget
            </Button>
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}

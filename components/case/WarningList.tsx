// All of the case's format warnings in one place; they inform and never stop a save. Each one leads
// to its field: the sections around it open and it takes focus, ready to correct.
import { useCaseSelector } from './CaseFormContext';
import { fieldName } from '../../lib/case/pathWords';
import { goToField } from './goToField';

export function WarningList() {
  const warnings = useCaseSelector((_d, w) => w);
  if (warnings.size === 0) return null;
  return (
    <details class="banner banner-warning warning-summary">
      <summary>{warnings.size === 1 ? '1 field to check' : `${warnings.size} fields to check`} (the case is still saved)</summary>
      <ul>
        {[...warnings].map(([path, message]) => (
          <li key={path}>
            <button type="button" class="warning-link" onClick={() => goToField(path)} aria-label={`Go to ${fieldName(path)}: ${message}`}>
              <strong>{fieldName(path)}</strong>
            </button>
            : {message}
          </li>
        ))}
      </ul>
    </details>
  );
}

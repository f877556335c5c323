// All of the case's format warnings in one place; they inform and never stop a save.
import { useCaseSelector } from './CaseFormContext';
import { fieldName } from './fieldName';

export function WarningList() {
  const warnings = useCaseSelector((_d, w) => w);
  if (warnings.size === 0) return null;
  return (
    <details class="banner banner-warning warning-summary">
      <summary>
        {warnings.size === 1 ? '1 field to check' : `${warnings.size} fields to check`} (the case is still saved)
      </summary>
      <ul>
        {[...warnings].map(([path, message]) => (
          <li key={path}>
            <strong>{fieldName(path)}</strong>: {message}
          </li>
        ))}
      </ul>
    </details>
  );
}

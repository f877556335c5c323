// Street, city, state and ZIP of an address in the case, as one labelled group.
import { CaseText } from './CaseFields';

export function AddressFields({ path, legend }: { path: string; legend: string }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <CaseText path={`${path}.street`} label="Street" />
      <div class="grid-3">
        <CaseText path={`${path}.city`} label="City" />
        <CaseText path={`${path}.state`} label="State" hint="Two letters, e.g. TX" maxLength={2} />
        <CaseText path={`${path}.zip`} label="ZIP" />
      </div>
    </fieldset>
  );
}

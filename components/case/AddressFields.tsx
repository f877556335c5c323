// Street, city, state and ZIP of an address in the case, as one labelled group.
import type { ProviderRole } from '../../lib/case/codes';
import { CaseText } from './CaseFields';

export function AddressFields({ path, legend }: { path: 'member.address' | `providers.${ProviderRole}.address`; legend: string }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <CaseText path={`${path}.street`} />
      <div class="grid-3">
        <CaseText path={`${path}.city`} />
        <CaseText path={`${path}.state`} hint="Two letters, e.g. TX" maxLength={2} />
        <CaseText path={`${path}.zip`} />
      </div>
    </fieldset>
  );
}

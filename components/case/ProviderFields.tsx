// One provider role of the case (requesting, rendering ...) as a labelled group: the group's legend
// names the role so "NPI" inside it is unambiguous to people and to screen readers.
import type { ComponentChildren } from 'preact';
import type { ProviderRole } from '../../lib/case/schema';
import { AddressFields } from './AddressFields';
import { CaseText } from './CaseFields';

export function ProviderFields({
  role,
  legend,
  full,
  children,
}: {
  role: ProviderRole;
  legend: string;
  full: boolean;
  children?: ComponentChildren;
}) {
  const base = `providers.${role}` as const;
  return (
    <fieldset>
      <legend>{legend}</legend>
      {children}
      <div class="grid-2">
        <CaseText path={`${base}.name`} />
        <CaseText path={`${base}.organization`} />
        <CaseText path={`${base}.npi`} hint="10 digits" />
        <CaseText path={`${base}.tin`} />
        {full && <CaseText path={`${base}.license`} />}
        <CaseText path={`${base}.specialty`} />
        {full && <CaseText path={`${base}.taxonomy`} />}
        <CaseText path={`${base}.phone`} type="tel" />
        <CaseText path={`${base}.fax`} type="tel" />
      </div>
      {full && <AddressFields path={`${base}.address`} legend={`${legend} address`} />}
    </fieldset>
  );
}

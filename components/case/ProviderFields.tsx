// One provider role of the case (requesting, rendering ...) as a labelled group: the group's legend
// names the role so "NPI" inside it is unambiguous to people and to screen readers.
import type { ComponentChildren } from 'preact';
import type { ProviderRole } from '../../lib/case/schema';
import { AddressFields } from './AddressFields';
import { CaseText } from './CaseFields';

export function ProviderFields({ role, legend, full, children }: { role: ProviderRole; legend: string; full: boolean; children?: ComponentChildren }) {
  const base = `providers.${role}`;
  return (
    <fieldset>
      <legend>{legend}</legend>
      {children}
      <div class="grid-2">
        <CaseText path={`${base}.name`} label="Name" />
        <CaseText path={`${base}.organization`} label="Organization" />
        <CaseText path={`${base}.npi`} label="NPI" hint="10 digits" />
        <CaseText path={`${base}.tin`} label="Tax ID (TIN)" />
        {full && <CaseText path={`${base}.license`} label="License number" />}
        <CaseText path={`${base}.specialty`} label="Specialty" />
        {full && <CaseText path={`${base}.taxonomy`} label="Taxonomy code" />}
        <CaseText path={`${base}.phone`} label="Phone" type="tel" />
        <CaseText path={`${base}.fax`} label="Fax" type="tel" />
      </div>
      {full && <AddressFields path={`${base}.address`} legend={`${legend} address`} />}
    </fieldset>
  );
}

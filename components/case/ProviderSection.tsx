// The providers on the request. In a provider office the requesting provider is usually the office
// itself and the rendering provider often the same person, hence "Same as requesting".
import { groupWord } from '../../lib/case/pathWords';
import { PROVIDER_ROLES } from '../../lib/case/schema';
import { Button } from '../ui/Button';
import { Disclosure } from '../ui/Disclosure';
import { useToast } from '../ui/Toast';
import { useCaseForm, useCaseSelector, useWarningCount } from './CaseFormContext';
import { CaseText } from './CaseFields';
import { ProviderFields } from './ProviderFields';
import { warningSummary } from './warningSummary';

export function ProviderSection() {
  const form = useCaseForm();
  const toast = useToast();
  const patient = useCaseSelector((d) => d.role === 'patient');
  const warnings = useWarningCount(['providers', 'contact']);
  const copyRequesting = () => {
    form.update((c) => ({ ...c, providers: { ...c.providers, rendering: structuredClone(c.providers.requesting) } }));
    toast({ message: 'Rendering provider set to the requesting provider' });
  };
  return (
    <Disclosure
      title={patient ? 'Provider (the out-of-network provider you want to see)' : 'Provider'}
      summaryExtra={warningSummary(warnings)}
    >
      {PROVIDER_ROLES.map((role) => (
        <ProviderFields key={role} role={role} legend={groupWord(`providers.${role}`)} full={role !== 'referring'}>
          {role === 'rendering' && (
            <p>
              <Button size="sm" onClick={copyRequesting}>
                Same as requesting
              </Button>
            </p>
          )}
        </ProviderFields>
      ))}
      <fieldset>
        <legend>Contact person</legend>
        <p class="field-hint">Who the plan should call or write to about this request.</p>
        <div class="grid-2">
          <CaseText path="contact.name" />
          <CaseText path="contact.phone" type="tel" />
          <CaseText path="contact.ext" />
          <CaseText path="contact.fax" type="tel" />
          <CaseText path="contact.email" type="email" />
        </div>
      </fieldset>
    </Disclosure>
  );
}

// Who the request is for and which plan pays: what a portal asks first and a representative
// verifies before anything else.
import { LINE_OF_BUSINESS_LABELS, RELATIONSHIP_LABELS, SEX_LABELS } from '../../lib/case/labels';
import { optionsFrom } from '../ui/Select';
import { Disclosure } from '../ui/Disclosure';
import { AddressFields } from './AddressFields';
import { CaseCheckbox, CaseDate, CaseSelect, CaseText } from './CaseFields';
import { useCaseField, useWarningCount } from './CaseFormContext';
import { warningSummary } from './warningSummary';

export function PatientPlanSection() {
  const sameAsMember = useCaseField<boolean>('subscriber.sameAsMember').value;
  const warnings = useWarningCount(['member', 'subscriber', 'plan']);
  return (
    <Disclosure title="Patient & plan" defaultOpen summaryExtra={warningSummary(warnings)}>
      <fieldset>
        <legend>Member (patient)</legend>
        <div class="grid-2">
          <CaseText path="member.firstName" />
          <CaseText path="member.lastName" />
          <CaseDate path="member.dob" />
          <CaseSelect path="member.sex" options={optionsFrom(SEX_LABELS)} />
          <CaseText path="member.memberId" />
          <CaseText path="member.groupNumber" />
          <CaseText path="member.phone" type="tel" />
        </div>
        <AddressFields path="member.address" legend="Member address" />
      </fieldset>
      <fieldset>
        <legend>Subscriber</legend>
        <CaseCheckbox path="subscriber.sameAsMember" />
        {!sameAsMember && (
          <div class="grid-2">
            <CaseText path="subscriber.firstName" />
            <CaseText path="subscriber.lastName" />
            <CaseDate path="subscriber.dob" />
            <CaseText path="subscriber.subscriberId" />
            <CaseSelect path="subscriber.relationship" options={optionsFrom(RELATIONSHIP_LABELS)} />
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>Plan</legend>
        <div class="grid-2">
          <CaseText path="plan.payer" hint="The insurer, e.g. Aetna" />
          <CaseText path="plan.planName" />
          <CaseSelect path="plan.lineOfBusiness" options={optionsFrom(LINE_OF_BUSINESS_LABELS)} />
          <CaseText path="plan.state" hint="State whose rules apply, e.g. TX" maxLength={2} />
        </div>
      </fieldset>
    </Disclosure>
  );
}

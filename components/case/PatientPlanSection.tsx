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
          <CaseText path="member.firstName" label="Member first name" />
          <CaseText path="member.lastName" label="Member last name" />
          <CaseDate path="member.dob" label="Date of birth" />
          <CaseSelect path="member.sex" label="Sex" options={optionsFrom(SEX_LABELS)} />
          <CaseText path="member.memberId" label="Member ID" />
          <CaseText path="member.groupNumber" label="Group number" />
          <CaseText path="member.phone" label="Member phone" type="tel" />
        </div>
        <AddressFields path="member.address" legend="Member address" />
      </fieldset>
      <fieldset>
        <legend>Subscriber</legend>
        <CaseCheckbox path="subscriber.sameAsMember" label="The member is the subscriber" />
        {!sameAsMember && (
          <div class="grid-2">
            <CaseText path="subscriber.firstName" label="Subscriber first name" />
            <CaseText path="subscriber.lastName" label="Subscriber last name" />
            <CaseDate path="subscriber.dob" label="Subscriber date of birth" />
            <CaseText path="subscriber.subscriberId" label="Subscriber ID" />
            <CaseSelect path="subscriber.relationship" label="Patient's relationship to subscriber" options={optionsFrom(RELATIONSHIP_LABELS)} />
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>Plan</legend>
        <div class="grid-2">
          <CaseText path="plan.payer" label="Payer" hint="The insurer, e.g. Aetna" />
          <CaseText path="plan.planName" label="Plan name" />
          <CaseSelect path="plan.lineOfBusiness" label="Line of business" options={optionsFrom(LINE_OF_BUSINESS_LABELS)} />
          <CaseText path="plan.state" label="Plan state" hint="State whose rules apply, e.g. TX" maxLength={2} />
        </div>
      </fieldset>
    </Disclosure>
  );
}

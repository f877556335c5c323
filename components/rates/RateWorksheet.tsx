// The provider's rate worksheet: per code the usual fee, the plan's offer and its basis, counter-
// offers and the agreed rate, with the gap shown; agreed rates can be copied into the agreement terms.
import type { Case, RateLine } from '../../lib/case/schema';
import { RATE_BASIS_LABELS } from '../../lib/case/labels';
import { agreedRatesText, rateWorksheet, RATE_STATUS_LABELS } from '../../lib/justify/rates';
import { balanceBillingBar } from '../../lib/justify/balanceBilling';
import { count, money } from '../../lib/justify/format';
import { useCaseEditor } from '../case/useCaseEditor';
import { CaseFormContext, useCaseForm, useCaseSelector } from '../case/CaseFormContext';
import { Button, CheckboxGroup, DateField, NumberField, Select, TextField, optionsFrom, useToast } from '../ui';

export interface RateWorksheetProps {
  caseId: string;
  /** Shows the patient acknowledgement text (a template) when the patient will owe more. */
  onShowAcknowledgement?: () => void;
}

const EMPTY_LINE: RateLine = { code: '', offerBasis: 'other', counterOffers: [] };

export function RateWorksheet({ caseId, onShowAcknowledgement }: RateWorksheetProps) {
  // Its own editor on the case: edits save like the case screen's (debounced, revision-checked).
  const editor = useCaseEditor(caseId);
  if (editor.status === 'loading') return <p aria-busy="true">Loading…</p>;
  if (editor.status === 'missing') return null;
  return (
    <CaseFormContext.Provider value={editor.form}>
      <RateWorksheetForm onShowAcknowledgement={onShowAcknowledgement} />
      {editor.saveState.kind === 'error' && (
        <p class="field-warning" role="alert">
          {editor.saveState.message}
        </p>
      )}
    </CaseFormContext.Provider>
  );
}

function RateWorksheetForm({ onShowAcknowledgement }: Pick<RateWorksheetProps, 'onShowAcknowledgement'>) {
  const editor = useCaseForm();
  const toast = useToast();
  const c = useCaseSelector((d) => d);
  const bar = balanceBillingBar(c.plan.lineOfBusiness);
  const lines = c.rates.lines;
  const view = rateWorksheet(c);
  const setLine = (i: number, line: RateLine) =>
    editor.set(
      'rates.lines',
      lines.map((l, j) => (j === i ? line : l)),
    );
  const agreed = agreedRatesText(c);

  return (
    <div class="rate-worksheet">
      <CheckboxGroup
        legend="Plan position"
        options={[
          { value: 'payerNonNegotiable', label: 'Pays its highest in-network rate, not negotiable' },
          { value: 'patientOwesMore', label: 'The patient will owe more than in-network cost sharing' },
        ]}
        values={(['payerNonNegotiable', 'patientOwesMore'] as const).filter((k) => c.rates[k])}
        onValues={(vs: string[]) =>
          editor.update((k: Case) => ({
            ...k,
            rates: { ...k.rates, payerNonNegotiable: vs.includes('payerNonNegotiable'), patientOwesMore: vs.includes('patientOwesMore') },
          }))
        }
      />
      {lines.map((line, i) => {
        const v = view.lines.find((l) => l.code === line.code.trim());
        return (
          <fieldset key={i} class="rate-line">
            <legend>{line.code.trim() ? `Code ${line.code.trim()}` : `Code ${i + 1}`}</legend>
            <div class="grid-3">
              <TextField label="Procedure code" value={line.code} onValue={(code) => setLine(i, { ...line, code })} />
              <NumberField
                label="Usual fee per unit ($)"
                value={line.usualFee}
                step={0.01}
                min={0}
                onValue={(usualFee) => setLine(i, { ...line, usualFee })}
              />
              <NumberField
                label="Plan offer per unit ($)"
                value={line.planOffer}
                step={0.01}
                min={0}
                onValue={(planOffer) => setLine(i, { ...line, planOffer })}
              />
            </div>
            <div class="grid-2">
              <Select
                label="Basis of the offer"
                value={line.offerBasis}
                options={optionsFrom(RATE_BASIS_LABELS)}
                onValue={(offerBasis) => setLine(i, { ...line, offerBasis })}
              />
              {line.offerBasis === 'percent-of-medicare' && (
                <NumberField
                  label="Percent of Medicare"
                  value={line.offerPercent}
                  step={1}
                  min={0}
                  onValue={(offerPercent) => setLine(i, { ...line, offerPercent })}
                />
              )}
            </div>
            {line.counterOffers.map((o, j) => (
              <div class="grid-3" key={j}>
                <DateField
                  label={`Counter-offer ${j + 1} date`}
                  value={o.date}
                  onValue={(date) =>
                    setLine(i, { ...line, counterOffers: line.counterOffers.map((x, k) => (k === j ? { ...x, date } : x)) })
                  }
                />
                <Select
                  label="By"
                  value={o.by}
                  options={[
                    { value: 'provider', label: 'Us (provider)' },
                    { value: 'plan', label: 'The plan' },
                  ]}
                  onValue={(by) => setLine(i, { ...line, counterOffers: line.counterOffers.map((x, k) => (k === j ? { ...x, by } : x)) })}
                />
                <NumberField
                  label="Amount ($)"
                  value={o.amount}
                  step={0.01}
                  min={0}
                  onValue={(amount) =>
                    setLine(i, { ...line, counterOffers: line.counterOffers.map((x, k) => (k === j ? { ...x, amount } : x)) })
                  }
                />
              </div>
            ))}
            <div class="grid-2">
              <NumberField
                label="Agreed rate per unit ($)"
                value={line.agreedRate}
                step={0.01}
                min={0}
                onValue={(agreedRate) => setLine(i, { ...line, agreedRate })}
              />
            </div>
            {v && (
              <p class="field-hint">
                {RATE_STATUS_LABELS[v.status]}
                {v.gapAmount !== undefined && v.gapAmount > 0
                  ? ` · offer is ${money(v.gapAmount)} (${count(v.gapPercent)}%) below the usual fee`
                  : ''}
                {v.gapOverRequest !== undefined && v.gapAmount! > 0
                  ? `, ${money(v.gapOverRequest)} over ${count(v.unitsRequested)} units`
                  : ''}
              </p>
            )}
            <div class="btn-row">
              <Button
                size="sm"
                onClick={() => setLine(i, { ...line, counterOffers: [...line.counterOffers, { date: '', by: 'provider', note: '' }] })}
              >
                Add counter-offer
              </Button>
              <Button
                size="sm"
                variant="ghost"
                onClick={() =>
                  editor.set(
                    'rates.lines',
                    lines.filter((_, j) => j !== i),
                  )
                }
              >
                Remove code
              </Button>
            </div>
          </fieldset>
        );
      })}
      <div class="btn-row">
        <Button size="sm" onClick={() => editor.set('rates.lines', [...lines, EMPTY_LINE])}>
          Add code
        </Button>
        <Button
          size="sm"
          disabled={!agreed}
          title={agreed ? undefined : 'Enter an agreed rate for at least one code first'}
          onClick={() => {
            editor.set('agreement.rate', agreed);
            toast({ message: 'Agreement rate filled from the agreed rates' });
          }}
        >
          Fill agreement terms
        </Button>
        {c.rates.patientOwesMore && onShowAcknowledgement && !bar && (
          <Button size="sm" onClick={onShowAcknowledgement}>
            Patient acknowledgement
          </Button>
        )}
      </div>
      {c.rates.patientOwesMore && bar && (
        <p class="field-hint" role="note">
          {bar.text} Source: {bar.source}.
        </p>
      )}
      {c.agreement.rate && <p class="field-hint">Agreement rate: {c.agreement.rate}</p>}
    </div>
  );
}

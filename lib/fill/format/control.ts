// A case value as the text one control should hold: each value type through its formatter, long
// text fitted to the control's maxlength (cut at a sentence or word, and said so).
import { fitToLength, type FittedText } from '../../text/truncate';
import type { FieldDescriptor } from '../../form/types';
import type { CaseValue } from '../values';
import { formatIcd10For, formatProcedureCode } from './codes';
import { dateFormatFor, datePart, formatDate } from './dates';
import { maxLengthOf } from './hints';
import { formatNpiFor, formatTinFor, formatZipFor } from './identifiers';
import { formatFullName } from './names';
import { formatPhoneFor } from './phone';
import { formatStateFor } from './states';

export interface ControlText {
  text: string;
  /** Set when the text was shortened to the control's maxlength. */
  fitted?: FittedText;
}

/** The text for a text-like control (input, textarea, one date box); undefined when it cannot hold the value. */
export function textForControl(value: CaseValue, field: FieldDescriptor): ControlText | undefined {
  const part = field.widgets.find((w) => w.kind === 'date-part');
  let text: string | undefined;
  switch (value.type) {
    case 'text':
      text = value.text;
      break;
    case 'name':
      text = formatFullName(value.first, value.last, field);
      break;
    case 'date':
      text = part?.kind === 'date-part' ? datePart(value.iso, part.part, part.width) : formatDate(value.iso, dateFormatFor(field));
      break;
    case 'phone':
      text = formatPhoneFor(value.text, field);
      break;
    case 'tin':
      text = formatTinFor(value.text, field);
      break;
    case 'npi':
      text = formatNpiFor(value.text);
      break;
    case 'zip':
      text = formatZipFor(value.text, field);
      break;
    case 'state':
      text = formatStateFor(value.code, field);
      break;
    case 'icd10':
      text = formatIcd10For(value.code, field);
      break;
    case 'procedure':
      text = formatProcedureCode(value.code);
      break;
    case 'number':
      text = String(value.value);
      break;
    case 'boolean':
      text = value.value ? 'Yes' : 'No';
      break;
    case 'choice': {
      const max = maxLengthOf(field);
      text = max !== undefined && max < value.choice.text.length ? value.choice.code : value.choice.text;
      break;
    }
    case 'choices':
      text = value.choices.map((c) => c.text).join('; ');
      break;
  }
  if (text === undefined || text === '') return undefined;
  const max = maxLengthOf(field);
  if (max !== undefined && text.length > max) {
    // Codes and numbers are never cut: a partial ID is wrong data. Only free text is fitted.
    if (value.type !== 'text' && value.type !== 'choices') return undefined;
    const fitted = fitToLength(text, max);
    return { text: fitted.text, fitted };
  }
  return { text };
}

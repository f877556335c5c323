// Shapes that cross the autofill stages: descriptors (collect -> classify, serialisable, no case data),
// classifications, fill actions (plan -> apply) and the per-field report of a fill.
import type { FieldKey } from './fieldKeys';

/** Where a label text came from, strongest first (Chromium's inference order). */
export type LabelSource =
  | 'label-for'
  | 'wrapping-label'
  | 'aria-labelledby'
  | 'aria-label'
  | 'placeholder'
  | 'title'
  | 'preceding-text'
  | 'table-header'
  | 'table-row'
  | 'legend'
  | 'heading';

export interface LabelText {
  source: LabelSource;
  text: string;
}

/** Text around a control that says whose data it asks for ("Subscriber", "Referring provider"), nearest first. */
export interface SectionText {
  source: 'legend' | 'heading' | 'region';
  text: string;
}

export interface FieldOption {
  value: string;
  text: string;
  /** Element id (in the collect's element map) of a radio or checkbox that stands for this option. */
  id?: string;
}

export type ControlKind =
  'text' | 'textarea' | 'select' | 'radio-group' | 'checkbox' | 'checkbox-group' | 'combobox' | 'sectioned-date' | 'add-row';

export type DatePart = 'month' | 'day' | 'year';

export type WidgetHint =
  | { kind: 'combobox'; library: 'react-select' | 'ng-select' | 'mat-select' | 'aria' }
  /** A date typed section by section. 'sections': separate focusable section elements; 'input': one input. */
  | { kind: 'sectioned-date'; sections: DatePart[]; typing: 'sections' | 'input' }
  /** One box of a split date (MM / DD / YYYY); parts of one date share `group`. */
  | { kind: 'date-part'; part: DatePart; group: string; width: number }
  /** An input that formats keystrokes itself, e.g. "(___) ___-____" or "##-#######". */
  | { kind: 'masked'; mask: string }
  | { kind: 'typeahead' };

export interface FieldConstraints {
  maxLength?: number;
  pattern?: string;
  required: boolean;
  inputMode?: string;
  min?: string;
  max?: string;
}

export interface FieldState {
  visible: boolean;
  disabled: boolean;
  readOnly: boolean;
  /** Only whether something is there: descriptors never carry the page's current values. */
  hasValue: boolean;
}

export interface FieldDescriptor {
  /** Opaque, stable for one collect, local to the frame that collected it. */
  id: string;
  /** Document order within the collect. */
  order: number;
  kind: ControlKind;
  tag: string;
  type: string;
  role: string;
  name: string;
  htmlId: string;
  autocomplete: string;
  /** Class names that hint at a widget library or purpose (trimmed). */
  classHint: string;
  labels: LabelText[];
  section: SectionText[];
  options: FieldOption[];
  constraints: FieldConstraints;
  state: FieldState;
  widgets: WidgetHint[];
  /** 0-based index of the data row in a table (or repeated container) holding the control. */
  rowIndex?: number;
  /** Groups controls of one table or row container, for row-indexed codes. */
  rowGroup?: string;
  /** Never filled: attestation, signature, office-use fields. */
  protected?: { reason: string };
}

export interface Evidence {
  source: LabelSource | 'name' | 'id' | 'autocomplete' | 'options' | 'section' | 'default' | 'rule';
  words: string;
}

export interface Classification {
  field: FieldDescriptor;
  key?: FieldKey;
  score: number;
  evidence: Evidence[];
  /** For row keys: the 0-based row when known (the control's rowIndex, "Diagnosis 2", "Secondary"). */
  row?: number;
  /** For 'add-row' buttons: which repeated rows the button adds. */
  addRowFor?: 'diagnosis' | 'procedure';
  /** Why it stayed unclassified when it looked like something (blocked word, conflict lost). */
  note?: string;
}

interface ActionBase {
  fieldId: string;
  key: FieldKey;
  /** What the side panel shows for this action (the formatted value or the option text). */
  preview: string;
  /** Set when long text was cut to the control's maxlength (plan/ says where and how much). */
  cut?: { boundary: 'sentence' | 'word' | 'hard'; dropped: number };
}

export type FillAction =
  | (ActionBase & { kind: 'set-value'; value: string })
  /** Typed key by key; `sections` when each chunk goes to its own section element. */
  | (ActionBase & { kind: 'type-keys'; text: string; sections?: string[] })
  | (ActionBase & { kind: 'select-option'; value: string; text: string })
  /** optionId: the radio/checkbox of a group; absent for a single checkbox. */
  | (ActionBase & { kind: 'check'; optionId?: string; checked: boolean })
  /** accept: normalised option texts or codes that count as the right option. */
  | (ActionBase & { kind: 'combobox-choose'; query: string; accept: string[] })
  | (Omit<ActionBase, 'key'> & { kind: 'click-add-row'; key: 'service.diagnosis' | 'service.procedure' });

export type UnfilledReason = 'no-value-in-case' | 'low-confidence' | 'protected' | 'already-filled' | 'no-matching-option';

export interface Unfilled {
  fieldId: string;
  label: string;
  reason: UnfilledReason;
  key?: FieldKey;
}

export interface FillPlan {
  actions: FillAction[];
  unfilled: Unfilled[];
  /** True when an add-row click is planned: collect and plan again after applying. */
  recollectAfter: boolean;
}

export type FieldOutcome = 'verified' | 'rejected-by-page' | 'skipped' | 'error';

export interface FieldReport {
  fieldId: string;
  key: string;
  outcome: FieldOutcome;
  reason?: string;
}

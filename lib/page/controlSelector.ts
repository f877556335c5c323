// What counts as a form control, in the three senses the page code asks about. Each keeps its own
// selector: they differ on purpose (hidden inputs, buttons, date sections), and changing one changes
// what that one question counts.

/**
 * A control shown on the page (hidden inputs aside), date sections included: text holding one is
 * no label (collect), a table row holding one is a data row (collect), and a widget's container
 * holding two is more than that widget (a combobox's options, Undo's clear button).
 */
export const SHOWN_CONTROL_SELECTOR = 'input:not([type=hidden]), select, textarea, [role=combobox], [role=spinbutton]';

/**
 * A control a fill may fill, as the portal detector counts them to tell the background a frame has
 * a form (no buttons, passwords or hidden inputs). The detector loads on every portal page: one
 * querySelectorAll with this, nothing more.
 */
export const FILLABLE_CONTROL_SELECTOR =
  'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=password]), select, textarea, [role=combobox]';

/**
 * Every form control element, hidden ones too: the page's controls before and after an add-row
 * click, compared to find the row it added (and whether it added one).
 */
export const ANY_CONTROL_SELECTOR = 'input, select, textarea, [role="combobox"]';

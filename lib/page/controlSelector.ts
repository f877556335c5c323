// What counts as a control a user fills, for collect (labels, table rows) and for Undo (a clear
// button belongs to a widget only while no other control shares its container).
export const CONTROL_SELECTOR = 'input:not([type=hidden]), select, textarea, [role=combobox], [role=spinbutton]';

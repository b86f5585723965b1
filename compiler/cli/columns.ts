// The named columns of a points file whose rows hold more than the state (a field's conditions
// after its coordinates), for the readers' width errors: "expected 3 columns (x[0], x[1], t)".

/** names.length numbers a row; `hint`, where given, follows the error (what to do about it). */
export interface Columns { names: readonly string[]; hint?: string }

export const columnsText = (c: Columns) => `${c.names.length} column${c.names.length === 1 ? '' : 's'} (${c.names.join(', ')})`;

export const hintText = (c: Columns) => (c.hint ? `: ${c.hint}` : '');

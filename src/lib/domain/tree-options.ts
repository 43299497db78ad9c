// The cell types as choices of a select (filters of the inbox and the practice library).
import { CELL_TYPES, CELL_TYPE_LABELS, type CellType } from './tree';

export { CELL_TYPE_LABELS, type CellType };

export const CELL_TYPE_OPTIONS: { value: CellType; label: string }[] = CELL_TYPES.map((t) => ({ value: t, label: CELL_TYPE_LABELS[t] }));

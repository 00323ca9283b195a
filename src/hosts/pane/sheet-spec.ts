/**
 * The sheet description the pane renders: the templates' SheetSpec (src/features/templates/types.ts), also
 * used for the pane's own 达标汇总 sheet, so one renderer (excel-io addSheet) draws both.
 */
export type { CellSpec, SheetSpec, StyleName, ValidationSpec } from '../../features/templates/types';

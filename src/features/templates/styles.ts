/**
 * What each named style looks like, as data both renderers read. Colours are #RRGGBB (Office.js
 * takes them as is; the .xlsx writer turns them into ARGB).
 */
import type { StyleName } from './types';

/** A cell's look. */
export interface StyleDef {
  font?: { bold?: boolean; italic?: boolean; size?: number; color?: string };
  /** Solid fill colour #RRGGBB. */
  fill?: string;
  /** Excel number format. */
  numFmt?: string;
  align?: 'left' | 'center' | 'right';
  wrap?: boolean;
  /** A thin grey border on all sides. */
  border?: boolean;
}

// Inputs are light yellow and computed cells light grey: the convention county statisticians know
// from the forms they receive.
const INPUT = '#FFF2CC';
const COMPUTED = '#F2F2F2';
const HEADER = '#DDEBF7';

/** Every named style. */
export const STYLES: Record<StyleName, StyleDef> = {
  title: { font: { bold: true, size: 14 }, align: 'left' },
  note: { font: { italic: true, size: 9, color: '#595959' }, wrap: true, align: 'left' },
  group: { font: { bold: true }, fill: '#BDD7EE', align: 'center', border: true },
  header: { font: { bold: true }, fill: HEADER, align: 'center', wrap: true, border: true },
  label: { font: { bold: true }, align: 'left', wrap: true, border: true },
  input: { fill: INPUT, border: true, numFmt: 'General' },
  inputText: { fill: INPUT, border: true, numFmt: '@', align: 'left' },
  inputPercent: { fill: INPUT, border: true, numFmt: '0.0%' },
  computed: { fill: COMPUTED, border: true, numFmt: '0.00' },
  general: { fill: COMPUTED, border: true, numFmt: 'General' },
  number2: { border: true, numFmt: '0.00' },
  integer: { fill: COMPUTED, border: true, numFmt: '0' },
  percent: { fill: COMPUTED, border: true, numFmt: '0.0%' },
  text: { border: true, align: 'left', wrap: true },
  helper: { font: { size: 9, color: '#808080' }, fill: COMPUTED, border: true, numFmt: 'General' },
  result: { font: { bold: true }, fill: COMPUTED, border: true, align: 'center' },
};

/**
 * The look of a style name.
 * @example styleOf('input').fill; // '#FFF2CC'
 */
export function styleOf(name: StyleName): StyleDef {
  return STYLES[name];
}

/**
 * The highlight rules of src/features/school-table as worksheet XML for the patcher: one <conditionalFormatting>
 * per rule, all pointing at one added <dxf> (light red fill, dark red text).
 */
import { dxfMiss, type RuleSpec } from './types';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const argb = (hex: string) => 'FF' + hex.replace('#', '').toUpperCase();

/** The <dxf> of a miss mark. @example missDxf(); // '<dxf><font><color rgb="FF9C0006"/></font>…' */
export function missDxf(): string {
  return `<dxf><font><color rgb="${argb(dxfMiss.font)}"/></font><fill><patternFill><bgColor rgb="${argb(dxfMiss.fill)}"/></patternFill></fill></dxf>`;
}

/**
 * Worksheet XML for the rules, numbered from `priority`.
 * @example
 * rulesXml([{ range: 'K5:K9', formula: 'AND(ISNUMBER(K5),K5<4.5)', … }], 3, 1);
 * // '<conditionalFormatting sqref="K5:K9"><cfRule type="expression" dxfId="3" priority="1"><formula>AND(ISNUMBER(K5),K5&lt;4.5)</formula></cfRule></conditionalFormatting>'
 */
export function rulesXml(rules: RuleSpec[], dxfId: number, priority: number): string {
  return rules
    .map((r, i) => `<conditionalFormatting sqref="${r.range}"><cfRule type="expression" dxfId="${dxfId}" priority="${priority + i}"><formula>${escape(r.formula)}</formula></cfRule></conditionalFormatting>`)
    .join('');
}

/**
 * The EDU functions' metadata in the shape WPS reads: the `functions.json` a WPS 加载项's
 * manifest.xml points at, and the same entry passed to `wps.AddCustomFunction` as its fourth
 * argument. The shape is wpsjs 2.2.3's (src/vite_plugins.js, generateFunctionsJson):
 * `{ functions: [{ name, description, parameters: [{ name, description, type }], result: { type } }] }`,
 * types `number | string | bool | any` or a 2-D array of one (`any[][]`), a trailing `?` marking
 * an optional parameter. Help text is the table's Chinese.
 */
import { FUNCTIONS, type FunctionSpec } from '../../domain/edu/table';

/** One function's metadata as WPS reads it. */
export interface WpsFunctionMeta {
  name: string;
  description: string;
  parameters: { name: string; description: string; type: string }[];
  result: { type: string };
}

const RESULT_TYPE: Record<FunctionSpec['result'], string> = { number: 'number', boolean: 'bool', string: 'string', any: 'any', matrix: 'any[][]' };

/**
 * The WPS metadata of one EDU function.
 * @example
 * wpsMeta(specOf('SHORTFALL')!).parameters[0].type; // 'any'
 */
export function wpsMeta(spec: FunctionSpec): WpsFunctionMeta {
  return {
    name: spec.name,
    description: spec.zh,
    // Parameters are `any`: a number may arrive as text from a cell ("7,200", full-width digits),
    // which the core reads; a typed `number` would let WPS refuse it first.
    parameters: spec.params.map((p) => ({ name: p.name, description: p.zh, type: (p.range ? 'any[][]' : 'any') + (p.optional ? '?' : '') })),
    result: { type: RESULT_TYPE[spec.result] },
  };
}

/**
 * functions.json for the WPS add-in: every EDU function.
 * @example
 * wpsFunctionsJson().functions.length === FUNCTIONS.length; // true
 */
export function wpsFunctionsJson(): { functions: WpsFunctionMeta[] } {
  return { functions: FUNCTIONS.map(wpsMeta) };
}

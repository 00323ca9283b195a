/**
 * Builds the bundled catalog from seeds/ and lists every problem that must stop the build:
 * schema errors, duplicate ids, unknown indicators, quotes not in their source text, values not in
 * their quotes, missing names. Trajectories stated as a rule are expanded here, not by hand.
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import * as YAML from 'yaml';
import { normalizeKey } from '../../domain/core/text';
import type { Catalog, CatalogRow, Direction, Indicator, Kind, Plan, Stage } from '../../domain/catalog/types';
import { toTraditional, traditionalVariants } from './convert';
import { valueInQuote } from './numbers';
import { indicatorsFileSchema, plansFileSchema, seedFileSchema } from './schema';

interface SeedIndicator { id: string; name: string; name_en: string; aliases?: string[]; unit: string; direction: Direction }
interface SeedRow {
  id?: string; indicator: string; stage: Stage; kind: Kind; year?: number | null; value: number; unit?: string;
  direction?: Direction; scope?: string; quote: string; name?: string; name_en?: string; note?: string;
  source?: { document: string; clause: string };
}
interface SeedTrajectory {
  indicator: string; stage: Stage; scope?: string; unit?: string; direction?: Direction; name?: string; name_en?: string;
  points: { year: number; value: number; quote: string }[];
  rules?: { from: number; to: number; step: number; quote: string }[];
}
interface SeedFile {
  plan: string; file?: string; documents?: Record<string, string>;
  indicators?: SeedIndicator[]; rows?: SeedRow[]; trajectories?: SeedTrajectory[];
}

/** The result of a build: the catalog, and what is wrong with the seeds (empty when all is well). */
export interface BuildResult { catalog: Catalog; problems: string[] }

/**
 * The form a quote and its source are compared in: NFKC (full-width → half-width) without any
 * white space, since the web texts break lines and insert spaces mid-word.
 * @example
 * normalizeForQuote('巩固率达到 ９６％'); // '巩固率达到96%'
 */
export function normalizeForQuote(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

const ajv = new Ajv({ allErrors: true });
const checkSeed = ajv.compile(seedFileSchema);
const checkIndicators = ajv.compile(indicatorsFileSchema);
const checkPlans = ajv.compile(plansFileSchema);

function readYaml(file: string): unknown {
  return YAML.parse(fs.readFileSync(file, 'utf8'));
}

function schemaProblems(file: string, errors: typeof checkSeed.errors): string[] {
  return (errors ?? []).map((e) => `${file}: schema: ${e.instancePath || '/'} ${e.message}`);
}

/**
 * Reads every seed file in `seedDir` and builds the catalog.
 * @example
 * const { catalog, problems } = buildCatalog('seeds');
 * problems.length;                                   // 0 when the seeds are sound
 * catalog.rows.find((r) => r.id === 'national.teaching_space_per_student.primary.standard')?.value; // 4.5
 */
export function buildCatalog(seedDir: string): BuildResult {
  const problems: string[] = [];

  const plansDoc = readYaml(path.join(seedDir, 'plans.yaml'));
  if (!checkPlans(plansDoc)) problems.push(...schemaProblems('plans.yaml', checkPlans.errors));
  const plans: Plan[] = ((plansDoc as { plans?: Omit<Plan, 'name_hant'>[] })?.plans ?? []).map((p) => ({
    ...p,
    name_hant: toTraditional(p.name),
  }));
  const planById = new Map(plans.map((p) => [p.id, p]));

  // Indicators: the shared file first, then each seed file's own.
  const indicatorDefs: { def: SeedIndicator; file: string }[] = [];
  const indDoc = readYaml(path.join(seedDir, 'indicators.yaml'));
  if (!checkIndicators(indDoc)) problems.push(...schemaProblems('indicators.yaml', checkIndicators.errors));
  for (const def of (indDoc as { indicators?: SeedIndicator[] })?.indicators ?? []) indicatorDefs.push({ def, file: 'indicators.yaml' });

  const seedFiles = fs
    .readdirSync(seedDir)
    .filter((f) => /\.ya?ml$/.test(f) && f !== 'plans.yaml' && f !== 'indicators.yaml')
    .sort();
  const seeds: { name: string; doc: SeedFile }[] = [];
  for (const name of seedFiles) {
    let doc: unknown;
    try {
      doc = readYaml(path.join(seedDir, name));
    } catch (e) {
      problems.push(`${name}: YAML: ${(e as Error).message.split('\n')[0]}`);
      continue;
    }
    if (!checkSeed(doc)) {
      problems.push(...schemaProblems(name, checkSeed.errors));
      continue;
    }
    const seed = doc as unknown as SeedFile;
    seeds.push({ name, doc: seed });
    for (const def of seed.indicators ?? []) indicatorDefs.push({ def, file: name });
  }

  const indicators = new Map<string, Indicator>();
  for (const { def, file } of indicatorDefs) {
    if (indicators.has(def.id)) {
      problems.push(`${file}: indicator ${def.id} is defined twice`);
      continue;
    }
    indicators.set(def.id, {
      id: def.id,
      name: def.name,
      name_hant: toTraditional(def.name),
      name_en: def.name_en,
      aliases: def.aliases ?? [],
      unit: def.unit,
      direction: def.direction,
    });
  }

  const rows: CatalogRow[] = [];
  const ids = new Set<string>();
  const addRow = (row: CatalogRow, where: string) => {
    if (ids.has(row.id)) problems.push(`${where}: duplicate id ${row.id}`);
    ids.add(row.id);
    if (!row.name_hant) problems.push(`${where}: no 繁體 name for ${row.id}`);
    if (!row.name_en) problems.push(`${where}: no English name for ${row.id}`);
    rows.push(row);
  };

  for (const { name: fileName, doc } of seeds) {
    const plan = planById.get(doc.plan);
    if (!plan) {
      problems.push(`${fileName}: unknown plan ${doc.plan}`);
      continue;
    }
    let text: string | null = null;
    if (doc.plan !== 'national') {
      if (!doc.file || doc.file !== plan.file) {
        problems.push(`${fileName}: file must be ${plan.file} (the source text of plan ${plan.id})`);
        continue;
      }
      const p = path.join(seedDir, doc.file);
      if (!fs.existsSync(p)) {
        problems.push(`${fileName}: source text ${doc.file} is missing`);
        continue;
      }
      text = normalizeForQuote(fs.readFileSync(p, 'utf8'));
    }
    const quoteProblem = (quote: string): string | null =>
      text !== null && !text.includes(normalizeForQuote(quote)) ? `quote not found in ${doc.file}: «${quote}»` : null;

    // `derived`: a value computed from a rule, whose quote states the step, not the value (the
    // step is checked by expandTrajectory).
    const makeRow = (r: SeedRow, ind: Indicator, where: string, derived = false): CatalogRow | null => {
      const qp = quoteProblem(r.quote);
      if (qp) problems.push(`${where}: ${qp}`);
      if (!derived && !valueInQuote(r.value, r.quote)) problems.push(`${where}: value ${r.value} does not appear in its quote «${r.quote}»`);
      if (r.name && !r.name_en) problems.push(`${where}: a row that names itself (${r.name}) needs name_en too`);
      let source: CatalogRow['source'];
      if (doc.plan === 'national') {
        const docName = r.source ? doc.documents?.[r.source.document] ?? r.source.document : '';
        if (!r.source) problems.push(`${where}: a national row must cite {document, clause}`);
        source = { document: docName, clause: r.source?.clause, quote: r.quote };
      } else {
        source = { file: doc.file, document: plan.document, quote: r.quote };
      }
      const year = r.year ?? null;
      const name = r.name ?? ind.name;
      return {
        id: r.id ?? [doc.plan, r.indicator, r.stage, r.kind, year ?? undefined, r.scope].filter((x) => x !== undefined).join('.'),
        plan: doc.plan,
        indicator: r.indicator,
        name,
        name_hant: toTraditional(name),
        name_en: r.name_en ?? ind.name_en,
        stage: r.stage,
        kind: r.kind,
        year,
        value: r.value,
        unit: r.unit ?? ind.unit,
        direction: r.direction ?? ind.direction,
        scope: r.scope ?? null,
        source,
        ...(r.note ? { note: r.note } : {}),
      };
    };

    (doc.rows ?? []).forEach((r, i) => {
      const where = `${fileName}: rows[${i}] (${r.indicator} ${r.stage} ${r.year ?? ''})`;
      const ind = indicators.get(r.indicator);
      if (!ind) {
        problems.push(`${where}: unknown indicator ${r.indicator}`);
        return;
      }
      const row = makeRow(r, ind, where);
      if (row) addRow(row, where);
    });

    (doc.trajectories ?? []).forEach((t, i) => {
      const where = `${fileName}: trajectories[${i}] (${t.indicator})`;
      const ind = indicators.get(t.indicator);
      if (!ind) {
        problems.push(`${where}: unknown indicator ${t.indicator}`);
        return;
      }
      for (const row of expandTrajectory(t, problems, where)) {
        const made = makeRow(
          { indicator: t.indicator, stage: t.stage, kind: 'target', year: row.year, value: row.value, scope: t.scope, unit: t.unit,
            direction: t.direction, name: t.name, name_en: t.name_en, quote: row.quote },
          ind,
          `${where} ${row.year}`,
          row.rule !== undefined,
        );
        if (!made) continue;
        if (row.rule) {
          made.derived = { rule: row.rule };
        }
        addRow(made, `${where} ${row.year}`);
      }
      for (const q of [...t.points.map((p) => p.quote), ...(t.rules ?? []).map((r) => r.quote)]) {
        const qp = quoteProblem(q);
        if (qp) problems.push(`${where}: ${qp}`);
      }
    });
  }

  problems.push(...ambiguousPairs(rows));
  const keys = buildKeys([...indicators.values()], rows, problems);
  return { catalog: { plans, indicators: [...indicators.values()], rows, keys }, problems: dedupe(problems) };
}

/**
 * Pairs of rows a lookup cannot tell apart: a lookup resolves a name to its indicator, then picks
 * by plan, stage, scope, year and kind — so two rows equal in all of these but different in value
 * would make EDU.THRESHOLD return whichever comes first (issue 16: 安丘 市直学校培训学时 gave 90,
 * not 30). Each needs its own indicator (a sub-item name) or scope.
 * @example
 * ambiguousPairs([{id: 'a.x.all.target.2023', plan: 'a', indicator: 'x', stage: 'all', scope: null, year: 2023, kind: 'target', value: 90},
 *   {id: 'a.x.all.target.2023.sub', plan: 'a', indicator: 'x', stage: 'all', scope: null, year: 2023, kind: 'target', value: 30}] as CatalogRow[]);
 * // ['ambiguous rows a.x.all.target.2023 (90) and a.x.all.target.2023.sub (30): same plan, names, stage, scope, year and kind — give one its own sub-item indicator or scope']
 */
export function ambiguousPairs(rows: CatalogRow[]): string[] {
  const first = new Map<string, CatalogRow>();
  const out: string[] = [];
  for (const r of rows) {
    const k = [r.plan, r.indicator, r.stage, r.scope ?? '', r.year ?? '', r.kind].join('|');
    const prev = first.get(k);
    if (!prev) first.set(k, r);
    else if (prev.value !== r.value) {
      out.push(`ambiguous rows ${prev.id} (${prev.value}) and ${r.id} (${r.value}): same plan, names, stage, scope, year and kind — give one its own sub-item indicator or scope`);
    }
  }
  return out;
}

interface ExpandedPoint { year: number; value: number; quote: string; rule?: string }

/**
 * Expands a trajectory: stated points as they are; each rule adds `step` to the previous year's
 * value for every year from..to. A rule row's value cannot appear in its quote (it is computed), so
 * the check is that the STEP appears there (0.02 ↔ "2个百分点").
 * @example
 * expandTrajectory({indicator: 'x', stage: 'all', points: [{year: 2022, value: 0.5, quote: '50%'}],
 *   rules: [{from: 2023, to: 2024, step: 0.02, quote: '每年提升2个百分点'}]}, [], 'x')
 *   .map((p) => p.value); // [0.5, 0.52, 0.54]
 */
export function expandTrajectory(t: SeedTrajectory, problems: string[], where: string): ExpandedPoint[] {
  const byYear = new Map<number, ExpandedPoint>();
  for (const p of t.points) {
    if (!valueInQuote(p.value, p.quote)) problems.push(`${where}: value ${p.value} does not appear in its quote «${p.quote}»`);
    byYear.set(p.year, { year: p.year, value: p.value, quote: p.quote });
  }
  for (const rule of [...(t.rules ?? [])].sort((a, b) => a.from - b.from)) {
    if (!valueInQuote(rule.step, rule.quote)) problems.push(`${where}: step ${rule.step} does not appear in its quote «${rule.quote}»`);
    if (rule.to < rule.from) problems.push(`${where}: rule ${rule.from}-${rule.to} runs backwards`);
    const before = byYear.get(rule.from - 1);
    if (!before) {
      problems.push(`${where}: rule from ${rule.from} has no value for ${rule.from - 1} to start from`);
      continue;
    }
    let value = before.value;
    for (let y = rule.from; y <= rule.to; y++) {
      // Round to 10 decimals: 0.5 + 0.02 + 0.02 must be 0.54, not 0.5400000000000001.
      value = Math.round((value + rule.step) * 1e10) / 1e10;
      if (byYear.has(y)) problems.push(`${where}: year ${y} is both stated and derived by a rule`);
      byYear.set(y, { year: y, value, quote: rule.quote, rule: `${rule.from}-${rule.to} +${rule.step}/年` });
    }
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** Every normalised spelling (id, 简体, 繁體 variants, English, aliases, row names) → indicator id. */
function buildKeys(indicators: Indicator[], rows: CatalogRow[], problems: string[]): Record<string, string> {
  const keys: Record<string, string> = {};
  const add = (spelling: string, id: string, strong: boolean) => {
    const k = normalizeKey(spelling);
    if (!k) return;
    const prev = keys[k];
    if (prev && prev !== id) {
      // Indicator names and aliases must be unambiguous; a row's own wording yields to them.
      if (strong && strongKeys.has(k)) problems.push(`indicators ${prev} and ${id} are both called «${spelling}»`);
      if (!strong || strongKeys.has(k)) return;
    }
    keys[k] = id;
    if (strong) strongKeys.add(k);
  };
  const strongKeys = new Set<string>();
  for (const ind of indicators) {
    for (const s of [ind.id, ind.name, ind.name_en, ...ind.aliases]) {
      add(s, ind.id, true);
      for (const t of traditionalVariants(s)) add(t, ind.id, true);
    }
  }
  for (const row of rows) {
    for (const s of [row.name, row.name_en, ...traditionalVariants(row.name)]) add(s, row.indicator, false);
  }
  return keys;
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}

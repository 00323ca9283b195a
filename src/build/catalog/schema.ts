/**
 * JSON Schemas of the seed files, checked with ajv before anything else: a typo in a field name
 * must stop the build, not quietly drop a number.
 */
import { DIRECTIONS, KINDS, STAGES } from '../../domain/catalog/types';

const indicator = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'name_en', 'unit', 'direction'],
  properties: {
    id: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' },
    name: { type: 'string', minLength: 1 },
    name_en: { type: 'string', minLength: 1 },
    aliases: { type: 'array', items: { type: 'string', minLength: 1 } },
    unit: { type: 'string' },
    direction: { enum: DIRECTIONS },
  },
};

const row = {
  type: 'object',
  additionalProperties: false,
  required: ['indicator', 'stage', 'kind', 'value', 'quote'],
  properties: {
    id: { type: 'string', minLength: 1 },
    indicator: { type: 'string' },
    stage: { enum: STAGES },
    kind: { enum: KINDS },
    year: { type: ['integer', 'null'], minimum: 1949, maximum: 2100 },
    value: { type: 'number' },
    unit: { type: 'string' },
    direction: { enum: DIRECTIONS },
    scope: { type: 'string', minLength: 1 },
    quote: { type: 'string', minLength: 2 },
    name: { type: 'string', minLength: 1 },
    name_en: { type: 'string', minLength: 1 },
    note: { type: 'string' },
    source: {
      type: 'object',
      additionalProperties: false,
      required: ['document', 'clause'],
      properties: { document: { type: 'string' }, clause: { type: 'string' } },
    },
  },
};

const point = {
  type: 'object',
  additionalProperties: false,
  required: ['year', 'value', 'quote'],
  properties: { year: { type: 'integer' }, value: { type: 'number' }, quote: { type: 'string', minLength: 2 } },
};

const rule = {
  type: 'object',
  additionalProperties: false,
  required: ['from', 'to', 'step', 'quote'],
  properties: {
    from: { type: 'integer' },
    to: { type: 'integer' },
    step: { type: 'number' },
    quote: { type: 'string', minLength: 2 },
  },
};

const trajectory = {
  type: 'object',
  additionalProperties: false,
  required: ['indicator', 'stage', 'points'],
  properties: {
    indicator: { type: 'string' },
    stage: { enum: STAGES },
    scope: { type: 'string' },
    unit: { type: 'string' },
    direction: { enum: DIRECTIONS },
    name: { type: 'string' },
    name_en: { type: 'string' },
    points: { type: 'array', minItems: 1, items: point },
    rules: { type: 'array', items: rule },
  },
};

/** A seed file: a plan's rows (and the indicators it introduces). */
export const seedFileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['plan'],
  properties: {
    plan: { type: 'string' },
    file: { type: 'string' },
    documents: { type: 'object', additionalProperties: { type: 'string' } },
    indicators: { type: 'array', items: indicator },
    rows: { type: 'array', items: row },
    trajectories: { type: 'array', items: trajectory },
  },
};

/** seeds/indicators.yaml: the shared indicator definitions. */
export const indicatorsFileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['indicators'],
  properties: { indicators: { type: 'array', items: indicator } },
};

/** seeds/plans.yaml. */
export const plansFileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['plans'],
  properties: {
    plans: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'name_en', 'document', 'issuer', 'date'],
        properties: {
          id: { type: 'string' }, name: { type: 'string' }, name_en: { type: 'string' }, document: { type: 'string' },
          issuer: { type: 'string' }, date: { type: 'string' }, file: { type: 'string' },
        },
      },
    },
  },
};

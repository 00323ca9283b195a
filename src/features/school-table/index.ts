/**
 * Reading a user's school table: header recognition, highlight rules and the miss check, in one
 * import for the pane and the CLI.
 */
export { detectColumns, STAGE_HEADERS, STUDENT_HEADERS, type DetectOptions } from './headers';
export { checkMisses, highlightRules, type HighlightOptions, type Miss, type MissReport } from './highlight';
export { columnThresholds, type ColumnThresholds } from './thresholds';
export { matchHeader } from './header-text';
export { fillMerges } from './merges';
export { stageOfCell, STAGE_SPELLINGS } from './stage-cells';
export * from './types';

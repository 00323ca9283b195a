/** Every conformance row, in the order the docs list them. Add a new case file here. */
import type { Case } from './case';
import { catalogCases } from './cases-catalog';
import { coreCases } from './cases-core';
import { cohortCases } from './cases-cohort';
import { forecastCases } from './cases-forecast';
import { improvementCases } from './cases-improvement';

export const ALL_CASES: Case[] = [...coreCases, ...catalogCases, ...cohortCases, ...forecastCases, ...improvementCases];

import type { RuleDefinition } from '../define-rule';
import { responseDeadline } from './response-deadline';

/** Every finding rule, in catalogue order (RULES.md). Add a rule here when its file lands. */
export const RULES: readonly RuleDefinition[] = [
];

export const DEADLINE_RULE = responseDeadline;

export { parsePolicyText, validatePolicy, formatProblems, type PolicyProblem, type PolicyResult } from './validate-policy';

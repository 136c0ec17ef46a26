export { parsePolicyText, validatePolicy, formatProblems, type PolicyProblem, type PolicyResult } from './validate-policy';
export { loadDeployedPolicy, type CachedPolicy, type LoadedPolicy, type PolicyCache, type PolicyLoaderOptions, type PolicySource } from './policy-loader';

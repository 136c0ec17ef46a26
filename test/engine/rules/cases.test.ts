import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { DEADLINE_RULE, RULES } from '../../../src/engine/rules';
import { DEADLINE_CASES, RULE_CASES, casesFor } from '../../../src/engine/rules/cases';
import { cases as deadlineCases } from '../../../src/engine/rules/response-deadline';

const SRC = resolve(__dirname, '../../../src');
const RULES_DIR = join(SRC, 'engine/rules');
const REGISTRY = join(RULES_DIR, 'cases.ts');

describe('rule cases registry', () => {
  it.each(RULES.map((r) => [r.id]))('%s has at least six valid and six invalid cases', (id) => {
    const cases = casesFor(id);
    expect(cases.valid.length).toBeGreaterThanOrEqual(6);
    expect(cases.invalid.length).toBeGreaterThanOrEqual(6);
  });

  it('lists only rules that are registered, each with its own set', () => {
    expect(Object.keys(RULE_CASES).sort()).toEqual(RULES.map((r) => r.id).sort());
    expect(new Set(Object.values(RULE_CASES)).size).toBe(RULES.length);
  });

  it('refuses an id that has no cases', () => {
    expect(() => casesFor('no-such-rule')).toThrow('no-such-rule');
    expect(() => casesFor('toString')).toThrow();
  });

  it('holds the deadline rule\'s own cases', () => {
    expect(DEADLINE_RULE.id).toBe('response-deadline');
    expect(DEADLINE_CASES).toEqual(deadlineCases());
    expect(DEADLINE_CASES.length).toBeGreaterThanOrEqual(6);
  });

  it('keeps cases off the rule objects the bundles import', () => {
    for (const rule of [...RULES, DEADLINE_RULE]) expect(Object.keys(rule)).not.toContain('cases');
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Imports (and re-exports) in a file that reach the cases: the registry, or a rule file's `cases` export. */
function casesImports(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const resolveSpec = (spec: string) => (spec.startsWith('.') ? resolve(file, '..', spec).replace(/\.tsx?$/, '') : spec);
  for (const stmt of sf.statements) {
    let spec: ts.Expression | undefined;
    let names: string[] | 'all' = [];
    if (ts.isImportDeclaration(stmt)) {
      spec = stmt.moduleSpecifier;
      const bindings = stmt.importClause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names = 'all';
      else if (bindings) names = bindings.elements.map((e) => (e.propertyName ?? e.name).text);
    } else if (ts.isExportDeclaration(stmt) && stmt.moduleSpecifier) {
      spec = stmt.moduleSpecifier;
      names = stmt.exportClause && ts.isNamedExports(stmt.exportClause) ? stmt.exportClause.elements.map((e) => (e.propertyName ?? e.name).text) : 'all';
    }
    if (!spec || !ts.isStringLiteral(spec)) continue;
    const target = resolveSpec(spec.text);
    if (!target.startsWith(RULES_DIR + '/')) continue;
    if (target === REGISTRY.replace(/\.ts$/, '') || names === 'all' || names.includes('cases')) found.push(spec.text);
  }
  return found;
}

describe('cases stay out of the product bundles', () => {
  it('no module under src imports the cases except the registry', () => {
    const offenders = sourceFiles(SRC)
      .filter((f) => f !== REGISTRY)
      .flatMap((f) => casesImports(f).map((spec) => `${relative(SRC, f)} → ${spec}`));
    expect(offenders).toEqual([]);
  });

  it('the check above sees a cases import when there is one', () => {
    // The registry itself imports every rule's cases: the scan must find them.
    expect(casesImports(REGISTRY).length).toBe(RULES.length + 1);
  });
});

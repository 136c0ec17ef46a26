/**
 * The command line end to end over labelled corpora (CONTRACT.md §4), scored the way the shared
 * scorer scores them: a rule is flagged when it has an error or warning finding.
 *
 * Two sets: the project's own (test/corpus: four fictional councils, written from RULES.md without
 * looking at the rules' code, always present), and the shared development corpus, which lives beside
 * the repository rather than in it. PROTOCOL_GUARD_CORPUS points at another corpus folder (one
 * holding cases.json); when the shared set is absent its suite says so and is skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { runCheck } from '../../src/cli/check-command';
import type { FileResult } from '../../src/cli/check-file';
import { isFlagged } from '../../src/engine';

interface CorpusCase {
  readonly id: string;
  readonly file: string;
  readonly policy: string;
  readonly expect: readonly string[];
  readonly deadline: string | null;
}

const shared = resolve(process.env.PROTOCOL_GUARD_CORPUS ?? join(__dirname, '..', '..', '..', 'shared', 'corpus', 'dev'));
const own = join(__dirname, '..', 'corpus');

/** The rules RULES.md scores, and the F1 each must reach (core rules 0.95, the others 0.90). */
const CORE = ['bcc-use', 'councillor-not-on-original', 'obligation-in-councillor-name'];
const OTHERS = [
  'confidential-copied', 'pressure-on-officer', 'discourteous-language', 'officer-criticism-circulated',
  'employment-lobbying', 'undeclared-personal-interest', 'party-political-request', 'hidden-circulation',
  'ward-capacity-unstated',
];

function f1(tp: number, fp: number, fn: number): number {
  if (tp === 0) return fp === 0 && fn === 0 ? 1 : 0;
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return (2 * precision * recall) / (precision + recall);
}

function scoreCorpus(corpus: string): void {
  const present = existsSync(join(corpus, 'cases.json'));
  if (!present) console.warn(`corpus scoring skipped: no cases.json in ${corpus} (set PROTOCOL_GUARD_CORPUS)`);
  (present ? describe : describe.skip)(`protocol-guard check over ${relative(process.cwd(), corpus) || corpus}`, () => {
    const cases: CorpusCase[] = present ? JSON.parse(readFileSync(join(corpus, 'cases.json'), 'utf8')) : [];
    const results = new Map<string, FileResult>();

    beforeAll(async () => {
      const byPolicy = new Map<string, CorpusCase[]>();
      for (const c of cases) byPolicy.set(c.policy, [...(byPolicy.get(c.policy) ?? []), c]);
      for (const [policy, group] of byPolicy) {
        let json = '';
        await runCheck(group.map((c) => join(corpus, c.file)), { policy: join(corpus, policy), format: 'json' }, (s) => (json += s));
        const parsed = JSON.parse(json) as FileResult[];
        group.forEach((c, i) => results.set(c.id, parsed[i]!));
      }
    }, 120_000);

    it('checks every case without a file error or a rule failure', () => {
      const broken = cases.filter((c) => {
        const r = results.get(c.id);
        return !r || 'error' in r || (r.ruleFailures?.length ?? 0) > 0;
      });
      expect(broken.map((c) => c.id)).toEqual([]);
    });

    it('gets every deadline right', () => {
      const wrong = cases
        .map((c) => {
          const r = results.get(c.id);
          const got = r && !('error' in r) ? (r.deadline?.dueDate ?? null) : 'error';
          return { id: c.id, expected: c.deadline, got };
        })
        .filter((x) => x.expected !== x.got);
      expect(wrong).toEqual([]);
    });

    it.each([...CORE.map((rule) => [rule, 0.95] as const), ...OTHERS.map((rule) => [rule, 0.9] as const)])(
      '%s reaches F1 %s',
      (rule, target) => {
        let tp = 0;
        let fp = 0;
        let fn = 0;
        for (const c of cases) {
          const r = results.get(c.id);
          const flagged = !!r && !('error' in r) && r.findings.some((f) => f.rule === rule && isFlagged(f.severity));
          const expected = c.expect.includes(rule);
          if (flagged && expected) tp++;
          else if (flagged) fp++;
          else if (expected) fn++;
        }
        expect(f1(tp, fp, fn)).toBeGreaterThanOrEqual(target);
      },
    );
  });
}

scoreCorpus(own);
scoreCorpus(shared);

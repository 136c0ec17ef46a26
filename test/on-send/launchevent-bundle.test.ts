/**
 * The shipped launch-event file, as Outlook's JavaScript-only runtime gets it: built with the
 * project's webpack config (production), parsed as ES2016, then run in a bare `node:vm` context
 * (no DOM, no Node globals, no atob/self/performance) against a simulated Office object.
 *
 * The file is built into a temporary folder rather than read from dist/, so the test always
 * checks the current source and config, never a stale or concurrently rewritten build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { parse, type Node } from 'acorn';
import { simple } from 'acorn-walk';
import { RULES, resolvePolicy, type PolicyFile } from '../../src/engine';
import { clauseFor } from '../../src/engine/run-rules';
import { REVIEW_COMMAND_ID, type CompletedOptions } from '../../src/on-send/send-check';

const ROOT = join(__dirname, '..', '..');
let outDir = '';
let code = '';

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'pg-launchevent-'));
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--config-name', 'launchevent', '--output-path', outDir],
    { cwd: ROOT, stdio: 'pipe', env: { ...process.env, PG_POLICY: '' } },
  );
  const file = join(outDir, 'launchevent.js');
  if (!existsSync(file)) throw new Error(`the launch-event build wrote no ${file}`);
  code = readFileSync(file, 'utf8');
}, 240_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('launchevent.js as a file', () => {
  it('parses as an ES2016 script (no async/await, object spread, optional chaining, class fields, ES2018 regular expressions, …)', () => {
    expect(code.length).toBeGreaterThan(0);
    let problem = '';
    try {
      parse(code, { ecmaVersion: 2016, sourceType: 'script' });
    } catch (err) {
      const pos = (err as { pos?: number }).pos ?? 0;
      problem = `${(err as Error).message} near ${JSON.stringify(code.slice(Math.max(0, pos - 60), pos + 60))}`;
    }
    // Regular expressions are checked against the parser's ES version too, but list them all at once:
    // Unicode property escapes, lookbehind, named groups and the s flag are ES2018.
    const newer: string[] = [];
    simple(parse(code, { ecmaVersion: 'latest', sourceType: 'script' }) as Node, {
      Literal: (node) => {
        const regex = (node as unknown as { regex?: { pattern: string; flags: string } }).regex;
        if (regex && (/\\[pP]\{|\(\?<[=!]|\(\?<[A-Za-z]/.test(regex.pattern) || /[sd]/.test(regex.flags))) newer.push(`/${regex.pattern}/${regex.flags}`);
      },
    });
    expect({ problem, es2018RegExps: newer }).toEqual({ problem: '', es2018RegExps: [] });
  });

  it('the ES2016 parse really rejects newer syntax (so the check above can fail)', () => {
    expect(() => parse('async function f() { await 1; }', { ecmaVersion: 2016, sourceType: 'script' })).toThrow();
    expect(() => parse('const a = { ...b };', { ecmaVersion: 2016, sourceType: 'script' })).toThrow();
    expect(() => parse('a?.b', { ecmaVersion: 2016, sourceType: 'script' })).toThrow();
  });

  it('is self-contained: no import, export, dynamic import() or require()', () => {
    // Parsed as a script, an import or export declaration is already a syntax error; walk for the rest.
    const ast = parse(code, { ecmaVersion: 2020, sourceType: 'script' }) as Node;
    const found: string[] = [];
    simple(ast, {
      ImportExpression: () => found.push('import()'),
      CallExpression: (node) => {
        const callee = (node as unknown as { callee: { type: string; name?: string } }).callee;
        if (callee.type === 'Identifier' && callee.name === 'require') found.push('require()');
      },
    });
    expect(found).toEqual([]);
    expect(code).not.toMatch(/^\s*(?:import|export)\s/m);
  });

  it('does not carry the Graph sign-in library (@azure/msal-browser)', () => {
    expect(code).not.toMatch(/msal-browser|msal-common|PublicClientApplication/);
  });

  it('carries no dev-server, hot-reload or chunk-loading code', () => {
    for (const marker of [/webpack-dev-server/, /webpackHotUpdate/, /module\.hot\b/, /webpackHot/, /sockjs/i, /\bhmr\b/i, /webpackChunk/, /__webpack_require__\.e\b/]) {
      expect(code).not.toMatch(marker);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// A simulated Outlook: getAsync-style calls that answer on a later tick.

interface Person {
  displayName: string;
  emailAddress: string;
}

interface Scenario {
  to?: Person[];
  cc?: Person[];
  bcc?: Person[];
  from?: Person;
  subject?: string;
  body?: unknown;
  /** Mailbox requirement sets the client reports, as minor versions of 1.x. */
  mailboxMinor?: number;
  /** Calls that answer with status "failed". */
  fail?: string[];
  policy?: PolicyFile;
}

const OFFICER = { displayName: 'Mark Hughes', emailAddress: 'mark.hughes@northdown.gov.uk' };
const MANAGER = { displayName: 'Sue Grant', emailAddress: 'sue.grant@northdown.gov.uk' };
const COUNCILLOR = { displayName: 'Alice Brown', emailAddress: 'cllr.alice.brown@northdown.gov.uk' };

const POLICY: PolicyFile = {
  council: 'Northdown District Council',
  protocol: 'woking',
  timeZone: 'Europe/London',
  holidayRegion: 'GB-ENG',
  officerDomains: ['northdown.gov.uk'],
  councillors: [{ name: 'Alice Brown', email: COUNCILLOR.emailAddress, ward: 'Eastfield' }],
};

/**
 * Installed in the runtime before the bundle: replaces the global RegExp with one that throws, as an
 * ES2016 engine would, on features from ES2018 on: lookbehind `(?<=` `(?<!`, named groups `(?<name>`,
 * Unicode property escapes `\p{…}` `\P{…}` (u flag), and the s, d and v flags. Literals in the file
 * are covered by the ES2016 parse above; this covers `new RegExp(string)`. Records what it was asked.
 */
const ES2016_REGEXP = String.raw`
(function () {
  var Native = RegExp;
  var log = { calls: 0, rejected: [] };
  function newerFeature(source, flags) {
    var m = /[sdv]/.exec(flags);
    if (m) return 'flag ' + m[0];
    var inClass = false;
    for (var i = 0; i < source.length; i++) {
      var c = source[i];
      if (c === '\\') {
        if (flags.indexOf('u') >= 0 && (source[i + 1] === 'p' || source[i + 1] === 'P') && source[i + 2] === '{') return 'property escape';
        i++;
      } else if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (!inClass && c === '(' && source[i + 1] === '?' && source[i + 2] === '<') {
        return source[i + 3] === '=' || source[i + 3] === '!' ? 'lookbehind' : 'named group';
      }
    }
    return '';
  }
  function ES2016RegExp(pattern, flags) {
    var isRegExp = pattern instanceof Native;
    var source = isRegExp ? pattern.source : String(pattern === undefined ? '(?:)' : pattern);
    var f = flags === undefined ? (isRegExp ? pattern.flags : '') : String(flags);
    log.calls++;
    var problem = newerFeature(source, f);
    if (problem) {
      log.rejected.push(problem + ': /' + source.slice(0, 80) + '/' + f);
      throw new SyntaxError('Invalid regular expression (ES2016 engine, ' + problem + '): /' + source.slice(0, 80) + '/' + f);
    }
    return new Native(pattern, flags);
  }
  ES2016RegExp.prototype = Native.prototype;
  Object.setPrototypeOf(ES2016RegExp, Native);
  Object.defineProperty(globalThis, 'RegExp', { value: ES2016RegExp, writable: true, configurable: true });
  Object.defineProperty(globalThis, '__regexpLog', { value: log });
})();
`;

/** A fresh runtime per run: the bundle's module state (e.g. the failure mark) starts empty. */
function loadRuntime(s: Scenario) {
  const handlers = new Map<string, (event: { completed(options?: CompletedOptions): void }) => void>();
  const calls: string[] = [];
  const session = new Map<string, string>();
  const minor = s.mailboxMinor ?? 14;
  const answer = <T>(name: string, value: T, cb: (r: unknown) => void) => {
    calls.push(name);
    setTimeout(() =>
      cb(
        (s.fail ?? []).includes(name)
          ? { status: 'failed', error: { name: 'GenericResponseError', message: `${name} is not available` } }
          : { status: 'succeeded', value },
      ),
    );
  };
  const item: Record<string, unknown> = {
    to: { getAsync: (cb: never) => answer('to.getAsync', s.to ?? [], cb) },
    cc: { getAsync: (cb: never) => answer('cc.getAsync', s.cc ?? [], cb) },
    bcc: { getAsync: (cb: never) => answer('bcc.getAsync', s.bcc ?? [], cb) },
    from: { getAsync: (cb: never) => answer('from.getAsync', s.from ?? MANAGER, cb) },
    subject: { getAsync: (cb: never) => answer('subject.getAsync', s.subject ?? '', cb) },
    body: { getAsync: (_type: unknown, cb: never) => answer('body.getAsync', s.body ?? '', cb) },
    loadCustomPropertiesAsync: (cb: never) =>
      answer('loadCustomPropertiesAsync', { get: () => undefined, set: () => undefined, saveAsync: (done: (r: unknown) => void) => done({ status: 'succeeded' }) }, cb),
  };
  if (minor >= 11) {
    item.sessionData = {
      getAsync: (key: string, cb: never) => answer('sessionData.getAsync', session.get(key) ?? '', cb),
      setAsync: (key: string, value: string, cb: never) => {
        session.set(key, value);
        answer('sessionData.setAsync', undefined, cb);
      },
      removeAsync: (key: string, cb: never) => {
        session.delete(key);
        answer('sessionData.removeAsync', undefined, cb);
      },
    };
  }
  const policy = s.policy ?? POLICY;
  const Office = {
    actions: { associate: (name: string, fn: never) => handlers.set(name, fn) },
    context: {
      mailbox: { item },
      requirements: { isSetSupported: (name: string, version: string) => name === 'Mailbox' && Number(version.split('.')[1]) <= minor },
      roamingSettings: { get: (key: string) => (key === 'pg.policy' ? JSON.stringify({ url: 'https://example.invalid/policy.json', file: policy }) : undefined) },
    },
    MailboxEnums: { SendModeOverride: { PromptUser: 'promptUser' } },
    CoercionType: { Html: 'html', Text: 'text' },
  };
  // Only what the runtime gives a handler: the Office object and timers. No window, document,
  // self, atob, performance, process, require or Buffer.
  const context = vm.createContext({ Office, setTimeout, clearTimeout });
  // An ES2016 engine's RegExp: patterns built at run time may not use ES2018+ features either.
  vm.runInContext(ES2016_REGEXP, context, { filename: 'es2016-regexp.js' });
  vm.runInContext(code, context, { filename: 'launchevent.js' });
  const send = () =>
    new Promise<CompletedOptions[]>((resolve) => {
      const completed: CompletedOptions[] = [];
      const handler = handlers.get('onMessageSendHandler');
      if (!handler) throw new Error('onMessageSendHandler was not associated');
      handler({ completed: (options?: CompletedOptions) => completed.push({ ...(options as CompletedOptions) }) });
      // Wait past the handler's hard limit so a second completed() call would be seen too.
      const started = Date.now();
      const poll = setInterval(() => {
        if (completed.length > 0 && Date.now() - started > 200) {
          clearInterval(poll);
          resolve(completed);
        } else if (Date.now() - started > 6000) {
          clearInterval(poll);
          resolve(completed);
        }
      }, 50);
    });
  const regexps = () => (context as { __regexpLog: { calls: number; rejected: string[] } }).__regexpLog;
  return { handlers, send, calls, regexps };
}

const html = (text: string) => `<html><body>${text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</body></html>`;

describe('launchevent.js in a bare JavaScript runtime', () => {
  it('registers both handlers with Office.actions.associate', () => {
    const { handlers } = loadRuntime({});
    expect([...handlers.keys()].sort()).toEqual(['onMessageSendHandler', 'onNewMessageComposeHandler']);
  });

  it('a councillor in Bcc: Send stops with the rule and its clause, and Review opens the pane', async () => {
    const { send } = loadRuntime({
      to: [OFFICER],
      bcc: [COUNCILLOR],
      subject: 'Planning application PA/2025/0142',
      body: html('Mark,\n\nThe committee report for the planning application is attached for your comments.\n\nSue'),
    });
    const completed = await send();
    expect(completed).toHaveLength(1);
    const [options] = completed;
    expect(options.allowEvent).toBe(false);
    const rule = RULES.find((r) => r.id === 'bcc-use');
    if (!rule) throw new Error('the bcc-use rule is missing');
    const clause = clauseFor(rule, resolvePolicy(POLICY));
    expect(clause).toMatch(/^Woking \S+/);
    expect(options.errorMessage).toContain('Bcc');
    expect(options.errorMessage).toContain(clause);
    expect(options.cancelLabel).toBe('Review');
    expect(options.commandId).toBe(REVIEW_COMMAND_ID);
    expect(JSON.parse(options.contextData ?? '{}')).toEqual({ source: 'smart-alerts', rules: expect.arrayContaining(['bcc-use']) });
  }, 20_000);

  it('the runtime’s RegExp really rejects ES2018 patterns (so the checks below can fail)', () => {
    const { regexps } = loadRuntime({});
    const context = vm.createContext({});
    vm.runInContext(ES2016_REGEXP, context);
    for (const [pattern, flags] of [['(?<=a)b', ''], ['(?<!a)b', 'g'], ['(?<year>\\d{4})', ''], ['\\p{L}', 'u'], ['[\\P{Lu}]', 'iu'], ['a.b', 's']]) {
      expect(() => vm.runInContext(`new RegExp(${JSON.stringify(pattern)}, ${JSON.stringify(flags)})`, context)).toThrow(/ES2016 engine/);
    }
    for (const [pattern, flags] of [['\\\\p', 'u'], ['[(?<=]', ''], ['\\p{L}', ''], ['\\u{1F600}', 'u'], ['a', 'gimuy']]) {
      expect(() => vm.runInContext(`new RegExp(${JSON.stringify(pattern)}, ${JSON.stringify(flags)})`, context)).not.toThrow();
    }
    // The bundle builds patterns at run time when it loads: the check above is not vacuous.
    expect(regexps().calls).toBeGreaterThan(0);
    expect(regexps().rejected).toEqual([]);
  });

  it('a draft with language findings: every rule runs without error in an ES2016 engine, and the findings reach the alert', async () => {
    const { send, regexps } = loadRuntime({
      from: COUNCILLOR,
      to: [OFFICER],
      cc: [MANAGER, { displayName: 'Ben Ford', emailAddress: 'ben.ford@example.org' }],
      subject: 'Urgent: the Eastfield drainage complaint',
      body: html(
        [
          'Mark,',
          'I need you to sort this out by Friday. This is urgent and I expect a reply by 5pm tomorrow.',
          'Frankly the drainage team are useless and their manager, Tom Reed from Highways, has been incompetent throughout.',
          'As your ward councillor for Eastfield I am copying in Cllr Ben Ford, Dana Price and Evan Shaw.',
          'Please keep this confidential and do not share it with anyone else.',
          'Sue',
        ].join('\n\n'),
      ),
    });
    const completed = await send();
    expect(completed).toHaveLength(1);
    const [options] = completed;
    expect(options.allowEvent).toBe(false);
    // No "further checks could not run", no "could not check this message".
    expect(options.errorMessage).not.toMatch(/could not (?:run|check)/);
    const { rules } = JSON.parse(options.contextData ?? '{}') as { rules?: string[] };
    expect(rules).toEqual(expect.arrayContaining(['discourteous-language', 'officer-criticism-circulated']));
    expect(regexps().rejected).toEqual([]);
  }, 20_000);

  it('a clean draft is allowed with nothing else said', async () => {
    const { send } = loadRuntime({
      to: [OFFICER],
      subject: 'Room booking for Thursday',
      body: html('Mark,\n\nThank you for booking the committee room for Thursday at 10am.\n\nSue'),
    });
    expect(await send()).toEqual([{ allowEvent: true }]);
  }, 20_000);

  it('an Office call that fails: Send stops, says the check could not run and why, and offers Send Anyway (Mailbox 1.14)', async () => {
    const { send } = loadRuntime({ to: [OFFICER], bcc: [COUNCILLOR], subject: 'Update', body: html('Hello'), fail: ['bcc.getAsync'] });
    const completed = await send();
    expect(completed).toHaveLength(1);
    expect(completed[0].allowEvent).toBe(false);
    expect(completed[0].errorMessage).toMatch(/could not check this message/);
    expect(completed[0].errorMessage).toContain('bcc.getAsync');
    expect(completed[0].errorMessage).toMatch(/Send Anyway/);
    expect(completed[0].sendModeOverride).toBe('promptUser');
  }, 20_000);

  it('an Office call that fails on a client without Send Anyway: blocked with a message, and a second Send goes', async () => {
    const { send } = loadRuntime({ mailboxMinor: 12, to: [OFFICER], subject: 'Update', body: html('Hello'), fail: ['to.getAsync'] });
    const first = await send();
    expect(first).toHaveLength(1);
    expect(first[0].allowEvent).toBe(false);
    expect(first[0].errorMessage).toMatch(/could not check this message/);
    expect(first[0].errorMessage).toMatch(/Send again/);
    expect(first[0].sendModeOverride).toBeUndefined();
    const second = await send();
    expect(second).toEqual([{ allowEvent: true }]);
  }, 30_000);

  it('the engine throwing (Outlook hands back a body that is not text): blocked with the error, never silently allowed', async () => {
    const { send } = loadRuntime({ to: [OFFICER], subject: 'Update', body: 12345 });
    const completed = await send();
    expect(completed).toHaveLength(1);
    expect(completed[0].allowEvent).toBe(false);
    expect(completed[0].errorMessage).toMatch(/could not check this message/);
    expect(completed[0].errorMessage).toMatch(/stopped with an error/);
    expect(completed[0].sendModeOverride).toBe('promptUser');
  }, 20_000);
});

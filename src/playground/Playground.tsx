import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  Field,
  FluentProvider,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { PROTOCOL_IDS, type ProtocolId } from '../engine/model/policy';
import { parseAddressList } from '../engine/people';
import { PRESETS } from '../engine/presets';
import type { MailboxMode } from '../adapters/mailbox/port';
import { App } from '../taskpane/App';
import type { PolicyProblem } from '../adapters/policy';
import { calendarOf, demoRegister, formatAddress, formatAddresses, itemFromSample, sendCheckContext } from './items';
import { isProtocol, parseCustomPolicy, policyFileFor, policySourceFor, type PolicyChoice } from './policy-choice';
import { findSample, SAMPLE_COUNCIL, SAMPLES } from './samples';
import { REGISTER_KEY, SimulatedMailbox, type KeyValueStore, type SimulatedItem } from './simulated-mailbox';

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  intro: { maxWidth: '1100px', margin: `0 auto ${tokens.spacingVerticalL}` },
  h1: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold },
  lede: { margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2, maxWidth: '70ch' },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 360px',
    gap: tokens.spacingHorizontalXL,
    maxWidth: '1100px',
    margin: '0 auto',
    alignItems: 'start',
    '@media (max-width: 820px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
  },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalM },
  about: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  body: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  paneColumn: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  paneLabel: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
  },
  paneFrame: {
    minHeight: '560px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    boxShadow: tokens.shadow8,
    '@media (max-width: 820px)': { minHeight: 0 },
  },
});

/** Settings read from the address bar so a test or a bench can pin them. */
export interface PlaygroundSettings {
  readonly sampleId?: string;
  readonly mode?: MailboxMode;
  readonly protocol?: ProtocolId | 'default';
  /** `unreachable`: the deployed policy did not arrive and a saved copy is in use. */
  readonly policy?: 'unreachable';
  /** `send`: the pane opens as the Send check's Review button would open it for the first message. */
  readonly launch?: 'send';
  readonly latencyMs: number;
  /** A fixed "now" (ISO), for repeatable screenshots and tests. */
  readonly now?: string;
}

export function settingsFromUrl(search: string): PlaygroundSettings {
  const params = new URLSearchParams(search);
  const latency = Number(params.get('latency') ?? '0');
  const mode = params.get('mode');
  const protocol = params.get('protocol');
  const now = params.get('now');
  return {
    ...(params.get('policy') === 'unreachable' ? { policy: 'unreachable' as const } : {}),
    ...(params.get('launch') === 'send' ? { launch: 'send' as const } : {}),
    sampleId: params.get('sample') ?? undefined,
    mode: mode === 'read' || mode === 'compose' ? mode : undefined,
    protocol: protocol === 'default' ? 'default' : isProtocol(protocol) ? protocol : undefined,
    latencyMs: Number.isFinite(latency) && latency > 0 ? latency : 0,
    now: now && !Number.isNaN(Date.parse(now)) ? now : undefined,
  };
}

interface Fields {
  readonly from: string;
  readonly to: string;
  readonly cc: string;
  readonly bcc: string;
  readonly subject: string;
  readonly body: string;
}

function fieldsOf(item: SimulatedItem): Fields {
  return {
    from: item.from ? formatAddress(item.from) : '',
    to: formatAddresses(item.to),
    cc: formatAddresses(item.cc),
    bcc: formatAddresses(item.bcc),
    subject: item.subject,
    body: item.body,
  };
}

const EDIT_DELAY_MS = 300;

export interface PlaygroundProps {
  readonly settings: PlaygroundSettings;
  readonly storage: KeyValueStore;
}

/** Try the real task pane in a browser: pick a sample, switch mode, edit the message, choose a policy. */
export function Playground({ settings, storage }: PlaygroundProps) {
  const styles = useStyles();
  const clock = useMemo(() => (settings.now ? () => new Date(settings.now as string) : () => new Date()), [settings.now]);
  const firstSample = findSample(settings.sampleId) ?? SAMPLES[0];
  const [sampleId, setSampleId] = useState(firstSample.id);
  const [mode, setMode] = useState<MailboxMode>(settings.mode ?? firstSample.mode);
  const [policyChoice, setPolicyChoice] = useState<PolicyChoice>(() => {
    if (settings.protocol === 'default') return { kind: 'default' };
    const protocol = settings.protocol ?? SAMPLE_COUNCIL.protocol ?? 'model';
    return settings.policy === 'unreachable' ? { kind: 'unreachable', protocol } : { kind: 'sample', protocol };
  });
  const [customText, setCustomText] = useState(() => JSON.stringify({ ...SAMPLE_COUNCIL, protocol: 'harlow' }, null, 2));
  const [customProblems, setCustomProblems] = useState<readonly PolicyProblem[] | undefined>();
  const [policyMenu, setPolicyMenu] = useState(
    policyChoice.kind === 'sample' || policyChoice.kind === 'unreachable' ? `${policyChoice.kind}:${policyChoice.protocol}` : policyChoice.kind,
  );
  const policyFile = useMemo(() => policyFileFor(policyChoice), [policyChoice]);
  const policySource = useMemo(() => policySourceFor(policyChoice, clock()), [policyChoice, clock]);

  // The item lives outside the mailbox so switching mode or policy keeps the user's edits.
  const [item, setItem] = useState<SimulatedItem>(() => itemFromSample(firstSample, clock(), calendarOf(policyFile)));
  const [fields, setFields] = useState<Fields>(() => fieldsOf(item));
  const [paneNote, setPaneNote] = useState<string | undefined>();

  // Seed the register once per browser, on the calendar of the first policy shown; later changes
  // are the user's own.
  const seedCalendar = useRef(calendarOf(policyFile));
  useEffect(() => {
    if (storage.getItem(REGISTER_KEY) === null) {
      storage.setItem(REGISTER_KEY, JSON.stringify(demoRegister(clock(), seedCalendar.current)));
    }
  }, [storage, clock]);

  // Opened from the Send check (?launch=send): only for the message that was being sent.
  const [sendLaunch] = useState(() =>
    settings.launch === 'send' && (settings.mode ?? firstSample.mode) === 'compose'
      ? { itemId: item.id, context: sendCheckContext(item, policyFile, clock()) }
      : undefined,
  );

  const openItem = useRef<(next: SimulatedItem, nextMode: MailboxMode) => void>(() => undefined);
  // A new mailbox only when the user picks another item, mode or policy. Edits and fixes change
  // the message inside the current mailbox (edit(), applyFix()), so it starts from the latest copy.
  const latestItem = useRef(item);
  latestItem.current = item;
  const itemId = item.id;
  const mailbox = useMemo(
    () =>
      new SimulatedMailbox({
        mode,
        item: { ...latestItem.current, id: itemId },
        policy: policyFile,
        policySource,
        ...(sendLaunch?.context && sendLaunch.itemId === itemId ? { launchContext: sendLaunch.context } : {}),
        storage,
        latencyMs: settings.latencyMs,
        clock,
        onOpenItem: (next, nextMode) => openItem.current(next, nextMode),
      }),
    [itemId, mode, policyFile, policySource, sendLaunch, storage, settings.latencyMs, clock],
  );

  openItem.current = (next, nextMode) => {
    setItem(next);
    setFields(fieldsOf(next));
    setMode(nextMode);
    setPaneNote('The interim reply opened as a new message, as Outlook would open a reply form.');
  };

  // Fixes change the message inside the mailbox: show the result in the editor. The user's own
  // edits are not written back, so half-typed addresses are left as typed.
  useEffect(
    () =>
      mailbox.subscribe((changed, cause) => {
        setItem(changed);
        if (cause === 'fix') setFields(fieldsOf(changed));
      }),
    [mailbox],
  );

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const editField = useCallback(
    (name: keyof Fields, value: string) => {
      setFields((f) => ({ ...f, [name]: value }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const isAddress = name === 'from' || name === 'to' || name === 'cc' || name === 'bcc';
        if (name === 'from') mailbox.edit({ from: parseAddressList(value)[0] });
        else if (isAddress) mailbox.edit({ [name]: parseAddressList(value) });
        else mailbox.edit({ [name]: value });
      }, EDIT_DELAY_MS);
    },
    [mailbox],
  );

  const pickSample = (id: string) => {
    const sample = findSample(id);
    if (!sample) return;
    const next = itemFromSample(sample, clock(), calendarOf(policyFile));
    setSampleId(id);
    setItem(next);
    setFields(fieldsOf(next));
    setMode(sample.mode);
    setPaneNote(undefined);
  };

  const applyCustom = () => {
    const result = parseCustomPolicy(customText);
    if (result.ok) {
      setCustomProblems(undefined);
      setPolicyChoice({ kind: 'custom', file: result.file });
    } else {
      setCustomProblems(result.problems);
    }
  };

  const sample = findSample(sampleId) ?? firstSample;
  const showCustom = policyMenu === 'custom';

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <div className={styles.intro}>
          <h1 className={styles.h1}>Protocol Guard playground</h1>
          <p className={styles.lede}>
            The real task pane, running against a simulated Outlook mailbox. Pick a sample, edit the message, apply a fix, or start a
            reminder on an enquiry. Everything stays in this browser; the people and council are fictional.
          </p>
        </div>
        <div className={styles.columns}>
          <section className={styles.panel} aria-labelledby="pg-message">
            <h2 id="pg-message" className={styles.h2}>
              Message
            </h2>
            <div className={styles.row}>
              <Field label="Sample message" hint={sample.about}>
                <Select value={sampleId} onChange={(_, d) => pickSample(d.value)}>
                  {SAMPLES.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.title}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label="Outlook mode">
                <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as MailboxMode)} layout="horizontal">
                  <Radio value="compose" label="Writing" />
                  <Radio value="read" label="Reading" />
                </RadioGroup>
              </Field>
            </div>
            <Field label="Council policy">
              <Select
                value={policyMenu}
                onChange={(_, d) => {
                  setPolicyMenu(d.value);
                  setCustomProblems(undefined);
                  const [kind, protocol] = d.value.split(':');
                  if (d.value === 'default') setPolicyChoice({ kind: 'default' });
                  else if ((kind === 'sample' || kind === 'unreachable') && isProtocol(protocol ?? null)) {
                    setPolicyChoice({ kind, protocol: protocol as ProtocolId });
                  }
                }}
              >
                {PROTOCOL_IDS.map((id) => (
                  <option key={id} value={`sample:${id}`}>
                    Sample council, {PRESETS[id].citeAs}
                    {id === 'model' ? '' : ' protocol'}
                  </option>
                ))}
                <option value={`unreachable:${policyChoice.kind === 'unreachable' ? policyChoice.protocol : (SAMPLE_COUNCIL.protocol ?? 'model')}`}>Deployed policy unreachable (saved copy in use)</option>
                <option value="default">No policy file (embedded default)</option>
                <option value="custom">Paste a policy file (JSON)</option>
              </Select>
            </Field>
            {showCustom && (
              <Field
                label="Policy file (JSON)"
                hint="Checked against policy.schema.json; an invalid file is rejected whole."
                validationState={customProblems ? 'error' : 'none'}
                validationMessage={customProblems ? `${customProblems.length} problem${customProblems.length === 1 ? '' : 's'}` : undefined}
              >
                <Textarea className={styles.body} rows={8} resize="vertical" value={customText} onChange={(_, d) => setCustomText(d.value)} />
              </Field>
            )}
            {showCustom && (
              <div className={styles.tools}>
                <Button onClick={applyCustom}>Apply policy</Button>
              </div>
            )}
            {customProblems && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>Policy rejected</MessageBarTitle>
                  <ul>
                    {customProblems.map((p, i) => (
                      <li key={i}>
                        <code>{p.pointer || '/'}</code>: {p.message}
                        {p.hint ? ` (${p.hint})` : ''}
                      </li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            )}
            <Field label="From">
              <Input value={fields.from} onChange={(_, d) => editField('from', d.value)} />
            </Field>
            <Field label="To" hint="Separate recipients with semicolons: Name <address>; …">
              <Input value={fields.to} onChange={(_, d) => editField('to', d.value)} />
            </Field>
            <Field label="Cc">
              <Input value={fields.cc} onChange={(_, d) => editField('cc', d.value)} />
            </Field>
            <Field label="Bcc">
              <Input value={fields.bcc} onChange={(_, d) => editField('bcc', d.value)} />
            </Field>
            <Field label="Subject">
              <Input value={fields.subject} onChange={(_, d) => editField('subject', d.value)} />
            </Field>
            <Field label="Body" hint="Text above the first quoted header is the new text; the rest is the quoted thread.">
              <Textarea className={styles.body} rows={16} resize="vertical" value={fields.body} onChange={(_, d) => editField('body', d.value)} />
            </Field>
            {mode === 'read' && item.receivedAt && (
              <p className={styles.note}>
                Received {new Date(item.receivedAt).toLocaleString('en-GB', { timeZone: policyFile?.timeZone ?? 'Europe/London' })}
                {item.categories?.length ? ` · Categories: ${item.categories.join(', ')}` : ''}
              </p>
            )}
            {item.deliverAt && <p className={styles.note}>Delivery delayed until {new Date(item.deliverAt).toLocaleString('en-GB')}.</p>}
            <div className={styles.tools}>
              <Button size="small" onClick={() => mailbox.failNext('to.getAsync')}>
                Fail the next Outlook read
              </Button>
              <Button
                size="small"
                onClick={() => {
                  storage.setItem(REGISTER_KEY, JSON.stringify(demoRegister(clock(), calendarOf(policyFile))));
                  pickSample(sampleId);
                }}
              >
                Reset tracked enquiries
              </Button>
            </div>
            <p className={styles.note}>
              “Fail the next Outlook read” makes the next check fail as Outlook can; press Check again in the pane to see the error and
              Retry. Add <code>?latency=50</code> to the address to delay every simulated Outlook call by 50 ms.
            </p>
          </section>
          <div className={styles.paneColumn}>
            <p className={styles.paneLabel} aria-hidden>
              Task pane
            </p>
            {paneNote && (
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>{paneNote}</MessageBarBody>
              </MessageBar>
            )}
            <div className={styles.paneFrame} data-testid="task-pane">
              <App key={`${item.id}|${mode}|${JSON.stringify(policyChoice)}`} port={mailbox} clock={clock} />
            </div>
          </div>
        </div>
      </div>
    </FluentProvider>
  );
}

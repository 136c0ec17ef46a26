import type { ProtocolId } from '../model/policy';

/** What the product says about each supported protocol. Clause numbers live in each rule file. */
export interface PresetInfo {
  readonly id: ProtocolId;
  /** Short name used in front of clause numbers: "Woking 11.3". */
  readonly citeAs: string;
  readonly title: string;
  /** Whether the protocol numbers its clauses (Rushcliffe uses section headings). */
  readonly numbered: boolean;
}

export const PRESETS: Readonly<Record<ProtocolId, PresetInfo>> = {
  woking: { id: 'woking', citeAs: 'Woking', title: 'Woking Borough Council Member/Officer protocol', numbered: true },
  runnymede: { id: 'runnymede', citeAs: 'Runnymede', title: 'Runnymede Borough Council Member/Officer protocol', numbered: true },
  rushcliffe: { id: 'rushcliffe', citeAs: 'Rushcliffe', title: 'Rushcliffe Borough Council Member/Officer protocol', numbered: false },
  harlow: { id: 'harlow', citeAs: 'Harlow', title: 'Harlow Council Member/Officer protocol', numbered: true },
  bursledon: { id: 'bursledon', citeAs: 'Bursledon', title: 'Bursledon Parish Council Member/Officer protocol', numbered: true },
  model: { id: 'model', citeAs: 'Model protocol', title: 'Protocol Guard model protocol (good practice drawn from the five)', numbered: false },
};

/** "Woking 11.3", "Rushcliffe: Confidentiality", or the preset's name alone when it has no clause. */
export function formatClause(protocol: ProtocolId, clause: string | undefined): string {
  const preset = PRESETS[protocol];
  if (!clause) return preset.citeAs;
  return preset.numbered ? `${preset.citeAs} ${clause}` : `${preset.citeAs}: ${clause}`;
}

import type { Severity } from './severity';

export const PROTOCOL_IDS = ['woking', 'runnymede', 'rushcliffe', 'harlow', 'bursledon', 'model'] as const;
export type ProtocolId = (typeof PROTOCOL_IDS)[number];

export const HOLIDAY_REGIONS = ['GB-ENG', 'GB-SCT', 'GB-NIR'] as const;
export type HolidayRegion = (typeof HOLIDAY_REGIONS)[number];

export interface CouncillorEntry {
  readonly name: string;
  readonly email?: string;
  readonly aliases?: readonly string[];
  readonly roles?: readonly string[];
  readonly ward?: string;
}

/** The council's policy file as written by its IT admin (CONTRACT.md §1). Every field optional. */
export interface PolicyFile {
  readonly council?: string;
  readonly protocol?: ProtocolId;
  readonly timeZone?: string;
  readonly holidayRegion?: HolidayRegion;
  readonly workingHours?: { readonly start: string; readonly end: string };
  readonly workingDays?: readonly number[];
  readonly officerDomains?: readonly string[];
  readonly councillors?: readonly CouncillorEntry[];
  readonly councillorLists?: readonly string[];
  readonly councillorAddressPatterns?: readonly string[];
  readonly detectCouncillorByTitle?: boolean;
  readonly recordAddresses?: readonly string[];
  readonly responseDays?: {
    readonly default?: number;
    readonly byRole?: Readonly<Record<string, number>>;
    readonly urgent?: number;
  };
  readonly urgentTerms?: readonly string[];
  readonly rules?: Readonly<Record<string, Severity>>;
  /** Extra words per rule, merged into the rule's own lexicon. */
  readonly extraTerms?: Readonly<Record<string, readonly string[]>>;
  /** A council's own wording for a clause, keyed by rule id. */
  readonly clauseText?: Readonly<Record<string, string>>;
  /** What Smart Alerts does with flagged findings. */
  readonly sendMode?: 'SoftBlock' | 'PromptUser';
  /** The council's Entra app for Microsoft Graph (follow-up flags on tracked enquiries); optional. */
  readonly graph?: { readonly clientId: string; readonly authority?: string };
}

/** A validated policy with every default filled in: what rules read. */
export interface Policy {
  readonly council: string;
  readonly protocol: ProtocolId;
  readonly timeZone: string;
  readonly holidayRegion: HolidayRegion;
  readonly workingHours: { readonly start: string; readonly end: string };
  readonly workingDays: readonly number[];
  readonly officerDomains: readonly string[];
  readonly councillors: readonly CouncillorEntry[];
  readonly councillorLists: readonly string[];
  readonly councillorAddressPatterns: readonly string[];
  readonly detectCouncillorByTitle: boolean;
  readonly recordAddresses: readonly string[];
  readonly responseDays: {
    readonly default: number;
    readonly byRole: Readonly<Record<string, number>>;
    readonly urgent?: number;
  };
  readonly urgentTerms: readonly string[];
  readonly rules: Readonly<Record<string, Severity>>;
  readonly extraTerms: Readonly<Record<string, readonly string[]>>;
  readonly clauseText: Readonly<Record<string, string>>;
  readonly sendMode: 'SoftBlock' | 'PromptUser';
}

export const DEFAULT_POLICY: Policy = {
  council: 'Your council',
  protocol: 'model',
  timeZone: 'Europe/London',
  holidayRegion: 'GB-ENG',
  workingHours: { start: '09:00', end: '17:00' },
  workingDays: [1, 2, 3, 4, 5],
  officerDomains: [],
  councillors: [],
  councillorLists: [],
  councillorAddressPatterns: ['cllr.*@*', 'councillor.*@*'],
  detectCouncillorByTitle: true,
  recordAddresses: [],
  responseDays: { default: 5, byRole: {} },
  urgentTerms: ['safeguarding', 'urgent', 'emergency'],
  rules: {},
  extraTerms: {},
  clauseText: {},
  sendMode: 'SoftBlock',
};

/** Fill in defaults. The file must already be schema-valid (adapters/policy does that). */
export function resolvePolicy(file: PolicyFile): Policy {
  const d = DEFAULT_POLICY;
  return {
    council: file.council ?? d.council,
    protocol: file.protocol ?? d.protocol,
    timeZone: file.timeZone ?? d.timeZone,
    holidayRegion: file.holidayRegion ?? d.holidayRegion,
    workingHours: file.workingHours ?? d.workingHours,
    workingDays: file.workingDays ?? d.workingDays,
    officerDomains: (file.officerDomains ?? d.officerDomains).map((x) => x.toLowerCase()),
    councillors: file.councillors ?? d.councillors,
    councillorLists: (file.councillorLists ?? d.councillorLists).map((x) => x.toLowerCase()),
    councillorAddressPatterns: file.councillorAddressPatterns ?? d.councillorAddressPatterns,
    detectCouncillorByTitle: file.detectCouncillorByTitle ?? d.detectCouncillorByTitle,
    recordAddresses: (file.recordAddresses ?? d.recordAddresses).map((x) => x.toLowerCase()),
    responseDays: {
      default: file.responseDays?.default ?? d.responseDays.default,
      byRole: file.responseDays?.byRole ?? d.responseDays.byRole,
      urgent: file.responseDays?.urgent,
    },
    urgentTerms: file.urgentTerms ?? d.urgentTerms,
    rules: file.rules ?? d.rules,
    extraTerms: file.extraTerms ?? d.extraTerms,
    clauseText: file.clauseText ?? d.clauseText,
    sendMode: file.sendMode ?? d.sendMode,
  };
}

/**
 * Cue words for commitments and instructions made on the Council's behalf. Data only: the matchers
 * in ../obligations.ts decide how the words combine with grammar (subject, modal, tense, negation).
 * Verbs are listed in their base form; multi-word entries are matched against the words that
 * follow the main verb ("keep you updated", "make the case").
 */
export const OBLIGATIONS_LEXICON = {
  /** Auxiliaries that turn a plain future into an undertaking. */
  commitModals: ['will', 'shall', 'going to', 'gonna'],

  /** Auxiliaries that leave the outcome open. */
  hedgeModals: ['may', 'might', 'could', 'would', 'should', 'can', 'must', 'ought', 'need', 'hope'],

  /** Main verbs that are themselves an undertaking in the present tense ("the Council agrees to waive"). */
  undertakingVerbs: ['agree', 'undertake', 'guarantee', 'commit', 'promise', 'pledge', 'consent'],

  /** Verbs that vouch for someone else's action ("I will make sure the payment is made"). */
  assuranceVerbs: ['ensure', 'make sure', 'make certain', 'see to it', 'guarantee', 'arrange for', 'get'],

  /**
   * Things only the Council (its officers, its budget) can do. A councillor saying "I will pay /
   * refund / repair" is standing in for the Council; a passive "your fee will be waived" promises it.
   */
  councilActionVerbs: [
    'pay', 'refund', 'reimburse', 'repay', 'compensate', 'waive', 'write off', 'fund', 'grant', 'award', 'credit',
    'cancel your', 'cancel the charge', 'cancel the penalty', 'cancel the fine', 'cancel the notice', 'cancel the pcn',
    'cancel the invoice', 'cancel the bill', 'cancel the summons', 'withdraw the', 'withdraw your', 'rescind',
    'cover the', 'cover your', 'cover any', 'cover all', 'meet the cost', 'meet the full cost', 'meet your', 'bear the cost',
    'indemnify', 'honour', 'exempt', 'repair', 'fix', 'mend', 'replace', 'relay', 're-lay', 'resurface', 'rebuild',
    'install', 'remove the', 'restore', 'reinstate', 'make good', 'put right', 'rehouse', 'reverse', 'overturn',
    'approve', 'carry out', 'write off', 'discount',
  ],


  /**
   * Process, advocacy and courtesy steps: they promise effort, contact or thought, not an outcome.
   * "will consider", "will look into", "will ask officers", "will keep you updated", "will be in touch".
   */
  proceduralVerbs: [
    'consider', 'reconsider', 'look into', 'look at', 'look', 'review', 'investigate', 'explore', 'examine', 'assess',
    'inspect', 'survey', 'visit', 'check', 'monitor', 'discuss', 'decide', 'determine', 'weigh', 'think', 'study',
    'ask', 'raise', 'chase', 'press', 'push', 'pursue', 'lobby', 'campaign', 'fight', 'argue', 'urge', 'support',
    'speak', 'talk', 'write', 'contact', 'email', 'phone', 'call', 'ring', 'meet you', 'meet with', 'meet on', 'meet residents', 'meet officers', 'meet them', 'meet the', 'attend', 'come', 'go', 'join',
    'respond', 'reply', 'answer', 'acknowledge', 'update', 'inform', 'tell', 'let', 'notify', 'report',
    'feed back', 'get back', 'come back', 'be in touch', 'get in touch', 'follow up', 'find out', 'see', 'hear',
    'pass on', 'pass', 'forward', 'refer', 'liaise', 'consult', 'seek', 'try', 'aim', 'endeavour', 'attempt',
    'hope', 'need', 'want', 'wish', 'like', 'love', 'be', 'have', 'have to', 'continue', 'remain', 'bear in mind',
    'take into account', 'note', 'welcome', 'share', 'explain', 'send', 'remember', 'do my best', 'do what',
    'do everything', 'do all', 'make the case', 'make representations', 'make enquiries',
    'highlight', 'mention', 'flag', 'recommend', 'suggest', 'propose', 'request', 'apply', 'wait', 'watch', 'treat this', 'treat it', 'treat your',
    'keep an eye', 'keep you', 'keep in touch', 'keep fighting', 'keep pushing', 'keep pressing', 'keep campaigning', 'keep it under review', 'keep this under review', 'keep the matter under review', 'keep my', 'let you know', 'be able', 'be happy', 'be glad', 'be delighted', 'be pleased',
    'pay a visit', 'pay tribute', 'pay attention', 'pay close attention', 'fix a date', 'fix a time', 'fix up', 'put you in touch', 'put your case', 'put the case', 'put forward', 'put this to', 'put it to', 'bring this', 'bring it', 'bring your', 'work', 'deal with', 'handle', 'publish', 'take forward', 'take this forward', 'take it forward', 'take this up', 'take it up', 'take a look', 'keep the pressure', 'keep up', 'keep confidential', 'thank', 'apologise', 'understand', 'know', 'read', 'learn', 'hold', 'organise', 'arrange', 'invite', 'pop',
  ],

  /** Verbs and adverbs that, governing a clause, turn a promise into a hope or a report ("I hope the Council will…"). */
  hedgeVerbs: [
    'hope', 'expect', 'think', 'believe', 'understand', 'trust', 'assume', 'imagine', 'suspect', 'anticipate',
    'reckon', 'guess', 'feel', 'doubt', 'wonder', 'ask', 'check', 'see', 'find out', 'query', 'establish',
    'be sure', 'be confident', 'be hopeful', 'be optimistic', 'be certain', 'be likely', 'be unlikely',
  ],
  hedgeWords: [
    'whether', 'if', 'perhaps', 'possibly', 'probably', 'hopefully', 'maybe', 'likely', 'unlikely', 'ideally',
    'potentially', 'presumably', 'eventually',
  ],
  /** Conditions after the verb that leave the outcome open ("… if funding allows"). */
  trailingHedges: [
    'if possible', 'where possible', 'wherever possible', 'if funding allows', 'if funding is available',
    'funding permitting', 'budget permitting', 'subject to funding', 'subject to approval', 'subject to agreement',
    'all being well', 'i hope', 'i expect', 'i think', 'i believe', 'hopefully', 'in due course',
  ],

  /** Openers that make the whole sentence conditional on something uncertain ("If funding allows, …"); a condition on the reader ("If you send…") is not doubt. */
  conditionalOpeners: ['if', 'subject to', 'provided', 'providing', 'assuming', 'as long as', 'so long as', 'depending on', 'pending', 'should', 'in principle'],

  /** Verbs that attribute a statement to someone else ("officers tell me the Council will…"). */
  reportingVerbs: [
    'tell', 'say', 'advise', 'inform', 'confirm', 'report', 'explain', 'indicate', 'state', 'suggest', 'write',
    'mention', 'assure', 'promise', 'claim', 'announce', 'reply', 'respond',
  ],

  /** Subjects that speak for the Council: its officers, teams and contractors. */
  councilAgents: [
    'council', 'authority', 'officer', 'officers', 'contractor', 'contractors', 'team', 'teams', 'staff',
    'department', 'service', 'services', 'crew', 'crews', 'engineer', 'engineers', 'warden', 'wardens',
    'inspector', 'inspectors', 'cabinet', 'directorate', 'workforce', 'operatives', 'colleagues',
  ],
  /** Qualifiers that make "council" another body ("the County Council"), unless the council's own name has them. */
  otherBodies: ['county', 'parish', 'town', 'city', 'neighbouring', 'another', 'other', 'district', 'borough', 'unitary'],
  /** Qualifiers that make a council agent someone else's ("the Environment Agency's contractor"). */
  notCouncilAgents: ['police', 'government', 'agency', 'developer', "developer's", 'landlord', "landlord's", 'network', 'utility', 'company', "company's", 'association'],

  /** Subjects that name a decision or policy: describing what it provides is an account, not a promise. */
  decisionNouns: [
    'decision', 'decisions', 'policy', 'policies', 'scheme', 'strategy', 'review', 'programme', 'plan', 'plans',
    'budget', 'consultation', 'changes', 'change', 'rules', 'tariff', 'arrangements', 'proposal', 'proposals',
    'charges', 'appeal', 'report', 'process', 'law', 'legislation', 'regulations', 'guidance', 'criteria',
  ],

  /** A promised payment to the reader: "you will receive a refund", "you will be reimbursed". */
  beneficiaryVerbs: ['receive', 'get', 'be paid', 'be refunded', 'be reimbursed', 'be compensated', 'be credited', 'be offered', 'be given', 'be awarded', 'be sent', 'be entitled', 'be exempt'],
  benefitNouns: [
    'refund', 'compensation', 'payment', 'credit', 'grant', 'reimbursement', 'rebate', 'discount', 'award',
    'cheque', 'money', 'voucher', 'goodwill', 'ex gratia', 'sum', 'repayment', 'reduction', 'exemption', 'waiver',
  ],
  /** Negated, these promise a waiver: "you will not be charged". */
  waivedCharges: ['be charged', 'have to pay', 'need to pay', 'be liable', 'be billed', 'be fined', 'be asked to pay', 'be out of pocket', 'lose out'],

  /** Predicates that impose a duty on the reader: "you are required / instructed to". */
  instructionPredicates: ['require', 'instruct', 'direct', 'order', 'oblige', 'obligate', 'expect', 'request', 'hereby'],
  /** Modals that command when the reader is the subject ("you must"). */
  instructionModals: ['must', 'shall'],
  /** After "must be", these describe feelings, not duties ("you must be so frustrated"). */
  epistemicStates: [
    'frustrated', 'worried', 'annoyed', 'upset', 'concerned', 'disappointed', 'relieved', 'exhausted', 'tired',
    'fed up', 'aware', 'pleased', 'delighted', 'sick', 'angry', 'distressed', 'shocked', 'devastated', 'anxious',
    'wondering', 'feeling', 'thinking', 'sure', 'right', 'joking', 'kidding',
  ],

  /** After "you must", advice rather than a duty imposed for the Council ("you must let me know", "you must contact the police"). */
  adviceAfterMust: [
    'contact', 'call', 'ring', 'phone', 'email', 'tell', 'let', 'report', 'feel', 'get in touch', 'come', 'visit',
    'take care', 'look after', 'keep safe', 'stay', 'ask', 'speak', 'not hesitate', 'hesitate', 'try', 'see',
    'know', 'remember', 'go', 'get', 'enjoy', 'forgive', 'excuse', 'keep me', 'keep in touch', 'join', 'pop',
  ],
  /** Imperatives that start like a directive verb but invite or advise ("stop by", "pay us a visit"). */
  notDirective: ['stop by', 'stop in', 'stop off', 'pay us a visit', 'pay a visit', 'pay attention', 'clear up any', 'return the favour', 'remove me', 'remove my'],

  /** Verbs of enforcement: as a bare imperative, or after "you will / need to" with a deadline, they instruct. */
  directiveVerbs: [
    'stop', 'cease', 'desist', 'remove', 'vacate', 'restore', 'reinstate', 'demolish', 'dismantle', 'take down',
    'clear', 'comply', 'refrain', 'rectify', 'remedy', 'make good', 'relocate', 'discontinue', 'halt', 'suspend',
    'repair', 'reduce', 'settle', 'pay', 'abate', 'cut back', 'trim', 'fence', 'secure', 'surrender', 'return',
  ],
  /** Negated imperatives that forbid ("do not obstruct the footway"). */
  prohibitedVerbs: ['obstruct', 'park', 'place', 'display', 'dump', 'block', 'enter', 'occupy', 'trade', 'erect', 'build', 'continue', 'proceed', 'resume', 'use', 'fell', 'burn', 'store'],
  /** Courtesy words that make an imperative a request. */
  politeMarkers: ['please', 'kindly', 'do', 'feel free'],

  /** Verbs by which the Council binds itself ("the Council agrees to…", "we have undertaken to…"), all inflections. */
  bindingVerbs: ['agree', 'agrees', 'agreed', 'undertake', 'undertakes', 'undertaken', 'undertook', 'guarantee', 'guarantees', 'guaranteed', 'commit', 'commits', 'committed', 'promise', 'promises', 'promised', 'pledge', 'pledges', 'pledged'],
  /** After a binding verb these keep the matter open, so nothing is bound ("agreed to consider"). */
  openEndedAfterBinding: ['consider', 'review', 'look', 'investigate', 'explore', 'discuss', 'assess', 'examine', 'monitor', 'reconsider', 'think', 'keep', 'continue', 'meet', 'talk', 'respond', 'reply', 'consult'],
  /** Threats of consequence: each of these alone marks an instruction. */
  complianceThreats: ['failure to comply', 'fail to comply', 'failing to comply', 'failing which', 'non-compliance', 'in default of which'],
  /** Conditions on the reader that become a threat when followed by a consequence. */
  complianceConditions: ['failure to do so', 'if you fail to', 'if you do not', "if you don't", 'should you fail to', 'should you not', 'unless you', 'if this is not done', 'if the work is not', 'otherwise'],
  complianceConsequences: [
    'enforcement', 'legal action', 'proceedings', 'prosecution', 'prosecute', 'court', 'recover', 'recovering',
    'fine', 'penalty', 'charge you', 'take action', 'further action', 'without further notice', 'injunction',
    'notice', 'removed by the council', 'at your expense', 'at your cost',
    'recharge', 'recharging', 'recharged', 'carry out the work', 'carry out the works', 'carrying out the work',
    'do the work', 'doing the work', 'bill you', 'invoice you', 'costs', 'liable', 'summons', 'seize', 'seized',
    'confiscate', 'revoke', 'revoked', 'suspend your', 'cancel your', 'lose your', 'in default',
  ],

  /** Words that make a deadline ("by 30 January", "within 7 days of this letter", "with immediate effect"). */
  deadlineLeads: ['by', 'before', 'no later than', 'not later than', 'within', 'until'],
  anchoredDeadlines: ['of this letter', 'of the date of this letter', 'from the date of this letter', 'of this notice', 'from the date of this notice', 'of this email', 'of receipt', 'of receiving this'],
  immediacy: ['with immediate effect', 'immediately', 'forthwith', 'without delay', 'at once'],

  /** Sign-off lines that make the signer a councillor (besides Cllr / Councillor before a name). */
  councillorRoleLines: [
    'leader of the council', 'deputy leader', 'leader', 'cabinet member', 'cabinet lead', 'portfolio holder',
    'executive member', 'lead member', 'ward councillor', 'ward member', 'borough councillor', 'district councillor',
    'county councillor', 'parish councillor', 'town councillor', 'city councillor', 'councillor for', 'member for',
    'mayor', 'deputy mayor', 'lord mayor', 'chair of the council', 'chairman of the council', 'opposition leader',
    'group leader', 'elected member',
  ],
  /** Lines of an officer working for a councillor ("PA to the Leader", "Support Officer to Cllr Smith") or copying one in. */
  officerForCouncillor: ['pa to', 'assistant to', 'secretary to', 'officer to', 'support to', 'adviser to', 'advisor to', 'manager to', 'cc', 'copied to', 'copy to', 'copied in'],
  /** Sign-off wording that a letter goes out for someone else ("Sent on behalf of Cllr Patel"). */
  onBehalfOf: ['on behalf of', 'for and on behalf of', 'signed for', 'dictated by', 'pp'],
  /** Roles Harlow 7.2 lets explain the policy reasons for a decision: directory roles and how sign-offs and letters say them. */
  policyExplainerRoles: ['leader', 'deputy-leader'],
  policyExplainerTitles: ['leader of the council', 'deputy leader of the council', 'deputy leader', 'leader'],
  /** Titles containing "leader" that are not the Leader of the Council. */
  notPolicyExplainer: ['leader of the opposition', 'opposition leader', 'group leader', 'team leader', 'deputy group leader', 'leader of the labour', 'leader of the conservative', 'leader of the liberal', 'leader of the green', 'leader of the independent'],
} satisfies Record<string, readonly string[]>;

export type ObligationsLexicon = typeof OBLIGATIONS_LEXICON;

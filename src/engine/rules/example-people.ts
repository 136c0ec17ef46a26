/**
 * The people of the fictional council the rule cases are written for (the rule tester's council,
 * test/support/test-council.ts): one cast shared by every rule's cases. Only the cases use them,
 * so bundles that import just the rules leave them out.
 */
export const MARK_HUGHES = 'Mark Hughes <mark.hughes@northdown.gov.uk>';
export const SUE_GRANT = 'Sue Grant <sue.grant@northdown.gov.uk>';
export const ALICE_BROWN = 'Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>';
export const BRIAN_COLE = 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>';
export const CAROL_DAVIES = 'Carol Davies <carol.davies@members.northdown.gov.uk>';
export const LISA_BARNES = 'Lisa Barnes <lisa.barnes@example.com>';
export const TOM_PRICE = 'Tom Price <tom.price@example.org>';
export const CASEWORK = 'Casework <casework@northdown.gov.uk>';
export const ALL_COUNCILLORS = 'All Councillors <all.councillors@northdown.gov.uk>';
export const SAM_REID = 'Sam Reid <sam.reid@northdown.gov.uk>';
export const PRIYA_SHAH = 'Priya Shah <priya.shah@northdown.gov.uk>';
export const GAZETTE_NEWS_DESK = 'News Desk <news@northdown-gazette.co.uk>';
export const DEV_PATEL = 'Cllr Dev Patel <cllr.dev.patel@northdown.gov.uk>';
export const ERIN_EVANS = 'Cllr Erin Evans <cllr.erin.evans@northdown.gov.uk>';
export const DEMOCRATIC_SERVICES = 'Democratic Services <democratic.services@northdown.gov.uk>';
export const MARK_ELLIS = 'Mark Ellis <mark.ellis@northdown.gov.uk>';
export const SAM_OKORO = 'Sam Okoro <sam.okoro@northdown.gov.uk>';
export const GRAHAM_PIKE = 'Graham Pike <g.pike@example.com>';
export const ANDREW_PRYCE = 'Andrew Pryce <andrew.pryce@northdown.gov.uk>';
export const ECHO_NEWS_DESK = 'News Desk <newsdesk@northdown-echo.co.uk>';
export const TOM_HEBDEN = 'Tom Hebden <tomhebden@example.com>';
export const PAT_JONES = 'Pat Jones <pat.jones@example.com>';
export const SAM_OFFICER = 'Sam Officer <sam.officer@northdown.gov.uk>';
export const PAT_JONES_NET = 'Pat Jones <pat.jones@example.net>';
export const CLLR_CAROL_DAVIES = 'Cllr Carol Davies <carol.davies@members.northdown.gov.uk>';

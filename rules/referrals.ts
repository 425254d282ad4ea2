/**
 * Referrals: routes the legal reference could not pin to a confirmed article, cases the
 * sources did not cover, and procedures that belong to someone else (a sponsor, a
 * refugee's family). They are never cards: the tool shows "see an association" with the
 * reference note, and never an invented legal basis (legal README, confidence labels;
 * seed-cases.md, "Not covered by the sources reviewed").
 *
 * Each referral is a pure predicate over the answers and `asOf`. It is shown when the
 * answers point to it; an unanswered or "dont-know" fact never triggers one on its own.
 *
 * `trigger`:
 * - 'answers': a question of the wizard asks about it (e.g. activity = volunteering);
 * - 'general': no question asks about it (e.g. a long-term-resident card from another
 *   EU state), so it is listed under "other situations" while the answers do not rule
 *   it out. A dedicated fact would make it precise (see the note on each).
 *
 * `kind`:
 * - 'referral': a route for this person that a human must check;
 * - 'information': not a title for this person (e.g. regroupement familial is the
 *   sponsor's OFII procedure for relatives abroad).
 */
import { addYears, type IsoDate } from './dates';
import type { Situation } from './situation';
import { nationalRegimesApply, type EuCardReader } from './conditions';

export interface Referral {
  id: string;
  trigger: 'answers' | 'general';
  kind: 'referral' | 'information';
  /** Pure: same answers, date and context, same result. */
  relevant: (s: Situation, asOf: IsoDate, ctx: ReferralContext) => boolean;
  /** What the reference says about the basis (never shown as a legal basis). */
  ref: string;
  /** Locale keys `<localeKey>.title` and `<localeKey>.text` in locales/<lang>/referrals.json. */
  localeKey: string;
  /** The seed-cases.md rows this referral answers. */
  seedRows: readonly string[];
  verifiedOn: IsoDate;
}

/** What the referrals read beside the answers. */
export interface ReferralContext {
  /**
   * The general regime or the person's accord may apply: not a family member of an EU citizen, or no
   * EU-family card is eligible (eu-family.md flow step 4; the same rule as the cards' regime gate,
   * conditions.ts `nationalRegimesApply`: closed only while an EU card is eligible).
   */
  nationalRegimesOpen: boolean;
}

export interface ReferralResult {
  id: string;
  trigger: Referral['trigger'];
  kind: Referral['kind'];
  ref: string;
  localeKey: string;
}

const VERIFIED = '2026-11-22';

// ── Small readers (an unanswered or "dont-know" fact is never a yes).

const is = <T>(v: T | undefined | 'dont-know', ...values: T[]) => v !== undefined && v !== 'dont-know' && values.includes(v);
const notEuCitizen = (s: Situation) => is(s.nationality, 'algerian', 'tunisian', 'moroccan', 'british', 'other');
const generalOrBilateral = (s: Situation, ctx: ReferralContext) => notEuCitizen(s) && ctx.nationalRegimesOpen;
/** DZ-GEN: the accord is an Algerian's national regime, an EU-family member's too once the EU right fails. */
const algerian = (s: Situation, ctx: ReferralContext) => s.nationality === 'algerian' && ctx.nationalRegimesOpen;
const holdsTenYearTitle = (s: Situation) => is(s.currentTitle, 'resident-card-10-years', 'algerian-certificate-10-years');
const holdsFrenchTitle = (s: Situation) =>
  is(s.currentTitle, 'cst-1-year', 'multi-year-card', 'resident-card-10-years', 'algerian-certificate-1-year', 'algerian-certificate-10-years');
const protectedPerson = (s: Situation) => is(s.protectionStatus, 'refugee', 'subsidiary-protection', 'stateless');
const dateOf = (v: unknown): IsoDate | undefined => (typeof v === 'string' && v !== 'dont-know' ? v : undefined);

/** Lives in France for less than about a year (APS-2: "in practice about 1 year"). */
function residenceUnderAYear(s: Situation, asOf: IsoDate): boolean {
  const since = dateOf(s.habitualResidenceSince) ?? dateOf(s.entryDate);
  return since !== undefined && since <= asOf && asOf < addYears(since, 1);
}

/** Married, the spouse is not French and does not live with the person (so lives elsewhere, usually abroad). */
const spouseApart = (s: Situation) => s.maritalStatus === 'married' && s.livingTogether === false && s.partnerIsFrench !== true;

const TALENT_ACTIVITIES = [
  'innovative-company-job', 'business-project-or-investment', 'research', 'medical-profession',
  'artistic-work', 'group-legal-representative', 'renown',
] as const;

export const REFERRALS: readonly Referral[] = [
  {
    // APS-2: basis UNCONFIRMED (practice). The L425-9 card needs habitual residence (~1 year).
    id: 'aps-care',
    trigger: 'answers',
    kind: 'referral',
    relevant: (s, asOf) => notEuCitizen(s) && s.ownSeriousIllness === true && residenceUnderAYear(s, asOf),
    ref: 'service-public F17336 (practice); basis UNCONFIRMED',
    localeKey: 'referrals.aps-care',
    seedRows: ['000-2', '001-66', '001-75'],
    verifiedOn: VERIFIED,
  },
  {
    // DZ-E6: Titre III of the protocol, no article letter.
    id: 'dz-student-trainee',
    trigger: 'answers',
    kind: 'referral',
    relevant: (s, _asOf, ctx) =>
      algerian(s, ctx) &&
      (is(s.activity, 'studies', 'internship') || s.currentTitleGround === 'student' || s.longStayVisaPurpose === 'student' || s.enrolledHigherEducation === true),
    ref: 'AFA protocol, Titre III (no article letter); APT for work, 50 % of annual working time',
    localeKey: 'referrals.dz-student-trainee',
    seedRows: ['004-17'],
    verifiedOn: VERIFIED,
  },
  {
    // DZ-E5: letter UNCONFIRMED.
    id: 'dz-temporary-worker',
    trigger: 'answers',
    kind: 'referral',
    relevant: (s, _asOf, ctx) => algerian(s, ctx) && (s.currentTitleGround === 'temporary-worker' || (s.activity === 'ordinary-job' && s.contractType === 'fixed-term-short')),
    ref: 'AFA, "travailleur temporaire" (article letter UNCONFIRMED)',
    localeKey: 'referrals.dz-temporary-worker',
    seedRows: [],
    verifiedOn: VERIFIED,
  },
  {
    // DZ-E8 and 002-25: whether talent cards (incl. a scientist from another EU state) are open to Algerians is UNCONFIRMED.
    id: 'dz-talent',
    trigger: 'answers',
    kind: 'referral',
    relevant: (s, _asOf, ctx) => algerian(s, ctx) && (is(s.activity, ...TALENT_ACTIVITIES) || s.currentTitleGround === 'talent'),
    ref: 'CESEDA talent cards for Algerians: UNCONFIRMED (DZ-E8); Algerian scientist from another EU state not covered',
    localeKey: 'referrals.dz-talent',
    seedRows: ['002-25'],
    verifiedOn: VERIFIED,
  },
  {
    // DZ-GEN: L435-1 does not apply to Algerians; the préfet keeps a general power to regularise (no article).
    id: 'dz-general-regularisation',
    trigger: 'answers',
    kind: 'referral',
    relevant: (s, _asOf, ctx) => algerian(s, ctx) && is(s.currentTitle, 'none', 'aps', 'asylum-seeker-certificate'),
    ref: "préfet's general power to regularise (CE avis 22 Mar 2010, n° 333679); no article; 23 Jan 2025 circular as guidance (M/L)",
    localeKey: 'referrals.dz-general-regularisation',
    seedRows: ['001-71'],
    verifiedOn: VERIFIED,
  },
  {
    // O-4, 002-15, 002-28: a retiree wishing to settle in France (not only short stays) is not covered.
    id: 'retiree-settling',
    trigger: 'answers',
    kind: 'referral',
    relevant: (s, _asOf, ctx) => generalOrBilateral(s, ctx) && (s.frenchRetirementPension === true || s.receivesFrenchPension === true) && !holdsTenYearTitle(s),
    ref: 'not covered by the sources (CESEDA L426-8 covers stays of up to 1 year at a time; settling: UNCONFIRMED)',
    localeKey: 'referrals.retiree-settling',
    seedRows: ['002-15', '002-28'],
    verifiedOn: VERIFIED,
  },
  {
    // 002-16, 002-29, 004-10: no question asks about a long-term-resident card from another EU state.
    id: 'eu-long-term-resident',
    trigger: 'general',
    kind: 'referral',
    relevant: (s, _asOf, ctx) => generalOrBilateral(s, ctx) && !holdsTenYearTitle(s),
    ref: 'not covered by the sources (CESEDA L426-11 area; "salarié RLD-UE")',
    localeKey: 'referrals.eu-long-term-resident',
    seedRows: ['002-16', '002-29', '004-10'],
    verifiedOn: VERIFIED,
  },
  {
    // 002-17, 002-29: posted by a service provider established in another EU state.
    id: 'eu-service-provider-employee',
    trigger: 'general',
    kind: 'referral',
    relevant: (s, _asOf, ctx) => generalOrBilateral(s, ctx) && (s.employed === true || is(s.activity, 'ordinary-job', 'intra-group-transfer')),
    ref: 'not covered by the sources (employee of a service provider established in another EU state)',
    localeKey: 'referrals.eu-service-provider-employee',
    seedRows: ['002-17', '002-29'],
    verifiedOn: VERIFIED,
  },
  {
    // APS-4, 004-16: old L311-6; current article UNCONFIRMED.
    id: 'asylum-and-residence',
    trigger: 'answers',
    kind: 'referral',
    relevant: (s) => notEuCitizen(s) && (s.protectionStatus === 'asylum-seeker' || s.currentTitle === 'asylum-seeker-certificate'),
    ref: 'asylum and residence applications at the same time (old L311-6): current article UNCONFIRMED; asylum certificate CESEDA L521-7 (M)',
    localeKey: 'referrals.asylum-and-residence',
    seedRows: ['001-74', '001-82', '004-16'],
    verifiedOn: VERIFIED,
  },
  {
    // O-3: the L426-21 APS is a card; the CST "volontaire" (European Solidarity Corps) article is UNCONFIRMED.
    id: 'volunteer-cst',
    trigger: 'answers',
    kind: 'referral',
    relevant: (s, _asOf, ctx) => generalOrBilateral(s, ctx) && s.activity === 'volunteering',
    ref: 'CST "volontaire" (European Solidarity Corps): article UNCONFIRMED',
    localeKey: 'referrals.volunteer-cst',
    seedRows: [],
    verifiedOn: VERIFIED,
  },
  {
    // VPF-4 (sponsor side, L434-1 ff.) and DZ-RF (AFA art. 4): an OFII procedure for the sponsor, not a title for the person.
    id: 'family-reunification',
    trigger: 'answers',
    kind: 'information',
    relevant: (s, _asOf, ctx) => generalOrBilateral(s, ctx) && !protectedPerson(s) && holdsFrenchTitle(s) && spouseApart(s),
    ref: 'regroupement familial: CESEDA L434-1 ff. (Algerians: AFA art. 4 and Titre II of the protocol); OFII procedure',
    localeKey: 'referrals.family-reunification',
    seedRows: ['002-24'],
    verifiedOn: VERIFIED,
  },
  {
    // 003-14, VPF-10/11, CR-5: réunification familiale for the family of a refugee, PS or stateless person.
    id: 'refugee-family-reunification',
    trigger: 'answers',
    kind: 'information',
    relevant: (s) => notEuCitizen(s) && protectedPerson(s),
    ref: 'réunification familiale: CESEDA L561-2 to L561-5',
    localeKey: 'referrals.refugee-family-reunification',
    seedRows: ['003-14'],
    verifiedOn: VERIFIED,
  },
  {
    // EU-6: UK nationals resident before 1 Jan 2021, and their family, hold the Withdrawal Agreement card (M).
    id: 'uk-withdrawal-agreement',
    trigger: 'answers',
    kind: 'referral',
    // Since 2021, UK nationals arriving in France fall under the general regime; those resident before keep the WA card.
    relevant: (s) => s.nationality === 'british',
    ref: 'Withdrawal Agreement card ("Accord de retrait du Royaume-Uni de l\'UE"): interieur.gouv.fr "Brexit – Séjour" (M)',
    localeKey: 'referrals.uk-withdrawal-agreement',
    seedRows: [],
    verifiedOn: VERIFIED,
  },
  {
    // 001-18: the pre-entry test of French for family members abroad; a 2024 pre-entry A1 requirement was censured. Not covered.
    id: 'pre-entry-language-test',
    trigger: 'answers',
    kind: 'information',
    relevant: (s, _asOf, ctx) => generalOrBilateral(s, ctx) && s.maritalStatus === 'married' && s.livingTogether === false && (s.partnerIsFrench === true || holdsFrenchTitle(s)),
    ref: 'pre-entry test of French (old L411-8): not covered by the sources; a 2024 pre-entry A1 requirement was censured (CC 2023-863 DC)',
    localeKey: 'referrals.pre-entry-language-test',
    seedRows: ['001-18'],
    verifiedOn: VERIFIED,
  },
];

export const REFERRAL_IDS: readonly string[] = REFERRALS.map((r) => r.id);
export const referralById = (id: string) => REFERRALS.find((r) => r.id === id);

/**
 * The referrals the answers point to, in the order of REFERRALS ('answers' before 'general').
 * `euCards` reads the EU-family cards' results (evaluate passes its context): without it, a family
 * member of an EU citizen is taken to be covered by the EU right.
 */
export function referralsFor(s: Situation, asOf: IsoDate, euCards?: EuCardReader): ReferralResult[] {
  const ctx: ReferralContext = { nationalRegimesOpen: euCards ? nationalRegimesApply(s, euCards) !== false : s.familyOfEuCitizen !== true };
  const hits = REFERRALS.filter((r) => r.relevant(s, asOf, ctx));
  return [...hits.filter((r) => r.trigger === 'answers'), ...hits.filter((r) => r.trigger === 'general')].map((r) => ({
    id: r.id,
    trigger: r.trigger,
    kind: r.kind,
    ref: r.ref,
    localeKey: r.localeKey,
  }));
}

/**
 * What the checklist page shows around the documents, for one card and one person:
 * documents by group, the channel explanation to use, the commission du titre de séjour,
 * and when to get help now. Pure: it reads an Evaluation from the rules module and the
 * answers; the words are in locales/<lang>/checklist.json.
 *
 * Sources: shared/legal/filing-fees-remedies.md F-1 to F-14.
 */
import type { CardResult, Evaluation, Situation } from '../rules';
import { DOCUMENTS, DOCUMENT_GROUPS, cardById, documentRef } from '../rules';
import { implicitRefusalOf, type ImplicitRefusalDelay } from '../rules/remedies';

export type DocumentGroup = (typeof DOCUMENT_GROUPS)[number];
export type DocumentId = keyof typeof DOCUMENTS;

export interface ChecklistItem {
  id: DocumentId;
  ref: string;
}

/**
 * The person's documents for the card, grouped in the catalogue's order (identity, civil status, residence, resources, specific),
 * each with the rule the rules module cites for this card (an Algerian's checklist never cites a CESEDA article the accord displaces).
 */
export function groupDocuments(result: Pick<CardResult, 'documents' | 'regime' | 'legalBasis'>): { group: DocumentGroup; items: ChecklistItem[] }[] {
  return DOCUMENT_GROUPS.map((group) => ({
    group,
    items: result.documents
      .filter((id) => DOCUMENTS[id]?.group === group)
      .map((id) => ({ id, ref: documentRef(result, id) })),
  })).filter((g) => g.items.length > 0);
}

/** Which channel text to show (F-1, F-2, F-3). */
export type ChannelGuide = 'anef' | 'prefecture' | 'paris-police-prefecture' | 'ofii-medical';
export function channelGuide(channel: CardResult['channel']): ChannelGuide {
  switch (channel) {
    case 'ANEF':
      return 'anef';
    case 'Paris police prefecture':
      return 'paris-police-prefecture';
    case 'OFII medical procedure (then préfecture)':
      return 'ofii-medical';
    default:
      return 'prefecture';
  }
}

/** Which letter fits the channel: ANEF titles ask for the substitute, préfecture titles for an appointment. */
export function letterFor(channel: CardResult['channel']): 'non-digital-alternative' | 'paper-appointment' {
  return channel === 'ANEF' ? 'non-digital-alternative' : 'paper-appointment';
}

/** F-11 (L432-13): decided in the rules, which may read legal bases (rules/commission.ts). */
export { COMMISSION_REF, commissionCase, type CommissionCase } from '../rules/commission';

/** Reasons to see an association or a lawyer now, most urgent first. */
export type HelpReason =
  | 'oqtf' | 'oqtf-passed' | 'removal-order-unknown' | 'other-removal' | 'detention' | 'refusal-pending' | 'dublin' | 'public-order'
  | 'to-verify' | 'not-eligible';
export function helpNow(ev: Pick<Evaluation, 'alerts'>, result: Pick<CardResult, 'status' | 'verify'> | undefined, s: Situation): HelpReason[] {
  const out: HelpReason[] = [];
  const ids = new Set(ev.alerts.map((a) => a.id));
  // F-10: once the challenge deadline has passed, "go today to challenge it" would be false; the order still
  // stays enforceable for 3 years (L731-1), which is what matters before going to the préfecture.
  const oqtf = ev.alerts.find((a) => a.id === 'oqtf');
  if (oqtf) out.push(oqtf.deadlinePassed ? 'oqtf-passed' : 'oqtf');
  if (ids.has('removal-order-unknown')) out.push('removal-order-unknown');
  if (ids.has('other-removal')) out.push('other-removal');
  if (s.detention === 'house-arrest-or-prison' || s.detention === 'retention') out.push('detention');
  if (ids.has('refusal-pending')) out.push('refusal-pending');
  if (ids.has('dublin')) out.push('dublin');
  if (ids.has('public-order')) out.push('public-order');
  if (result?.verify) out.push('to-verify');
  if (result?.status === 'not-eligible') out.push('not-eligible');
  return out;
}

/**
 * Remedies and their time limits (implicit refusal F-8, OQTF F-10, commission F-11) are decided in rules/remedies.ts;
 * the checklist reads them from here as from the rules.
 */
export {
  COMMISSION, IMPLICIT_REFUSAL, OQTF_CHALLENGE, REMEDY_VALUES, oqtfDetention, type DetentionPlace, type ImplicitRefusalDelay,
} from '../rules/remedies';

/** Silence that counts as a refusal, for one title (F-8; rules/remedies.ts): the card's own delay, else R432-2's. */
export function implicitRefusalDelay(result: Pick<CardResult, 'id'>): ImplicitRefusalDelay {
  return implicitRefusalOf(cardById(result.id));
}

/** The documents one person needs for one card: the Annexe 10 common set (X7) plus the card's own. */
import type { ArticleRef } from './references';
import type { Card } from './card';
import { holdsResidenceTitle } from './conditions';
import { DOCUMENTS, type DocumentId } from './documents';
import type { Situation } from './situation';

export function documentsFor(card: Card, s: Situation): DocumentId[] {
  const out: DocumentId[] = ['passport'];
  // X7 1°: no birth certificate when the person already holds a title.
  if (!holdsResidenceTitle(s)) out.push('birth-certificate');
  if (holdsResidenceTitle(s)) out.push('current-title');
  for (const spec of card.documents) {
    if (typeof spec === 'string') out.push(spec);
    else if (spec.when(s)) out.push(spec.id);
  }
  out.push('proof-of-address', 'photos');
  // X3 / Annexe 10: a married applicant states that the marriage is not polygamous.
  if (s.maritalStatus === 'married' && card.regime !== 'eu-family') out.push('non-polygamy-statement');
  const cer = card.cer ?? (card.regime === 'general' ? 'required' : 'optional');
  if (cer === 'required' || cer === 'verify') out.push('signed-cer');
  if (card.fee.tax !== 'free') out.push('tax-stamps');
  return [...new Set(out)];
}

/**
 * CESEDA articles that still apply to Algerians because they are procedure, not the substance of a
 * title (DZ-0 "Exclusivity"; DZ-GEN: filing, the Annexe 10 documents, the OFII medical procedure, the
 * taxes of L436-x apply; F-7). Any other CESEDA article is displaced by the Franco-Algerian accord.
 */
const PROCEDURAL_FOR_ALGERIANS: ReadonlySet<string> = new Set([
  'CESEDA Annexe 10', 'CESEDA L436-1', 'CESEDA L436-4', 'CESEDA L436-7', 'CESEDA R425-11', 'CESEDA L412-7',
]);

/**
 * The rule a checklist cites beside a document, for one card. The catalogue's ref names the CESEDA
 * article that usually requires it; for a card of the Franco-Algerian accord, a CESEDA article the
 * accord displaces is replaced by the card's own article (issue 12 item 15: an Algerian's checklist
 * never cites e.g. L423-1 for the marriage certificate of AFA 6-2, or L412-1 for the visa).
 */
export function documentRef(card: { regime: Card['regime']; legalBasis: readonly string[] }, id: DocumentId): string {
  const ref: ArticleRef = DOCUMENTS[id].ref;
  if (card.regime !== 'algeria' || !ref.startsWith('CESEDA ') || PROCEDURAL_FOR_ALGERIANS.has(ref)) return ref;
  return card.legalBasis[0] ?? ref;
}

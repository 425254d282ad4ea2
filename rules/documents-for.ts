/** The documents one person needs for one card: the Annexe 10 common set (X7) plus the card's own. */
import type { Card } from './card';
import { holdsResidenceTitle } from './conditions';
import type { DocumentId } from './documents';
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

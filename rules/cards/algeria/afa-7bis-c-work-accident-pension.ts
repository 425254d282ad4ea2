// DZ-10c · Algerian certificat 10 years: French work-accident / occupational-disease pension (accord art. 7 bis c)).
import type { Card } from '../../card';
import { algerianRegime, longStayVisa } from '../../conditions';
import { all, test } from '../../logic';
import { lawfulStay } from '../bilateral';
import { DZ_COMMON, DZ_SOURCES, DZ_VERIFY } from './shared';

const REF = 'AFA 7bis-c';

export const afa_7bis_c: Card = {
  ...DZ_COMMON,
  id: 'afa-7bis-c',
  legalBasis: ['AFA 7bis-c'],
  kind: 'plein-droit',
  title: 'dz-certificate-10y',
  // The death-pension limb (beneficiary of a French AT/MP death pension) is not a fact of the
  // wizard: such a person is told to check (verify note).
  conditions: all('algerian-work-accident-pension', [
    algerianRegime,
    test('work-accident-pension-20-percent', REF, ['workAccidentPension20'], (s) => s.workAccidentPension20 === true),
    lawfulStay(REF),
    // Art. 9 lists 7 bis, 4th paragraph, c) and d): a long-stay visa is needed.
    longStayVisa('AFA 9'),
  ], { ref: REF }),
  documents: ['work-accident-pension-decision'],
  channel: 'préfecture',
  durationMonths: 120,
  displaces: ['ceseda-l426-5'],
  confidence: 'H',
  verify: [...DZ_VERIFY, 'afa-7bis-c-death-pension'],
  sources: [...DZ_SOURCES, 'service-public F2257', 'CAA Nantes 29 Sep 2015 n° 15NT00440 (art. 9 quoted)'],
};

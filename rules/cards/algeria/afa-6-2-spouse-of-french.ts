// DZ-6.2 · Algerian certificat 1 year, spouse of a French national (accord art. 6 2)).
import type { Card } from '../../card';
import { algerianRegime, lawfulEntry, marriageTranscribedIfAbroad, marriedToFrench } from '../../conditions';
import { all } from '../../logic';

const REF = 'AFA 6-2';

export const afa_6_2: Card = {
  id: 'afa-6-2',
  legalBasis: ['AFA 6-2'],
  regime: 'algeria',
  kind: 'plein-droit',
  title: 'dz-certificate-1y',
  // No minimum length of marriage; an overstay after a lawful entry does not defeat the right
  // (CE avis 19 Feb 2009 n° 315725); art. 9 lists no visa for art. 6 cases.
  conditions: all('algerian-spouse-of-french', [
    algerianRegime,
    marriedToFrench(REF),
    lawfulEntry(REF),
    marriageTranscribedIfAbroad(REF),
  ], { ref: REF }),
  documents: [
    { id: 'marriage-certificate-french', when: (s) => s.marriagePlace !== 'abroad' },
    { id: 'marriage-transcription', when: (s) => s.marriagePlace === 'abroad' },
    'spouse-french-nationality-proof',
    'passport-visa-and-entry-stamp',
  ],
  channel: 'ANEF',
  fee: { tax: 'standard', verify: true },
  durationMonths: 12,
  leadsTo: ['afa-7bis-a'],
  displaces: ['ceseda-l423-1', 'ceseda-l423-2'],
  verifiedOn: '2026-11-22',
  confidence: 'H',
  verify: ['cer-optional-algerians'],
  sources: ['jurisconsulte.net', 'vincenttchen (2009)'],
};

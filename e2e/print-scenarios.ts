/**
 * Public scenarios printed by e2e/print.spec.ts: which persona (tests/fixtures/scenarios/<id>.json: its answers,
 * date and card), in which language, and the text the PDF must hold besides the card's legal basis and documents.
 */
import type { Lang } from '../locales/languages';
import { persona } from '../tests/helpers/personas';
import { clockOf } from './scenarios';

export interface PrintScenario {
  id: string;
  lang: Lang;
  cardId: string;
  answers: Record<string, unknown>;
  /** The browser clock and the evaluation date: the persona's. */
  clock: string;
  asOf: string;
  /** Text that must be in the PDF (document names in French, legal basis). */
  expect: string[];
}

const printed = (id: string, lang: Lang, expect: string[]): PrintScenario => {
  const p = persona(id);
  return { id, lang, cardId: p.wizard!.card, answers: p.situation, clock: clockOf(p), asOf: p.asOf, expect };
};

export const SCENARIOS: PrintScenario[] = [
  // P01: Moroccan spouse of a French national, married in France (L423-2), Lyon.
  printed('P01', 'fr', ['CESEDA L423-2', 'Passeport', 'Acte de naissance', 'Justificatif de domicile']),
  // P02: Malian parent of a French child (L423-7), lives in Montreuil (93).
  printed('P02', 'en', ['CESEDA L423-7', 'CESEDA L423-8', 'Passeport', 'Passport']),
  // P04: Senegalese adult on dialysis (L425-9, OFII procedure), Toulouse.
  printed('P04', 'ar', ['CESEDA L425-9', 'Passeport', 'OFII']),
];

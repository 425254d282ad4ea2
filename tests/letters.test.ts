import { describe, expect, it } from 'vitest';
import { buildLetter, fieldsFromAnswers, formatDateFr, legalBasisFr, letterToText, LETTER_KINDS, type LetterFields } from '../filing/letters';
import { CATALOGUE, cardById } from '../rules';

const PLACEHOLDER = /undefined|null|NaN|\[[^\]]*\]|\{[^}]*\}|:\s*$|:\s*\n/m;

const full: LetterFields = {
  fullName: 'Awa Diallo',
  address: '12 rue des Lilas\nBâtiment B',
  postcode: '94130',
  city: 'Nogent-sur-Marne',
  foreignerNumber: '7501234567',
  phone: '06 00 00 00 00',
  email: 'awa@example.org',
  titleRequested: 'carte de séjour temporaire « vie privée et familiale »',
  legalBasis: ['CESEDA L423-7', 'CESEDA L423-8'],
  request: 'first',
  attempts: [{ date: '2026-09-01', note: 'aucun créneau' }, { date: '2026-09-15' }, { date: '2026-10-06', note: 'site en erreur' }],
  cccReference: 'CCC-42',
  office: 'Préfecture du Val-de-Marne',
  date: '2026-11-22',
};

describe('letters: legal references', () => {
  it('the non-digital alternative letter cites R431-2 (décret 2023-191), the arrêté of 1 Aug 2023 and the three CE decisions', () => {
    const t = letterToText(buildLetter('non-digital-alternative', full));
    for (const ref of ['R431-2', 'décret n° 2023-191', 'arrêté du 1er août 2023', 'n° 422516', 'n° 452798', 'n° 461694', '27 novembre 2019', '3 juin 2022']) {
      expect(t).toContain(ref);
    }
    expect(t).toContain('Lettre recommandée avec avis de réception');
  });

  it('the paper-appointment letter cites avis n° 461694, n° 422516, R431-2 / annexe 9 and R431-3', () => {
    const t = letterToText(buildLetter('paper-appointment', full));
    for (const ref of ['n° 461694', 'n° 422516', 'R431-2', 'annexe 9', 'R431-3', 'L521-3']) expect(t).toContain(ref);
  });
});

describe('letters: filled fields appear', () => {
  for (const kind of LETTER_KINDS) {
    it(kind, () => {
      const l = buildLetter(kind, full);
      const t = letterToText(l);
      for (const v of ['Awa Diallo', '12 rue des Lilas', 'Bâtiment B', '94130 Nogent-sur-Marne', '7501234567', '06 00 00 00 00', 'awa@example.org',
        '« vie privée et familiale »', 'les articles L423-7 et L423-8 du code', 'Préfecture du Val-de-Marne', 'À Nogent-sur-Marne, le 22 novembre 2026',
        'le 1er septembre 2026 : aucun créneau', 'le 15 septembre 2026', 'le 6 octobre 2026 : site en erreur']) {
        expect(t, v).toContain(v);
      }
      if (kind === 'non-digital-alternative') expect(t).toContain('CCC-42');
      expect(l.signature).toEqual(['Awa Diallo']);
    });
  }
});

describe('letters: an empty field leaves no placeholder', () => {
  const empties: LetterFields[] = [
    { date: '2026-11-22' },
    { date: '' },
    { date: 'not a date', fullName: '  ', address: '\n\n', attempts: [{ date: '' }, { date: 'x', note: ' ' }], legalBasis: [], titleRequested: '' },
    { date: '2026-11-22', city: 'Marseille' },
    { date: '2026-11-22', legalBasis: ['AFA 6-2'] },
  ];
  for (const kind of LETTER_KINDS) {
    empties.forEach((f, i) => {
      it(`${kind} #${i}`, () => {
        const l = buildLetter(kind, f);
        const t = letterToText(l);
        // A colon may end the line only before the attempts list or in "Pièces jointes :".
        const body = t.replace(/Pièces jointes :\n/, '');
        expect(body).not.toMatch(PLACEHOLDER);
        expect(t).not.toMatch(/Numéro étranger|Téléphone|Courriel|référence :/);
        expect(l.sender.every((x) => x.trim().length > 0)).toBe(true);
        expect(t).not.toMatch(/ {2,}|\s,|\( *\)/);
        expect(l.signature).toEqual([]);
      });
    });
  }

  it('without dates of attempts the letter says so in words, without a list', () => {
    const t = letterToText(buildLetter('paper-appointment', { date: '2026-11-22' }));
    expect(t).toContain('malgré plusieurs essais');
    expect(t).not.toContain('aux dates suivantes');
    expect(t).toContain('un titre de séjour.');
  });
});

describe('letters: helpers', () => {
  it('formats French dates', () => {
    expect(formatDateFr('2026-03-01')).toBe('1er mars 2026');
    expect(formatDateFr('2026-12-25')).toBe('25 décembre 2026');
    expect(formatDateFr('2026-13-01')).toBe('');
    expect(formatDateFr(undefined)).toBe('');
  });

  it('writes every card’s legal basis in French words', () => {
    expect(legalBasisFr(['AFA 6-2'])).toBe("l'article 6, 2) de l'accord franco-algérien du 27 décembre 1968");
    expect(legalBasisFr(['AFA 7bis-a'])).toContain("l'article 7 bis, a)");
    expect(legalBasisFr(['AFM 3'])).toBe("l'article 3 de l'accord franco-marocain du 9 octobre 1987");
    for (const c of CATALOGUE) {
      const words = legalBasisFr(c.legalBasis);
      expect(words, c.id).toMatch(/^l(?:'|es )article/);
      expect(words).not.toMatch(PLACEHOLDER);
    }
  });

  it('pre-fills from the answers and the card', () => {
    const card = cardById('ceseda-l423-7');
    expect(fieldsFromAnswers({ currentTitle: 'none', postcode: '93100' }, card)).toEqual({ legalBasis: ['CESEDA L423-7', 'CESEDA L423-8'], request: 'first', postcode: '93100' });
    expect(fieldsFromAnswers({ currentTitle: 'cst-1-year' }, undefined)).toEqual({ request: 'renewal' });
    expect(fieldsFromAnswers({ currentTitle: 'dont-know' }, undefined)).toEqual({});
    const t = letterToText(buildLetter('paper-appointment', { date: '2026-11-22', titleRequested: 'certificat de résidence', request: 'renewal' }));
    expect(t).toContain('le renouvellement de mon titre de séjour : certificat de résidence');
  });
});

/**
 * Letters to the préfecture, in plain French, for when the online route cannot be used.
 * Pure: the caller passes the fields (typed by the person or taken from the answers) and
 * today's date; nothing here reads a clock, the network or storage.
 *
 *  - 'non-digital-alternative': the title must be requested on ANEF (R431-2, annexe 9) but
 *    filing online is impossible; asks for the substitute (in-person filing or appointment).
 *    F-4: R431-2 as amended by décret 2023-191; arrêté of 1 Aug 2023; CE 27 Nov 2019
 *    n° 422516; CE 3 Jun 2022 n° 452798; CE avis 3 Jun 2022 n° 461694.
 *  - 'paper-appointment': the title is filed at the préfecture (outside ANEF, R431-3) and no
 *    appointment can be had; asks for one, or for another way to file (n° 461694, n° 422516).
 *
 * An empty field leaves no trace: no "undefined", no "[name]", no empty "N° :" line.
 */

import { articleOf, isArticleRef, TEXTS, type ArticleRef, type LegalText } from '../rules/references';
import { FILING_RULES, REFERE_MESURES_UTILES } from '../rules/remedies';

export type LetterKind = 'non-digital-alternative' | 'paper-appointment';
export const LETTER_KINDS: readonly LetterKind[] = ['non-digital-alternative', 'paper-appointment'];

export interface Attempt {
  /** YYYY-MM-DD */
  date: string;
  /** What happened, in the person's words (e.g. "aucun créneau"). Optional. */
  note?: string;
}

export interface LetterFields {
  fullName?: string;
  /** Street address, one or more lines. */
  address?: string;
  postcode?: string;
  city?: string;
  /** Numéro étranger (AGDREF), if the person has one. */
  foreignerNumber?: string;
  phone?: string;
  email?: string;
  /** The title in French, e.g. "carte de séjour temporaire « vie privée et familiale »". */
  titleRequested?: string;
  /** Canonical legal basis strings from the card: "CESEDA L423-7", "AFA 6-2"… */
  legalBasis?: readonly string[];
  /** First application or renewal, when the answers tell. */
  request?: 'first' | 'renewal';
  attempts?: readonly Attempt[];
  /** Ticket or reference given by the ANTS Centre de contact citoyen. */
  cccReference?: string;
  /** The office the letter goes to, e.g. "Préfecture du Val-de-Marne". */
  office?: string;
  /** The date written on the letter, YYYY-MM-DD. */
  date: string;
}

export interface Letter {
  kind: LetterKind;
  sender: string[];
  recipient: string[];
  placeAndDate: string;
  sending: string;
  subject: string;
  salutation: string;
  paragraphs: string[];
  /** Bullet list under the attempts paragraph. */
  attempts: string[];
  closing: string;
  signature: string[];
  enclosures: string[];
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** 2026-03-01 → "1er mars 2026". Returns '' for anything that is not a valid date. */
export function formatDateFr(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec((iso ?? '').trim());
  if (!m) return '';
  const [, y, mo, d] = m;
  const month = MONTHS[Number(mo) - 1];
  const day = Number(d);
  if (!month || day < 1 || day > 31) return '';
  return `${day === 1 ? '1er' : day} ${month} ${y}`;
}

const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const lines = (s: string | undefined) =>
  (s ?? '')
    .split(/\r?\n/)
    .map((l) => clean(l))
    .filter(Boolean);

/** The words a letter cites an article with, from the register (rules/references.ts): no legal-basis string is parsed here. */
const art = (ref: ArticleRef): string => articleOf(ref).article ?? '';

/**
 * Legal bases → French words: "l'article L423-7 du CESEDA…", "les articles L423-7 et L423-8 du CESEDA…",
 * "l'article 6, 2) de l'accord franco-algérien…". The article words and the name of the text are the
 * register's (`article`, `TEXTS[text].ofFr`); a basis the register does not know is left out.
 */
export function legalBasisFr(bases: readonly string[] | undefined): string {
  const groups = new Map<LegalText, string[]>();
  for (const b of bases ?? []) {
    if (!isArticleRef(b)) continue;
    const entry = articleOf(b);
    if (entry.article === undefined || TEXTS[entry.text].ofFr === '') continue;
    const list = groups.get(entry.text) ?? [];
    list.push(entry.article);
    groups.set(entry.text, list);
  }
  const parts: string[] = [];
  for (const [text, arts] of groups) {
    const words = arts.length === 1 ? `l'article ${arts[0]}` : `les articles ${arts.slice(0, -1).join(', ')} et ${arts[arts.length - 1]}`;
    parts.push(`${words} ${TEXTS[text].ofFr}`);
  }
  return parts.join(' et ');
}

function senderBlock(f: LetterFields): string[] {
  const cityLine = clean([clean(f.postcode), clean(f.city)].filter(Boolean).join(' '));
  return [
    clean(f.fullName),
    ...lines(f.address),
    cityLine,
    clean(f.foreignerNumber) && `Numéro étranger : ${clean(f.foreignerNumber)}`,
    clean(f.phone) && `Téléphone : ${clean(f.phone)}`,
    clean(f.email) && `Courriel : ${clean(f.email)}`,
  ].filter(Boolean);
}

function titlePhrase(f: LetterFields): string {
  const title = clean(f.titleRequested);
  const basis = legalBasisFr(f.legalBasis);
  const what =
    f.request === 'renewal'
      ? title ? `le renouvellement de mon titre de séjour : ${title}` : 'le renouvellement de mon titre de séjour'
      : title ? `un titre de séjour : ${title}` : 'un titre de séjour';
  return basis ? `${what}, sur le fondement de ${basis}` : what;
}

function attemptLines(f: LetterFields): string[] {
  return (f.attempts ?? [])
    .map((a) => {
      const d = formatDateFr(a.date);
      const note = clean(a.note);
      if (!d && !note) return '';
      return d && note ? `le ${d} : ${note}` : d ? `le ${d}` : note;
    })
    .filter(Boolean);
}

export function buildLetter(kind: LetterKind, f: LetterFields): Letter {
  const city = clean(f.city);
  const date = formatDateFr(f.date);
  const attempts = attemptLines(f);
  const office = clean(f.office);
  const recipient = [office || 'Préfecture', 'Service chargé du séjour des étrangers'];
  const ccc = clean(f.cccReference);
  const paragraphs: string[] = [];
  let subject: string;
  const enclosures: string[] = [];

  if (kind === 'non-digital-alternative') {
    subject = 'Demande de dépôt de ma demande de titre de séjour sur place (solution de substitution au téléservice ANEF)';
    paragraphs.push(`Je souhaite demander ${titlePhrase(f)}.`);
    paragraphs.push(
      'Cette demande doit en principe être faite en ligne, sur le site de l’administration numérique des étrangers en France (ANEF). ' +
        (attempts.length > 0
          ? 'Je n’ai pas pu la déposer en ligne. J’ai essayé aux dates suivantes :'
          : 'Je n’ai pas pu la déposer en ligne, malgré plusieurs essais.'),
    );
    if (ccc) paragraphs.push(`J’ai demandé l’aide du Centre de contact citoyen de l’ANTS (référence : ${ccc}). Le problème n’est pas réglé.`);
    paragraphs.push(
      `L’article ${art(FILING_RULES.onlineListAndAlternative)} du CESEDA, dans sa rédaction issue du décret n° 2023-191 du 22 mars 2023, prévoit une solution de substitution ` +
        'lorsque la demande ne peut pas être déposée en ligne : un accueil physique à la préfecture, qui enregistre la demande. ' +
        'L’arrêté du 1er août 2023 organise l’aide aux usagers (Centre de contact citoyen, points d’accueil numérique) et cette solution de substitution.',
    );
    paragraphs.push(
      'Le Conseil d’État a jugé qu’un téléservice ne peut être rendu obligatoire que si les personnes qui ne peuvent pas l’utiliser reçoivent une aide ' +
        'et disposent d’une solution de substitution (CE, 3 juin 2022, n° 452798). Il avait déjà jugé qu’on ne peut pas imposer de faire ces démarches ' +
        'uniquement en ligne (CE, 27 novembre 2019, n° 422516). Dans son avis du 3 juin 2022 (n° 461694), il précise qu’un préfet ne peut pas rendre ' +
        `un téléservice obligatoire pour les demandes qui ne relèvent pas de l’article ${art(FILING_RULES.onlineListAndAlternative)}.`,
    );
    paragraphs.push(
      'Je vous demande donc de me donner un rendez-vous pour déposer ma demande sur place, ou de m’indiquer par écrit un autre moyen de la déposer.',
    );
    enclosures.push('Copie de mon passeport', 'Captures d’écran datées de mes essais');
  } else {
    subject = 'Demande de rendez-vous pour déposer une demande de titre de séjour';
    paragraphs.push(`Je souhaite déposer une demande pour ${titlePhrase(f)}.`);
    paragraphs.push(
      `Cette demande ne fait pas partie de celles qui doivent être faites en ligne sur le site de l’ANEF (article ${art(FILING_RULES.onlineListAndAlternative)} et annexe 9 du CESEDA). ` +
        `Elle se dépose à la préfecture (article ${art(FILING_RULES.prefectureFiling)} du CESEDA).`,
    );
    paragraphs.push(
      attempts.length > 0
        ? 'Je n’ai pas pu obtenir de rendez-vous. J’ai essayé aux dates suivantes :'
        : 'Je n’ai pas pu obtenir de rendez-vous, malgré plusieurs essais sur plusieurs semaines.',
    );
    paragraphs.push(
      'Dans son avis du 3 juin 2022 (n° 461694), le Conseil d’État précise qu’un préfet ne peut pas imposer un téléservice, comme la prise de rendez-vous ' +
        `ou le dépôt en ligne, comme seul moyen de déposer une demande qui ne relève pas de l’article ${art(FILING_RULES.onlineListAndAlternative)} du CESEDA. ` +
        'Il avait déjà jugé qu’on ne peut pas imposer de prendre rendez-vous uniquement en ligne (CE, 27 novembre 2019, n° 422516).',
    );
    paragraphs.push(
      'Je vous demande donc de me donner un rendez-vous pour déposer mon dossier complet, ou de m’indiquer par écrit un autre moyen de le déposer, par exemple par courrier.',
    );
    enclosures.push('Copie de mon passeport', 'Preuves de mes demandes de rendez-vous (captures d’écran datées, courriels)');
  }
  paragraphs.push(
    'Sans réponse de votre part, je pourrai demander au juge des référés du tribunal administratif d’ordonner à la préfecture de me donner un rendez-vous ' +
      `(article ${art(REFERE_MESURES_UTILES.ref)} ${TEXTS.CJA.ofFr}).`,
  );
  paragraphs.push('Je vous remercie de me répondre par écrit à l’adresse indiquée en haut de cette lettre.');

  return {
    kind,
    sender: senderBlock(f),
    recipient,
    placeAndDate: city && date ? `À ${city}, le ${date}` : date ? `Le ${date}` : city ? `À ${city}` : '',
    sending: 'Lettre recommandée avec avis de réception',
    subject,
    salutation: 'Madame, Monsieur,',
    paragraphs,
    attempts,
    closing: 'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
    signature: [clean(f.fullName)].filter(Boolean),
    enclosures,
  };
}

/** The whole letter as plain text (for copying, and for tests). */
export function letterToText(l: Letter): string {
  const out: string[] = [];
  if (l.sender.length) out.push(l.sender.join('\n'));
  out.push(l.recipient.join('\n'));
  if (l.placeAndDate) out.push(l.placeAndDate);
  out.push(l.sending);
  out.push(`Objet : ${l.subject}`);
  out.push(l.salutation);
  for (const p of l.paragraphs) {
    out.push(p);
    if (p.endsWith(':') && l.attempts.length) out.push(l.attempts.map((a) => `– ${a}`).join('\n'));
  }
  out.push(l.closing);
  if (l.signature.length) out.push(l.signature.join('\n'));
  if (l.enclosures.length) out.push(`Pièces jointes :\n${l.enclosures.map((e) => `– ${e}`).join('\n')}`);
  return out.join('\n\n');
}

/** What the answers and the card already tell: the person only types the rest. */
export function fieldsFromAnswers(
  answers: { currentTitle?: unknown; postcode?: unknown },
  card: { legalBasis: readonly string[] } | undefined,
): Pick<LetterFields, 'legalBasis' | 'request' | 'postcode'> {
  const t = answers.currentTitle;
  const request = t === undefined || t === 'dont-know' ? undefined : t === 'none' || t === 'asylum-seeker-certificate' || t === 'vls-ts' ? 'first' : 'renewal';
  return {
    ...(card ? { legalBasis: card.legalBasis } : {}),
    ...(request ? { request } : {}),
    ...(typeof answers.postcode === 'string' ? { postcode: answers.postcode } : {}),
  };
}

/**
 * The register of articles (issue 16): one entry per article, accord provision or other text that a
 * rule cites (`ref` of a condition, `legalBasis`, a document, a parameter, a deadline, an alert, the
 * implicit refusal, the commission). The key is the string the rules already write ('CESEDA L423-7',
 * 'AFA 6-5'); `ArticleRef` is the type of those keys, so a typo or an unregistered article fails the
 * compiler.
 *
 * Each entry says when it was last checked (`verifiedOn`) and how sure the legal reference is
 * (`confidence`: H / M / L as ../shared/legal/README.md "Conventions" defines them). A card's
 * "verified on" is derived from the entries it cites (`cardVerifiedOn`: the oldest, to be
 * conservative), so **re-checking an article is one line here**: set its `verifiedOn` to the day.
 *
 * `officialId` is the Légifrance id of the article (LEGIARTI…) when a source ties that id to that very
 * article of the current numbering, the text id of the accord's publication (JORFTEXT…) for the
 * Algerian accord, the CELEX number for an EU directive; `idSource` says where it was read. A code
 * article's id is, unless its note says otherwise, the id of its first version (the one Légifrance and
 * doctrine.fr file every later version under; for the CESEDA, the version of 1 May 2021). Never
 * guessed: where no source names the id of that article, it is left undefined and `note` says why
 * (tests/references.test.ts checks that every CESEDA entry has one or the other, that no two entries
 * share an article id, and that the ids of the 2021 recodification run down as article numbers go up,
 * as Légifrance numbered them).
 *
 * `article` holds the words a French letter writes after "l'article" ("L423-7", "6, 2)", "7 bis, a)"),
 * and `text` the instrument it belongs to; filing/letters.ts reads them instead of parsing the key.
 */
import type { IsoDate } from './dates';
import type { Card } from './card';
import type { Condition, Confidence } from './logic';

/** The instruments the rules cite. `ofFr`: how a French sentence names it after an article number. */
export const TEXTS = {
  CESEDA: { ofFr: 'du code de l’entrée et du séjour des étrangers et du droit d’asile (CESEDA)' },
  AFA: { ofFr: "de l'accord franco-algérien du 27 décembre 1968" },
  AFM: { ofFr: "de l'accord franco-marocain du 9 octobre 1987" },
  AFT: { ofFr: "de l'accord franco-tunisien du 17 mars 1988" },
  'Code civil': { ofFr: 'du code civil' },
  CJA: { ofFr: 'du code de justice administrative' },
  'Directive 2004/38': { ofFr: 'de la directive 2004/38/CE du 29 avril 2004' },
  'Conseil d’État': { ofFr: '' },
  loi: { ofFr: '' },
  décret: { ofFr: '' },
  arrêté: { ofFr: '' },
} as const;
export type LegalText = keyof typeof TEXTS;

export interface ArticleEntry {
  text: LegalText;
  /** The article in French citation form ("L423-7", "6, 2)"); absent for a whole text or a decision. */
  article?: string;
  /** Short French title. */
  title: string;
  /** Légifrance id (LEGIARTI… / JORFTEXT…) or CELEX number, only when a source names it. */
  officialId?: string;
  /** Where `officialId` was read (a legal/ section, a mirror of Légifrance quoting the article). */
  idSource?: string;
  /** The day the article was last checked against its text. */
  verifiedOn: IsoDate;
  confidence: Confidence;
  /** The reference marks it L / UNCONFIRMED / ⚠: to be confirmed. */
  verify?: boolean;
  /**
   * For an entry with `verify` or confidence L: the verify note (locale key `verify.<id>`) that a card resting on it
   * shows, naming the article and what is unsure. Defaults to `article-<key>` (`articleVerifyNoteId`). Point it at a
   * note a card already declares when that note says the same thing, so the result does not say it twice.
   */
  verifyNote?: string;
  note?: string;
}

/** Checked on 22 Nov 2026 (the legal reference's research date). */
const NOV22: IsoDate = '2026-11-22';
/** Re-checked on 3 Dec 2026 (legal/README.md "Corrections of 2026-12-03"; issues 12 and 13). */
const DEC03: IsoDate = '2026-12-03';

const NO_ID = 'No Légifrance id for this article in ../shared/legal/ nor in the cards’ sources: look it up, never guess it.';
const NO_ID_SECTION = (section: string) => `${NO_ID} Its section is ${section} (cards' sources).`;
/** legal/algeria-tunisia-morocco.md: "diff them against the Légifrance publication (JORFTEXT000000599731)". */
const AFA_TEXT_ID = 'JORFTEXT000000599731';
const AFA_ID_SOURCE = 'legal/algeria-tunisia-morocco.md "Accord text"';
/** Ids read on doctrine.fr / legal.tricoteuses.fr / legifrance.gouv.fr pages that show the article's number and text. */
const DOCTRINE = (id: string) => `doctrine.fr page of the article (…/LEGITEXT000006070158/articles/${id}), its number and text shown`;
/** LEGIARTI000042806916 is cited by legal/ F-11 and AES-1 without an article; it lies among the ids of the regulatory part. */
const ID_806916 = 'legal/ F-11 and AES-1 cite LEGIARTI000042806916 without naming the article; it lies among the ids of the décret of 2020 (R431-5 is …806998, R432-1/2 …806946), so it is an R article, not this one. Its legifrance.gouv.fr page (codes/id/…806916, version of 1 May 2021) shows the regulatory articles on the commission du titre de séjour (set up by the préfet, referral under L432-13, 3-month deadline), entered into force by décret 2020-1734: an R article of that section.';
const AFA_NOTE = 'Text id of the accord’s Légifrance publication (legal/ DZ ⚠ "Accord text"); no article-level id. Articles checked against quotations, not the consolidated text.';
const TN_NOTE = 'No Légifrance id of the Tunisian accord in ../shared/legal/ (sources: interieur.gouv, practitioners). Its publication decree is décret n° 89-87 of 8 Feb 1989 (cited in the visas of décret n° 92-616, admi.net copy of the JO); that decree’s JORFTEXT id was not seen, so not set.';
const MA_NOTE = 'legal/ MA sources cite legal.tricoteuses.fr JORFARTI000001388258 without saying which article it is: that page shows it is Article 1er of the accord as published by décret n° 94-203 of 4 Mar 1994, not a text id and not article 3. The decree’s JORFTEXT id was not seen, so not set.';

type Extra = Partial<Pick<ArticleEntry, 'officialId' | 'idSource' | 'verify' | 'verifyNote' | 'note'>>;
const ceseda = (article: string, title: string, verifiedOn: IsoDate, confidence: Confidence, extra: Extra = {}): ArticleEntry =>
  ({ text: 'CESEDA', article, title, verifiedOn, confidence, ...(extra.officialId ? {} : { note: NO_ID }), ...extra });
const afa = (article: string | undefined, title: string, verifiedOn: IsoDate, confidence: Confidence, extra: Extra = {}): ArticleEntry =>
  ({ text: 'AFA', ...(article ? { article } : {}), title, officialId: AFA_TEXT_ID, idSource: AFA_ID_SOURCE, verifiedOn, confidence, note: AFA_NOTE, ...extra });
const aft = (article: string | undefined, title: string, confidence: Confidence, extra: Extra = {}): ArticleEntry =>
  ({ text: 'AFT', ...(article ? { article } : {}), title, verifiedOn: NOV22, confidence, note: TN_NOTE, ...extra });
const afm = (article: string | undefined, title: string, confidence: Confidence, extra: Extra = {}): ArticleEntry =>
  ({ text: 'AFM', ...(article ? { article } : {}), title, verifiedOn: NOV22, confidence, note: MA_NOTE, ...extra });

export const ARTICLES = {
  // ── CESEDA, livre I and II: scope, EU family members (eu-family.md EU-0…6).
  'CESEDA L110-1': ceseda('L110-1', 'Champ d’application du code (étrangers)', NOV22, 'H'),
  'CESEDA L200-1': ceseda('L200-1', 'Citoyens de l’Union et membres de leur famille : champ du livre II', NOV22, 'H'),
  'CESEDA L200-4': ceseda('L200-4', 'Membre de famille d’un citoyen de l’Union (famille proche)', DEC03, 'H', { officialId: 'LEGIARTI000042777426', idSource: 'legal/eu-family.md EU-1, EU-2 (L200-4)' }),
  'CESEDA L200-5': ceseda('L200-5', 'Autre membre de famille (partenaire, personne à charge)', DEC03, 'M', { officialId: 'LEGIARTI000042777424', idSource: 'legal/eu-family.md EU-2 (L200-5)' }),
  'CESEDA L231-1': ceseda('L231-1', 'Citoyen de l’Union : droit au séjour', NOV22, 'H'),
  'CESEDA L233-1': ceseda('L233-1', 'Droit au séjour de plus de 3 mois du citoyen de l’Union', DEC03, 'H', { officialId: 'LEGIARTI000042777382', idSource: 'legal/eu-family.md EU-1 (Légifrance, L233-1)', note: 'Id of the version of 1 May 2021 (eu-family.md EU-1).' }),
  'CESEDA L233-2': ceseda('L233-2', 'Membre de famille accompagnant ou rejoignant un citoyen de l’Union', DEC03, 'H', { officialId: 'LEGIARTI000042777380', idSource: `${DOCTRINE('LEGIARTI000042777380')}, version of 1 May 2021 (formerly L121-3)` }),
  'CESEDA L233-3': ceseda('L233-3', 'Autre membre de famille : séjour examiné', DEC03, 'M'),
  'CESEDA L234-1': ceseda('L234-1', 'Droit au séjour permanent après 5 ans', NOV22, 'H'),
  'CESEDA R233-1': ceseda('R233-1', 'Citoyen de l’Union : ressources suffisantes et assurance maladie', DEC03, 'H'),
  'CESEDA R233-9': ceseda('R233-9', 'Maintien du droit après divorce ou décès', DEC03, 'H', { officialId: 'LEGIARTI000042808048', idSource: 'legal/eu-family.md EU-4 (R233-9)' }),
  'CESEDA R233-10': ceseda('R233-10', 'Maintien du droit : conditions', DEC03, 'H', { officialId: 'LEGIARTI000042808046', idSource: 'legal/eu-family.md EU-4 (R233-10)' }),
  'CESEDA R233-15': ceseda('R233-15', 'Demande de carte dans les 3 mois de l’entrée', NOV22, 'M'),
  'CESEDA R234-3': ceseda('R234-3', 'Séjour permanent : continuité du séjour', NOV22, 'H'),

  // ── Livre IV: entry conditions of a title, integration (X1–X5).
  'CESEDA L411-5': ceseda('L411-5', 'Carte de résident : péremption après 3 ans hors de France', DEC03, 'H', { officialId: 'LEGIARTI000042776900', idSource: `${DOCTRINE('LEGIARTI000042776900')} (formerly L314-7)`, note: 'The doctrine.fr page seen shows the version of 28 Jan 2024 (LEGIARTI000049059458, loi 2024-42) filed under this article id.' }),
  'CESEDA L412-1': ceseda('L412-1', 'Visa de long séjour pour une première carte', NOV22, 'H', { officialId: 'LEGIARTI000042776891', idSource: 'publish.calenco.com LEGI page of that id (…/LEGITEXT000006070158/LEGIARTI000042776891.html): the text of L412-1 (first-issue long-stay visa, exceptions of L412-2 and L412-3) with the 1 May 2021 entry-into-force note', note: 'The calenco page shows the text, not the number: the article is identified by its text (no other article has it); the id fits the order (L411-4 …902, L421-1 …797).' }),
  'CESEDA L412-5': ceseda('L412-5', 'Menace pour l’ordre public', NOV22, 'H'),
  'CESEDA L412-6': ceseda('L412-6', 'Polygamie', NOV22, 'H'),
  'CESEDA L412-7': ceseda('L412-7', 'Contrat d’engagement au respect des principes de la République', NOV22, 'H'),
  'CESEDA L413-3': ceseda('L413-3', 'Examen civique', DEC03, 'H'),
  'CESEDA L413-5': ceseda('L413-5', 'Dispenses du contrat d’intégration républicaine', DEC03, 'M'),
  'CESEDA L413-7': ceseda('L413-7', 'Carte de résident : français B1, examen civique, avis du maire', DEC03, 'H', { officialId: 'LEGIARTI000049052366', idSource: 'legal/general-regime.md X5 (L413-7)', note: 'Id of the version in force since 28 Jan 2024 (loi 2024-42), as legal/ gives it, not of the version of 1 May 2021.' }),
  'CESEDA R413-15': ceseda('R413-15', 'Niveau B1 de français pour la carte de résident', DEC03, 'H'),

  // ── Titre II, chapitre I: work (W-1…6).
  'CESEDA L421-1': ceseda('L421-1', 'Carte « salarié » (CDI)', DEC03, 'H', { officialId: 'LEGIARTI000042776797', idSource: 'Légifrance URL quoted beside the article’s text (the « salarié » CDI card and its work-authorisation clause) in two public research notes' }),
  'CESEDA L421-3': ceseda('L421-3', 'Carte « travailleur temporaire » (CDD, détachement)', DEC03, 'H', { officialId: 'LEGIARTI000042776791', idSource: 'Légifrance URL quoted beside the work-authorisation clause of the CDD card (L421-3) in a public research note; between L421-1 (…797) and L421-4 (…787)' }),
  'CESEDA L421-5': ceseda('L421-5', 'Carte « entrepreneur / profession libérale »', NOV22, 'H'),
  'CESEDA L421-9': ceseda('L421-9', 'Talent – salarié qualifié', NOV22, 'H', { officialId: 'LEGIARTI000042776769', idSource: DOCTRINE('LEGIARTI000042776769'), note: 'The doctrine.fr page seen shows the version of 28 Jan 2024 (LEGIARTI000049052463, loi 2024-42) filed under this article id.' }),
  'CESEDA L421-11': ceseda('L421-11', 'Talent – carte bleue européenne', NOV22, 'H', { officialId: 'LEGIARTI000042776765', idSource: `${DOCTRINE('LEGIARTI000042776765')}, version of 1 May 2021` }),
  'CESEDA L421-13-1': ceseda('L421-13-1', 'Talent – profession médicale et de pharmacie', NOV22, 'H'),
  'CESEDA L421-14': ceseda('L421-14', 'Talent – chercheur', NOV22, 'H', { officialId: 'LEGIARTI000042776757', idSource: DOCTRINE('LEGIARTI000042776757'), note: 'The doctrine.fr page seen shows the version of 28 Jan 2024 (LEGIARTI000049052698, loi 2024-42) filed under this article id.' }),
  'CESEDA L421-16': ceseda('L421-16', 'Talent – porteur de projet', NOV22, 'M', { verify: true }),
  'CESEDA L421-19': ceseda('L421-19', 'Talent – mandataire social', NOV22, 'M', { verify: true }),
  'CESEDA L421-20': ceseda('L421-20', 'Talent – profession artistique et culturelle', NOV22, 'M', { verify: true }),
  'CESEDA L421-21': ceseda('L421-21', 'Talent – renommée nationale ou internationale', NOV22, 'M', { verify: true, officialId: 'LEGIARTI000042776735', idSource: `${DOCTRINE('LEGIARTI000042776735')}, version of 1 May 2021` }),
  'CESEDA L421-22': ceseda('L421-22', 'Talent (famille)', NOV22, 'M'),
  'CESEDA L421-26': ceseda('L421-26', 'Salarié détaché ICT', NOV22, 'H', { note: NO_ID_SECTION('LEGISCTA000042801036') }),
  'CESEDA L421-34': ceseda('L421-34', 'Travailleur saisonnier', NOV22, 'H'),
  'CESEDA L421-35': ceseda('L421-35', 'Jeune de 16 à 18 ans qui travaille', NOV22, 'H'),
  'CESEDA R421-7': ceseda('R421-7', 'Entrepreneur : immatriculation de l’activité', NOV22, 'M'),
  'CESEDA R421-8': ceseda('R421-8', 'Entrepreneur : viabilité économique du projet', NOV22, 'M'),
  'CESEDA R421-9': ceseda('R421-9', 'Entrepreneur : ressources au moins égales au SMIC', NOV22, 'M'),

  // ── Chapitre II: students (S-1…3).
  'CESEDA L422-1': ceseda('L422-1', 'Carte « étudiant »', NOV22, 'H', { officialId: 'LEGIARTI000042776689', idSource: DOCTRINE('LEGIARTI000042776689') }),
  'CESEDA L422-10': ceseda('L422-10', 'Recherche d’emploi ou création d’entreprise après le diplôme', NOV22, 'H'),

  // ── Chapitre III: private and family life (VPF).
  'CESEDA L423-1': ceseda('L423-1', 'Conjoint de Français', NOV22, 'H'),
  'CESEDA L423-2': ceseda('L423-2', 'Conjoint de Français marié en France, 6 mois de vie commune', NOV22, 'H'),
  'CESEDA L423-6': ceseda('L423-6', 'Carte de résident du conjoint de Français (3 ans de mariage)', DEC03, 'H', { note: NO_ID_SECTION('LEGISCTA000042801134') }),
  'CESEDA L423-7': ceseda('L423-7', 'Parent d’enfant français', DEC03, 'H', { note: `${NO_ID} A third-party repository gives LEGIARTI000042776913: out of order for chapter III (L423-16 is …609, L411-4 …902), so not set.` }),
  'CESEDA L423-8': ceseda('L423-8', 'Parent d’enfant français : contribution du parent qui a reconnu l’enfant', DEC03, 'H'),
  'CESEDA L423-10': ceseda('L423-10', 'Carte de résident du parent d’enfant français (3 ans)', DEC03, 'H', { note: NO_ID_SECTION('LEGISCTA000042801134') }),
  'CESEDA L423-11': ceseda('L423-11', 'Ascendant à charge d’un Français', NOV22, 'H'),
  'CESEDA L423-12': ceseda('L423-12', 'Enfant de Français (de 18 à 21 ans ou à charge)', NOV22, 'H', { note: NO_ID_SECTION('LEGISCTA000042771720') }),
  'CESEDA L423-13': ceseda('L423-13', 'Né en France, 8 ans de résidence et scolarité', DEC03, 'H'),
  'CESEDA L423-14': ceseda('L423-14', 'Regroupement familial : conjoint', NOV22, 'H', { note: NO_ID_SECTION('LEGISCTA000042776344') }),
  'CESEDA L423-15': ceseda('L423-15', 'Regroupement familial : enfant', NOV22, 'H'),
  'CESEDA L423-16': ceseda('L423-16', 'Carte de résident de la famille d’un titulaire de carte de résident', DEC03, 'H', { officialId: 'LEGIARTI000042776609', idSource: 'legal/general-regime.md CR-8; the legifrance.gouv.fr page of that id shows Article L423-16 and its text' }),
  'CESEDA L423-17': ceseda('L423-17', 'Regroupement familial : rupture de la vie commune', NOV22, 'H'),
  'CESEDA L423-21': ceseda('L423-21', 'Entré en France avant 13 ans', NOV22, 'H', { note: `${NO_ID} Its section (chapter III, section 6) is LEGISCTA000042776599 (french-business-law.com URL of the section’s page); the article’s own id was not seen.` }),
  'CESEDA L423-22': ceseda('L423-22', 'Confié à l’aide sociale à l’enfance avant 16 ans', NOV22, 'H', { officialId: 'LEGIARTI000042776593', idSource: DOCTRINE('LEGIARTI000042776593'), note: 'Id of the version of 1 May 2021; the version in force since 9 Feb 2022 (loi 2022-140) is LEGIARTI000045137531.' }),
  'CESEDA L423-23': ceseda('L423-23', 'Liens personnels et familiaux', DEC03, 'H'),

  // ── Chapitre IV: international protection and statelessness.
  'CESEDA L424-1': ceseda('L424-1', 'Carte de résident du réfugié', NOV22, 'H', { note: `${NO_ID} legal/ CR-5 cites LEGIARTI000042776581 for L424-1, L424-3 and L424-21 together, without naming the article; the Légifrance page of that id (version of 1 May 2021) shows the refugees’ section opening with the L424-1 text but no article number: probably L424-1 (it fits the order, between L423-22 …593 and L424-19 …540), not confirmed, so not set. The refugees’ section is LEGISCTA000042776585, in chapter IV LEGISCTA000042776587 (french-business-law.com URL of the section’s page); no page seen with the article’s number beside an id.` }),
  'CESEDA L424-3': ceseda('L424-3', 'Carte de résident de la famille du réfugié', NOV22, 'H', { note: `${NO_ID} legal/ CR-5 cites LEGIARTI000042776581 for L424-1, L424-3 and L424-21 together, without naming the article.` }),
  'CESEDA L424-9': ceseda('L424-9', 'Protection subsidiaire : carte pluriannuelle', NOV22, 'H', { note: `${NO_ID} Card source JORFARTI000042755718 is L424-9 as published in the JORF by ordonnance 2020-1733 (its legal.tricoteuses.fr page shows « Article L424-9 » of the ordonnance and this text), not the code’s LEGIARTI id.` }),
  'CESEDA L424-11': ceseda('L424-11', 'Protection subsidiaire : famille', NOV22, 'H', { note: `${NO_ID} Card source JORFARTI000042755718 is the ordonnance’s article L424-9 (legal.tricoteuses.fr), not L424-11 and not a code id.` }),
  'CESEDA L424-18': ceseda('L424-18', 'Apatride : carte pluriannuelle', NOV22, 'M'),
  'CESEDA L424-19': ceseda('L424-19', 'Apatride : famille', NOV22, 'M', { officialId: 'LEGIARTI000042776540', idSource: 'Légifrance page « Article L424-19 » (codes/article_lc/LEGIARTI000042776540, version in force since 1 May 2021, created by ordonnance 2020-1733), its text shown' }),
  'CESEDA L424-21': ceseda('L424-21', 'Apatride : carte de résident après 4 ans', NOV22, 'M', { note: `${NO_ID} legal/ CR-5's LEGIARTI000042776581 cannot be L424-21: L424-19 is …540 and the ids run down, so L424-21 is below it.` }),

  // ── Chapitre V: victims, health.
  'CESEDA L425-1': ceseda('L425-1', 'Victime de traite ou de proxénétisme qui porte plainte ou témoigne', NOV22, 'H'),
  'CESEDA L425-3': ceseda('L425-3', 'Victime de traite : carte de résident après condamnation', NOV22, 'M'),
  'CESEDA L425-4': ceseda('L425-4', 'Parcours de sortie de la prostitution', NOV22, 'H'),
  'CESEDA L425-6': ceseda('L425-6', 'Ordonnance de protection (violences conjugales)', NOV22, 'H'),
  'CESEDA L425-7': ceseda('L425-7', 'Ordonnance de protection (mariage forcé)', NOV22, 'H'),
  'CESEDA L425-8': ceseda('L425-8', 'Violences : carte de résident après condamnation', NOV22, 'M'),
  'CESEDA L425-9': ceseda('L425-9', 'Étranger malade', NOV22, 'H', { verify: true, verifyNote: 'sick-foreigner-bills', officialId: 'LEGIARTI000042776510', idSource: DOCTRINE('LEGIARTI000042776510'), note: 'Id of the version of 1 May 2021 (card source: JORFARTI000052000812, an amending text’s article). ⚠ abolition bills keep being tabled (legal/ ⚠ 9).' }),
  'CESEDA L425-10': ceseda('L425-10', 'Parent d’enfant malade (APS)', NOV22, 'H', { note: `${NO_ID} legal/ APS-1 cites LEGIARTI000032176381, the id of the former L311-12 (2016), not of L425-10.` }),
  'CESEDA R425-11': ceseda('R425-11', 'Procédure médicale OFII : certificat médical', NOV22, 'H'),

  // ── Chapitre VI: other titles.
  'CESEDA L426-1': ceseda('L426-1', 'Carte de résident : conditions de l’article 21-7 du code civil à 18 ans', DEC03, 'M'),
  'CESEDA L426-2': ceseda('L426-2', 'Ancien militaire', NOV22, 'H', { note: NO_ID_SECTION('LEGISCTA000042771842') }),
  'CESEDA L426-3': ceseda('L426-3', 'Légion étrangère', NOV22, 'H', { note: NO_ID_SECTION('LEGISCTA000042771842') }),
  'CESEDA L426-4': ceseda('L426-4', 'Carte de résident permanent', DEC03, 'H', { officialId: 'LEGIARTI000042776490', idSource: 'legal/general-regime.md CR-10, CR-12', note: 'legal/ CR-10 and CR-12 cite this id for "the L426-4 list".' }),
  'CESEDA L426-5': ceseda('L426-5', 'Rente d’accident du travail (carte temporaire)', NOV22, 'H'),
  'CESEDA L426-6': ceseda('L426-6', 'Rente d’accident du travail (carte de résident)', NOV22, 'H'),
  'CESEDA L426-7': ceseda('L426-7', 'Ayant droit d’une rente d’accident du travail', NOV22, 'H'),
  'CESEDA L426-8': ceseda('L426-8', 'Carte « retraité »', NOV22, 'M', { note: `${NO_ID} LEGIARTI000006335133 is the former L317-1 (2006–2021), which doctrine.fr gives as the source of L426-8 and L426-9: not this article’s id.` }),
  'CESEDA L426-9': ceseda('L426-9', 'Conjoint du titulaire de la carte « retraité »', DEC03, 'M', { note: `${NO_ID} LEGIARTI000006335133 is the former L317-1 (2006–2021), which doctrine.fr gives as the source of L426-8 and L426-9: not this article’s id.` }),
  'CESEDA L426-10': ceseda('L426-10', 'Contribution économique exceptionnelle', NOV22, 'M', { verify: true, verifyNote: 'l426-10-article-not-seen', note: `${NO_ID} Article number probable, text not seen (legal/ CR-11 ⚠).` }),
  'CESEDA L426-17': ceseda('L426-17', 'Résident de longue durée-UE', DEC03, 'H', { officialId: 'LEGIARTI000042776450', idSource: 'legal.tricoteuses.fr page of the article (articles/LEGIARTI000042776450), its number and text shown' }),
  'CESEDA L426-18': ceseda('L426-18', 'Résident de longue durée-UE : périodes non comptées', NOV22, 'H'),
  'CESEDA L426-20': ceseda('L426-20', 'Visiteur', NOV22, 'H', { officialId: 'LEGIARTI000042776442', idSource: DOCTRINE('LEGIARTI000042776442') }),
  'CESEDA L426-21': ceseda('L426-21', 'Volontariat', NOV22, 'H', { officialId: 'LEGIARTI000042776436', idSource: 'legal/general-regime.md O-3 (legal.tricoteuses.fr)' }),
  'CESEDA L426-22': ceseda('L426-22', 'Jeune au pair', NOV22, 'H', { note: `${NO_ID} LEGIARTI000006335070 (version LEGIARTI000037398974, 2019) is the former L313-9, which doctrine.fr gives as renumbered L426-22: not this article’s id. Its subsection is LEGISCTA000042776434 (publish.calenco.com).` }),
  'CESEDA L426-23': ceseda('L426-23', 'Stagiaire', NOV22, 'M'),
  'CESEDA R426-10': ceseda('R426-10', 'Volontariat : demande dans le mois de l’entrée', NOV22, 'M'),
  'CESEDA R426-13': ceseda('R426-13', 'Jeune au pair : conditions', NOV22, 'M'),

  // ── Titre III: filing, renewal (X6, F-6, F-8, F-11).
  'CESEDA R431-2': ceseda('R431-2', 'Demandes à faire en ligne (ANEF)', NOV22, 'H'),
  'CESEDA R431-3': ceseda('R431-3', 'Demandes déposées à la préfecture', NOV22, 'M', { note: NO_ID_SECTION('LEGISCTA000042807014') }),
  'CESEDA R431-5': ceseda('R431-5', 'Quand demander une carte ou son renouvellement', DEC03, 'H', { officialId: 'LEGIARTI000042806998', idSource: 'legal/general-regime.md VPF-5 (R431-5)' }),
  'CESEDA R432-1': ceseda('R432-1', 'Silence de la préfecture : refus implicite', NOV22, 'H', { note: `${NO_ID} legal/ F-8 cites LEGIARTI000042806946 for R432-1 and R432-2 together.` }),
  'CESEDA R432-2': ceseda('R432-2', 'Refus implicite après 4 mois', NOV22, 'H', { note: `${NO_ID} legal/ F-8 cites LEGIARTI000042806946 for R432-1 and R432-2 together.` }),
  'CESEDA L432-13': ceseda('L432-13', 'Commission du titre de séjour', DEC03, 'H', { note: `${NO_ID} ${ID_806916}` }),
  'CESEDA L433-1': ceseda('L433-1', 'Renouvellement : conditions de la première délivrance', DEC03, 'H', { officialId: 'LEGIARTI000042776364', idSource: `${DOCTRINE('LEGIARTI000042776364')}; also the Légifrance page « Article L433-1 » (codes/article_lc/LEGIARTI000042776364)`, note: 'Id of the version of 1 May 2021, under which both sources file the article; the version in force since 28 Jan 2024 (loi 2024-42, art. 46) is LEGIARTI000049059471 (doctrine.fr).' }),
  'CESEDA L433-1-1': ceseda('L433-1-1', 'Pas plus de 3 renouvellements de la même carte temporaire', DEC03, 'H'),
  'CESEDA L433-2': ceseda('L433-2', 'Renouvellement de la carte de résident', DEC03, 'H', { note: NO_ID_SECTION('LEGISCTA000042776366') }),
  'CESEDA L433-3-1': ceseda('L433-3-1', 'Renouvellement : résidence habituelle en France', DEC03, 'M'),
  'CESEDA L433-4': ceseda('L433-4', 'Carte pluriannuelle après une carte d’un an', DEC03, 'H', { note: `${NO_ID} legal/ X6 cites LEGIARTI000042776902 without naming the article; that id is L411-4 (length of the multi-year card), not L433-4.` }),
  'CESEDA R433-5': ceseda('R433-5', 'Niveau A2 de français pour la première carte pluriannuelle', DEC03, 'H', { officialId: 'LEGIARTI000051908034', idSource: 'legal/general-regime.md X5 (R433-5)' }),

  // ── Titre III, chapitre V: admission exceptionnelle (AES-1…4).
  'CESEDA L435-1': ceseda('L435-1', 'Admission exceptionnelle au séjour', DEC03, 'H', { note: `${NO_ID} ${ID_806916}` }),
  'CESEDA L435-2': ceseda('L435-2', 'Admission exceptionnelle : travail dans un organisme d’accueil (OACAS)', NOV22, 'M', { verify: true, note: `${NO_ID} Text not seen (legal/ AES-2).` }),
  'CESEDA L435-3': ceseda('L435-3', 'Confié à l’ASE entre 16 et 18 ans', NOV22, 'H', { officialId: 'LEGIARTI000042776306', idSource: 'legal/general-regime.md AES-3', note: 'legal/ AES-3 cites this id for the version of 9 Feb 2022; an id of the 2021 range, i.e. the article’s first-version id under which that version is filed.' }),
  'CESEDA L435-4': ceseda('L435-4', 'Métiers en tension (jusqu’au 31 décembre 2026)', DEC03, 'H', { verify: true, verifyNote: 'check-extension', officialId: 'LEGIARTI000049044146', idSource: DOCTRINE('LEGIARTI000049044146'), note: 'Created by loi 2024-42 (art. 27): its first version is that of 28 Jan 2024, the only one doctrine.fr lists; not an id of the 2021 recodification.' }),

  // ── Titre III, chapitre VI: taxes (F-7).
  'CESEDA L436-1': ceseda('L436-1', 'Taxe de délivrance et de renouvellement', NOV22, 'M', { officialId: 'LEGIARTI000042776300', idSource: 'legal/filing-fees-remedies.md F-7; legal/general-regime.md O-4', note: 'legal/ F-7 and O-4 cite this id for "the L436-1 exemptions" (doctrine).' }),
  'CESEDA L436-4': ceseda('L436-4', 'Visa de régularisation', DEC03, 'M'),
  'CESEDA L436-7': ceseda('L436-7', 'Droit de timbre', NOV22, 'M'),
  'CESEDA Annexe 10': ceseda('Annexe 10', 'Pièces à fournir (liste commune)', NOV22, 'H'),

  // ── Livre V, VI, VII: asylum, removal (F-10).
  'CESEDA L572-1': ceseda('L572-1', 'Procédure Dublin', NOV22, 'H'),
  'CESEDA L611-1': ceseda('L611-1', 'Obligation de quitter le territoire français', NOV22, 'H', { officialId: 'LEGIARTI000042775578', idSource: DOCTRINE('LEGIARTI000042775578'), note: 'Id of the version of 1 May 2021 (doctrine.fr, version=LEGIARTI000042775578).' }),
  'CESEDA L614-1': ceseda('L614-1', 'Recours contre une OQTF : délais', NOV22, 'H'),
  'CESEDA L731-1': ceseda('L731-1', 'OQTF exécutable pendant 3 ans', DEC03, 'H', { officialId: 'LEGIARTI000042775182', idSource: DOCTRINE('LEGIARTI000042775182'), note: 'Id of the version of 1 May 2021, under which doctrine.fr files the article; the version in force since 28 Jan 2024 (loi 2024-42, art. 72) has its own id, not seen.' }),

  // ── Franco-Algerian accord of 27 Dec 1968 (DZ).
  'AFA 1968': afa(undefined, 'Accord franco-algérien du 27 décembre 1968', NOV22, 'H'),
  'AFA 5': afa('5', 'Activité non salariée', NOV22, 'M'),
  'AFA 6-1': afa('6, 1)', 'Plus de 10 ans de résidence', NOV22, 'H'),
  'AFA 6-2': afa('6, 2)', 'Conjoint de Français', NOV22, 'H'),
  'AFA 6-3': afa('6, 3)', 'Conjoint d’un scientifique', NOV22, 'M'),
  'AFA 6-4': afa('6, 4)', 'Parent d’enfant français', DEC03, 'H'),
  'AFA 6-5': afa('6, 5)', 'Liens personnels et familiaux', DEC03, 'H'),
  'AFA 6-6': afa('6, 6)', 'Né en France', NOV22, 'M'),
  'AFA 6-7': afa('6, 7)', 'Malade', NOV22, 'M'),
  'AFA 7-a': afa('7, a)', 'Visiteur', NOV22, 'M'),
  'AFA 7-b': afa('7, b)', 'Salarié', NOV22, 'M'),
  'AFA 7-c': afa('7, c)', 'Profession réglementée', NOV22, 'H'),
  'AFA 7bis': afa('7 bis', 'Certificat de résidence de 10 ans', DEC03, 'H'),
  'AFA 7bis-a': afa('7 bis, a)', 'Conjoint de Français (10 ans)', NOV22, 'H'),
  'AFA 7bis-b': afa('7 bis, b)', 'Enfant ou ascendant de Français', NOV22, 'H'),
  'AFA 7bis-c': afa('7 bis, c)', 'Rente d’accident du travail', NOV22, 'H'),
  'AFA 7bis-d': afa('7 bis, d)', 'Famille d’un titulaire du certificat de 10 ans', NOV22, 'H'),
  'AFA 7bis-e': afa('7 bis, e)', 'Résident en France depuis l’âge de 10 ans', NOV22, 'H'),
  'AFA 7bis-f': afa('7 bis, f)', '10 ans de séjour régulier', NOV22, 'H'),
  'AFA 7bis-g': afa('7 bis, g)', 'Parent d’enfant français (10 ans)', NOV22, 'H'),
  'AFA 7bis-h': afa('7 bis, h)', '5 ans avec un certificat « vie privée et familiale »', NOV22, 'H'),
  'AFA 7ter': afa('7 ter', 'Retraité et son conjoint', DEC03, 'M'),
  'AFA 8': afa('8', 'Péremption après 3 ans hors de France', DEC03, 'H'),
  'AFA 9': afa('9', 'Visa de long séjour', NOV22, 'H'),

  // ── Franco-Tunisian accord of 17 Mar 1988 (TN) and Franco-Moroccan accord of 9 Oct 1987 (MA).
  'AFT 1988': aft(undefined, 'Accord franco-tunisien du 17 mars 1988', 'M'),
  'AFT 3': aft('3', 'Salarié ; carte de résident après 3 ans', 'M'),
  'AFT 10': aft('10', 'Carte de résident de plein droit', 'M'),
  'AFT 11': aft('11', 'Points non réglés par l’accord : législation française', 'M'),
  'AFT 7ter-b': aft('7 ter, b)', 'Résident en France depuis l’âge de 10 ans', 'L', { verify: true, verifyNote: 'aft-7ter-b-letter' }),
  'AFM 1987': afm(undefined, 'Accord franco-marocain du 9 octobre 1987', 'M'),
  'AFM 3': afm('3', 'Salarié ; carte de résident', 'M'),

  // ── Other codes, EU law, case law, laws and decrees.
  'Code civil 21-7': { text: 'Code civil', article: '21-7', title: 'Nationalité française à 18 ans pour l’enfant né en France', verifiedOn: DEC03, confidence: 'H',
    officialId: 'LEGIARTI000006419825', idSource: 'doctrine.fr page « Article 21-7 du Code civil » (…/LEGITEXT000006070721/articles/LEGIARTI000006419825), its text shown',
    note: 'Id of the first version (1994), under which doctrine.fr files the article; the version of 1998–2019 is LEGIARTI000006419826 (legal.tricoteuses.fr), the version in force since 1 Jan 2020 has its own id, not seen.' },
  'Code civil 515-9': { text: 'Code civil', article: '515-9', title: 'Ordonnance de protection (violences)', verifiedOn: NOV22, confidence: 'H', note: NO_ID },
  'Code civil 515-13': { text: 'Code civil', article: '515-13', title: 'Ordonnance de protection (mariage forcé)', verifiedOn: NOV22, confidence: 'H', note: NO_ID },
  'CJA L521-3': { text: 'CJA', article: 'L521-3', title: 'Référé « mesures utiles »', verifiedOn: NOV22, confidence: 'H',
    officialId: 'LEGIARTI000006449328', idSource: 'doctrine.fr page « Article L521-3 du Code de justice administrative » (…/LEGITEXT000006070933/articles/LEGIARTI000006449328), its text shown',
    note: 'The only version (in force since 1 Jan 2001), per doctrine.fr.' },
  'CJA R421-1': { text: 'CJA', article: 'R421-1', title: 'Délai de recours de 2 mois', verifiedOn: NOV22, confidence: 'H',
    officialId: 'LEGIARTI000006449941', idSource: 'doctrine.fr page « Article R421-1 du Code de justice administrative » (…/LEGITEXT000006070933/articles/LEGIARTI000006449941), its text shown',
    note: 'Id of the first version (2001), under which doctrine.fr files the article; the version in force since 1 Jan 2020 (décret 2019-1502) is LEGIARTI000039807005.' },
  'Directive 2004/38 art. 37': {
    text: 'Directive 2004/38', article: '37', title: 'Dispositions nationales plus favorables', verifiedOn: DEC03, confidence: 'H',
    officialId: 'CELEX 32004L0038', idSource: 'EUR-Lex numbering of Directive 2004/38/CE (sector 3, 2004, L, 0038)', note: 'CELEX number of the directive (EUR-Lex), no article-level id.',
  },
  'CE avis 22 Mar 2010 n° 333679': {
    // The authority of the DZ-GEN row re-read on 2026-12-03: an Algerian family member of an EU citizen keeps the accord
    // as national regime when the EU right fails (legal/README.md "Corrections of 2026-12-03" item 9).
    text: 'Conseil d’État', title: 'L’accord franco-algérien régit seul le séjour des Algériens', verifiedOn: DEC03, confidence: 'H',
    note: 'A Conseil d’État opinion: cited by its number; no Légifrance id in ../shared/legal/.',
  },
  'CE avis 10 Oct 2024 n° 494718': {
    text: 'Conseil d’État', title: 'Pas de refus implicite sur un dossier incomplet ou déposé par la mauvaise voie', verifiedOn: NOV22, confidence: 'H',
    note: 'A Conseil d’État opinion (legal/ F-8: conseil-etat.fr 2024-10-10 n° 494718): cited by its number. Its ECLI is ECLI:FR:CECHR:2024:494718.20241010 (conseil-etat.fr decision page, arianeweb/CE/decision/2024-10-10/494718, the TA Clermont-Ferrand referral shown); not stored as officialId, which holds Légifrance ids only; its CETATEXT id was not seen.',
  },
  'CE avis 2 Mar 2012 n° 355208': {
    // Added to the Tunisian rule on 2026-12-03 (legal/README.md "Corrections of 2026-12-03" item 7; TN-11).
    text: 'Conseil d’État', title: 'Tunisiens et Marocains : pas d’admission exceptionnelle comme salarié', verifiedOn: DEC03, confidence: 'H',
    note: 'A Conseil d’État opinion (conseil-etat.fr analysis page 2012-03-02 n° 355208, Lebon tables; juricaf FRANCE-CONSEILDETAT-20120302-355208): cited by its number; neither its CETATEXT id nor its ECLI was seen.',
  },
  'loi 2024-42 art. 27': {
    text: 'loi', title: 'Loi du 26 janvier 2024 : métiers en tension à titre expérimental', verifiedOn: DEC03, confidence: 'H', verify: true, verifyNote: 'check-extension',
    officialId: 'JORFTEXT000049040245', idSource: 'doctrine.fr page of the loi (…/texts/lois/JORFTEXT000049040245), titled « LOI n° 2024-42 du 26 janvier 2024 pour contrôler l’immigration, améliorer l’intégration »',
    note: 'Text id of the loi (JORF), no article-level id. ⚠ end date 31 Dec 2026, no extension found (legal/ ⚠ 1).',
  },
  'LF 2026 art. 128': {
    text: 'loi', title: 'Loi de finances pour 2026 : taxes de séjour à partir du 1er mai 2026', verifiedOn: NOV22, confidence: 'M', verify: true, verifyNote: 'fee',
    note: 'No JORF id in ../shared/legal/. ⚠ consolidated text not seen (legal/ F-7, ⚠ 2).',
  },
  'arrêté 21 Aug 2025 (talent pay)': {
    text: 'arrêté', title: 'Arrêté du 21 août 2025 : seuils de salaire « talent » et carte bleue', verifiedOn: NOV22, confidence: 'M',
    note: 'No JORF id in ../shared/legal/ (cards cite legal.tricoteuses.fr JORFARTI000051736262 without naming the article).',
  },
  'décret 2025-539': {
    text: 'décret', title: 'Décret de 2025 : délais de silence des titres « talent »', verifiedOn: NOV22, confidence: 'M',
    note: 'No JORF id in ../shared/legal/.',
  },
} as const satisfies Record<string, ArticleEntry>;

/** A registered article: what `ref`, `legalBasis`, documents, parameters and deadlines cite. */
export type ArticleRef = keyof typeof ARTICLES;

/** A register shaped like ARTICLES (tests pass a modified copy to see what a re-check changes). */
export type Register = Readonly<Record<ArticleRef, Pick<ArticleEntry, 'verifiedOn'>>>;
/** The same for the doubts (tests pass a copy with one line flagged to see which cards gain the note). */
export type FlagRegister = Readonly<Record<ArticleRef, Pick<ArticleEntry, 'confidence' | 'verify' | 'verifyNote'>>>;

export const isArticleRef = (s: string): s is ArticleRef => Object.prototype.hasOwnProperty.call(ARTICLES, s);

export const articleOf = (ref: ArticleRef): ArticleEntry => ARTICLES[ref];

/** The oldest `verifiedOn` among these articles (conservative: a card is as fresh as its least recently checked article). */
export function oldestVerifiedOn(refs: Iterable<ArticleRef>, register: Register = ARTICLES): IsoDate | undefined {
  let oldest: IsoDate | undefined;
  for (const r of refs) {
    const d = register[r].verifiedOn;
    if (oldest === undefined || d < oldest) oldest = d;
  }
  return oldest;
}

/** The default verify note of a flagged article: `article-` and its key in lower case ('CESEDA L421-16' → 'article-ceseda-l421-16'). */
export const articleVerifyNoteId = (ref: ArticleRef): string => `article-${ref.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-$/, '')}`;

/**
 * The "to be confirmed" note of an article, when the reference doubts it: `verify` (legal/ marks it ⚠ / UNCONFIRMED)
 * or confidence L (legal/README.md "Rules for the code" 1: such a rule "shows a 'to be confirmed' notice"). M alone
 * is for the volunteer trace, not a note. Undefined for a firm article.
 */
export function articleVerifyNote(ref: ArticleRef, register: FlagRegister = ARTICLES): string | undefined {
  const e = register[ref];
  if (e.verify !== true && e.confidence !== 'L') return undefined;
  return e.verifyNote ?? articleVerifyNoteId(ref);
}

/** The notes of the flagged articles among `refs`, each once, in order. */
export function articleVerifyNotes(refs: Iterable<ArticleRef>, register: FlagRegister = ARTICLES): string[] {
  const out = new Set<string>();
  for (const r of refs) {
    const note = articleVerifyNote(r, register);
    if (note) out.add(note);
  }
  return [...out];
}

/** Every article a condition tree cites (each node's `ref`), root first. */
export function conditionArticles(c: Condition, out: Set<ArticleRef> = new Set()): Set<ArticleRef> {
  if (c.ref !== undefined) out.add(c.ref);
  if (c.kind === 'all' || c.kind === 'any') for (const child of c.of) conditionArticles(child, out);
  else if (c.kind === 'not') conditionArticles(c.of, out);
  return out;
}

/** The articles a card rests on: its legal basis and every `ref` of its condition tree. */
export function cardArticles(card: Pick<Card, 'legalBasis' | 'conditions'>): Set<ArticleRef> {
  return conditionArticles(card.conditions, new Set(card.legalBasis));
}

const cardDates = new WeakMap<object, IsoDate>();

/**
 * A card's "verified on": the oldest `verifiedOn` among the articles its legal basis and conditions
 * cite (conservative: re-checking one article moves the date of the cards citing it, and only
 * theirs). Written nowhere in the card files.
 */
export function cardVerifiedOn(card: Pick<Card, 'legalBasis' | 'conditions'>, register: Register = ARTICLES): IsoDate {
  const cached = register === ARTICLES ? cardDates.get(card) : undefined;
  if (cached) return cached;
  const date = oldestVerifiedOn(cardArticles(card), register);
  if (date === undefined) throw new Error('a card cites no article');
  if (register === ARTICLES) cardDates.set(card, date);
  return date;
}

/** Fields every Algerian certificat card shares (DZ-0). */
import type { Card } from '../../card';

/**
 * DZ-0: the CER (L412-7) is optional for Algerians per the décret 2024-811 explainers; not
 * confirmed Algeria-side (⚠, legal README ⚠ 4). No A2/B1 or civic exam applies to Algerians.
 * Fees: the CESEDA taxes seem to apply (F-7); Algerian-specific reductions UNCONFIRMED.
 */
export const DZ_COMMON = {
  regime: 'algeria',
  cer: 'optional',
  fee: { tax: 'standard', verify: true },
} as const satisfies Partial<Card>;

export const DZ_VERIFY = ['cer-optional-algerians'] as const;

/** Grounds of the art. 6 "vie privée et familiale" certificats (6-x and regroupement familial). */
export const VPF_GROUNDS = ['spouse-of-french', 'parent-of-french-child', 'family-ties', 'health', 'family-reunification'] as const;

export const DZ_SOURCES = ['interieur.gouv "Accord franco-algérien 27 décembre 1968"', 'service-public F2215'] as const;

/**
 * The 10-year certificat de résidence (AFA 7 bis; DZ-E): ten years, firm text (confidence H), the shared CER point.
 * Each card adds its own grounds, documents, channel and sources after this spread.
 */
export const DZ_TEN_YEAR_CERTIFICATE = {
  ...DZ_COMMON,
  title: 'dz-certificate-10y',
  durationMonths: 120,
  confidence: 'H',
  verify: DZ_VERIFY,
} as const satisfies Partial<Card>;

/** Sources every 10-year certificat card cites (service-public F2257: the 10-year certificat). */
export const DZ_TEN_YEAR_SOURCES = [...DZ_SOURCES, 'service-public F2257'] as const;

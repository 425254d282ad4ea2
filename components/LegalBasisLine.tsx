'use client';
/** "Legal basis: CESEDA L423-7, CESEDA L423-8": the canonical strings, isolated left-to-right for Arabic. */
import { useTranslation } from '@/components/I18nProvider';

export function LegalBasisLine({ legalBasis }: { legalBasis: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <p className="basis">
      <span className="label">{t('ui.results.legalBasis')}</span>{' '}
      {legalBasis.map((b, i) => (
        <span key={b}>
          {i > 0 && ', '}
          <bdi dir="ltr" className="basis-ref">
            {b}
          </bdi>
        </span>
      ))}
    </p>
  );
}

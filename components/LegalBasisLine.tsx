'use client';
/** "Legal basis: CESEDA L423-7, CESEDA L423-8": the canonical strings, isolated left-to-right for Arabic. */
import { useTranslation } from '@/components/I18nProvider';

export function LegalBasisLine({ legalBasis }: { legalBasis: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <p className="basis">
      <span className="label">{t('ui.results.legalBasis')}</span>{' '}
      {/* One isolate for the whole list (an element with dir is isolated): separate ones came out in reverse order in Arabic. */}
      <span dir="ltr">
        {/* The comma sits inside the reference's box: it never starts a line on its own. */}
        {legalBasis.map((b, i) => (
          <span key={b}>
            {i > 0 && ' '}
            <bdi className="basis-ref">{i < legalBasis.length - 1 ? `${b},` : b}</bdi>
          </span>
        ))}
      </span>
    </p>
  );
}

'use client';
/**
 * Referrals (rules/referrals.ts): situations Sésame does not assess. Those the answers point to come right
 * after the red flags (kind 'referral': see an association; kind 'information': a box to read); the
 * 'general' ones, that no question asks about, are listed closed at the end of the results.
 * Strings: locales/<lang>/referrals.json (title, text) and ui.referrals (headings).
 */
import { useTranslation } from '@/components/I18nProvider';
import type { ReferralResult } from '../rules';
import { StatusIcon } from './StatusIcon';

function Item({ r }: { r: ReferralResult }) {
  const { t } = useTranslation();
  return (
    <div className={`referral referral-${r.kind}`} data-referral={r.id}>
      <h3>
        {r.kind === 'referral' ? <StatusIcon value="warning" /> : <span className="icon icon-info" aria-hidden="true">i</span>} {t(`${r.localeKey}.title`)}
      </h3>
      <p className="referral-kind">
        <strong>{t(`ui.referrals.kind.${r.kind}`)}</strong>
      </p>
      <p>{t(`${r.localeKey}.text`)}</p>
    </div>
  );
}

/** The referrals the answers point to: shown open, after the red flags. */
export function ReferralList({ referrals }: { referrals: readonly ReferralResult[] }) {
  const { t } = useTranslation();
  const shown = referrals.filter((r) => r.trigger === 'answers');
  if (!shown.length) return null;
  return (
    <section className="referrals" aria-labelledby="referrals-title">
      <h2 id="referrals-title">{t('ui.referrals.title')}</h2>
      <p>{t('ui.referrals.lead')}</p>
      {shown.map((r) => (
        <Item key={r.id} r={r} />
      ))}
    </section>
  );
}

/** Situations no question asks about: closed, at the end. */
export function GeneralReferrals({ referrals }: { referrals: readonly ReferralResult[] }) {
  const { t } = useTranslation();
  const shown = referrals.filter((r) => r.trigger === 'general');
  if (!shown.length) return null;
  return (
    <details className="ruled-out referrals-general">
      <summary>{t('ui.referrals.generalTitle')}</summary>
      <p className="group-lead">{t('ui.referrals.generalLead')}</p>
      {shown.map((r) => (
        <Item key={r.id} r={r} />
      ))}
    </details>
  );
}

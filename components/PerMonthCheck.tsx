'use client';
/** "Is this per month?" when a yearly pay under €3,000 is typed (issue 14): one tap multiplies it by 12, the other keeps it. */
import { useEffect, useRef } from 'react';
import { useTranslation } from '@/components/I18nProvider';
import { formatEuros } from '../wizard/dates';

export function PerMonthCheck({ amount, lang, onChoose }: { amount: number; lang: string; onChoose: (monthly: boolean) => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="per-month" data-check="per-month">
      <h1 ref={heading} tabIndex={-1} className="question">
        {t('screens.errors.perMonthTitle')}
      </h1>
      <p>{t('screens.errors.perMonthBody', { amount: formatEuros(amount, lang) })}</p>
      <div className="button-row">
        <button type="button" className="button button-primary" data-monthly="yes" onClick={() => onChoose(true)}>
          {t('screens.errors.perMonthYes', { amount: formatEuros(amount * 12, lang) })}
        </button>
        <button type="button" className="button button-secondary" data-monthly="no" onClick={() => onChoose(false)}>
          {t('screens.errors.perMonthNo')}
        </button>
      </div>
    </div>
  );
}

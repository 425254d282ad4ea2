/** An answer in words, for the check page. */
import type { TFunction } from '../locales/types';
import { DONT_KNOW, FACTS, type FactId } from '../rules';
import { formatDate, formatNumber } from './dates';

export function answerText(t: TFunction, lang: string, id: FactId, value: unknown): string {
  if (value === DONT_KNOW) return t('ui.answers.dontKnow');
  const input = FACTS[id].input;
  switch (input.kind) {
    case 'yes-no':
      return value === true ? t(`facts.${id}.options.yes`) || t('ui.answers.yes') : t(`facts.${id}.options.no`) || t('ui.answers.no');
    case 'choice':
      return t(`facts.${id}.options.${String(value)}`) || String(value);
    case 'date':
      return formatDate(String(value), lang);
    case 'number': {
      const unit = t(`facts.${id}.unit`);
      return `${formatNumber(Number(value), lang)}${unit ? ` ${unit}` : ''}`;
    }
    case 'postcode':
      return String(value);
  }
}

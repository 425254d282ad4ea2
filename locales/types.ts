export type Messages = { [key: string]: string | Messages };
/** A lookup over one language's Messages: never the raw key (components/I18nProvider.tsx makes it on the client). */
export type TFunction = (key: string, vars?: Record<string, string | number>) => string;
// The languages come from the one table (locales/languages.ts).
export { LANGS, isLang, type Lang } from './languages';

export type Messages = { [key: string]: string | Messages };
// The languages come from the one table (locales/languages.ts).
export { LANGS, isLang, type Lang } from './languages';

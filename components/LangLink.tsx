'use client';
/**
 * A language link that keeps the page (issue 14): from /fr/q/s-couple/ the Arabic link opens /ar/q/s-couple/.
 * The static HTML links to the language's start page; the current path is read on the device (the query,
 * such as ?from=check, is kept: it never holds an answer).
 */
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

export function LangLink({ lang, current, htmlLang, dir, children }: { lang: string; current: string; htmlLang: string; dir: 'ltr' | 'rtl'; children: ReactNode }) {
  const path = usePathname();
  const rest = path && path.startsWith(`/${current}/`) ? path.slice(current.length + 2) : '';
  const here = `/${lang}/${rest}${rest && !rest.endsWith('/') ? '/' : ''}`;
  return (
    <Link href={here} lang={htmlLang} hrefLang={htmlLang} dir={dir} aria-current={lang === current ? 'true' : undefined} prefetch={false}>
      {children}
    </Link>
  );
}

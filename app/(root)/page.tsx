import Link from 'next/link';
import { LANGS, LANGUAGES } from '../../locales/languages';

/** `/`: static export cannot redirect, so it offers every language of the table (locales/languages.ts). */
export default function Home() {
  return (
    <div className="home">
      <h1>Sésame</h1>
      <p>Quel titre de séjour pouvez-vous demander en France ? Outil indépendant, ce n’est pas un site officiel.</p>
      <ul className="home-langs">
        {LANGS.map((l) => (
          <li key={l}>
            <Link href={`/${l}/`} hrefLang={LANGUAGES[l].htmlLang} lang={LANGUAGES[l].htmlLang} dir={LANGUAGES[l].dir} className="button button-primary">
              {LANGUAGES[l].name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

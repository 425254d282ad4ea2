import Link from 'next/link';

/** `/`: static export cannot redirect, so it offers the three languages. */
export default function Home() {
  return (
    <div className="home">
      <h1>Sésame</h1>
      <p>Quel titre de séjour pouvez-vous demander en France ? Outil indépendant, ce n’est pas un site officiel.</p>
      <ul className="home-langs">
        <li>
          <Link href="/fr/" hrefLang="fr" lang="fr" className="button button-primary">Français</Link>
        </li>
        <li>
          <Link href="/en/" hrefLang="en" lang="en" className="button button-primary">English</Link>
        </li>
        <li>
          <Link href="/ar/" hrefLang="ar" lang="ar" dir="rtl" className="button button-primary">العربية</Link>
        </li>
      </ul>
    </div>
  );
}

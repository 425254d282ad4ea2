import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '../globals.css';
import { DocumentHead } from '../_pages/DocumentHead';

export const metadata: Metadata = {
  title: 'Sésame · titre de séjour / residence permit / تصريح الإقامة / اجازه اقامت / د استوګنې اجازه / বসবাসের অনুমতি',
  description: 'Sésame : quel titre de séjour demander ? Outil indépendant, gratuit, sans compte.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr" dir="ltr">
      <DocumentHead />
      <body>
        <main id="main" className="wrap">{children}</main>
      </body>
    </html>
  );
}

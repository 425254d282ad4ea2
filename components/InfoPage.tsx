/** A plain information page (privacy, accessibility): an h1, a lead, then titled sections of paragraphs or lists. Server component. */
import type { ReactNode } from 'react';
import { FocusHeading } from './FocusHeading';

export interface InfoSection {
  id: string;
  title: string;
  /** One paragraph, or a list of points. */
  body: string | string[];
  extra?: ReactNode;
}

export function InfoPage({ title, lead, sections }: { title: string; lead: string; sections: InfoSection[] }) {
  return (
    <div className="info-page">
      <FocusHeading>{title}</FocusHeading>
      <p className="lead">{lead}</p>
      {sections.map((s) => (
        <section key={s.id} aria-labelledby={`info-${s.id}`}>
          <h2 id={`info-${s.id}`}>{s.title}</h2>
          {Array.isArray(s.body) ? (
            <ul className="info-list">
              {s.body.map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ul>
          ) : (
            <p>{s.body}</p>
          )}
          {s.extra}
        </section>
      ))}
    </div>
  );
}

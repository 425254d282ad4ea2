import { CATALOGUE, FACT_IDS } from '../../../../rules';
import { clientMessages, pageLang, serverT, titleMetadata, type LangParams } from '../../../_pages/server';
import { FocusHeading } from '../../../../components/FocusHeading';
import { I18nProvider } from '../../../../components/I18nProvider';
import { VolunteerShell } from '../../../../components/volunteer/VolunteerShell';
import { VolunteerResults } from '../../../../components/volunteer/VolunteerResults';
import '../../../../components/volunteer/volunteer.css';

export const generateMetadata = titleMetadata('volunteer.results.title', { robots: { index: false } });

/** Card names, condition texts, notes and fact labels: what the full trace shows. */
const SECTIONS = [
  'volunteer', 'conditions', 'verify', 'warnings',
  ...CATALOGUE.map((c) => `cards.${c.id}.name`),
  ...FACT_IDS.map((f) => `facts.${f}.summary`),
];

export default async function Page({ params }: { params: LangParams }) {
  const lang = await pageLang(params);
  const t = serverT(lang);
  return (
    <>
      <FocusHeading>{t('volunteer.results.title')}</FocusHeading>
      <I18nProvider lang={lang} messages={clientMessages(lang, SECTIONS)}>
        <VolunteerShell lang={lang} page="results">
          <VolunteerResults lang={lang} />
        </VolunteerShell>
      </I18nProvider>
    </>
  );
}

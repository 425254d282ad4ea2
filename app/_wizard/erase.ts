/** "Erase my answers": wipes localStorage, sessionStorage and every cookie the site can see. Tiny on purpose (it is in every header). */
export function eraseEverything(doc: { cookie: string } | undefined, local?: { clear(): void }, session?: { clear(): void }) {
  try { local?.clear(); } catch { /* storage disabled: nothing stored */ }
  try { session?.clear(); } catch { /* idem */ }
  if (!doc) return;
  for (const part of doc.cookie.split(';')) {
    const name = part.split('=')[0]?.trim();
    if (!name) continue;
    for (const path of ['/', '/fr/', '/en/', '/ar/', '']) {
      doc.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; max-age=0${path ? `; path=${path}` : ''}`;
    }
  }
}

/** Status by icon AND text, never by colour alone. */
const ICONS = { met: '✓', unmet: '✗', unknown: '?', eligible: '✓', possible: '?', 'not-eligible': '✗', warning: '!' } as const;

export function StatusIcon({ value }: { value: keyof typeof ICONS }) {
  return (
    <span className={`icon icon-${value}`} aria-hidden="true">
      {ICONS[value]}
    </span>
  );
}

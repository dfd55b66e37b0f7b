/**
 * A planned window in the reader's time zone, e.g. "2 Dec 2026, 20:00 –
 * 22:00" (the end's date only when it differs).
 */
export function formatWindow(
  window: { start: string; end: string } | undefined,
  locale?: string,
): string {
  if (!window) return '—';
  const start = new Date(window.start);
  const end = new Date(window.end);
  const date = (d: Date) =>
    d.toLocaleDateString(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
  const time = (d: Date) =>
    d.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  const sameDay = date(start) === date(end);
  return `${date(start)}, ${time(start)} – ${
    sameDay ? '' : `${date(end)}, `
  }${time(end)}`;
}

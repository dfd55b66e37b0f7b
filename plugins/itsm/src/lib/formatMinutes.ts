/**
 * A span of minutes in words, to the minute: `45 min`, `3 h 20 min`,
 * `2 d 4 h` (days drop the minutes).
 */
export function formatMinutes(value: number): string {
  const total = Math.round(Math.abs(value));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  const parts =
    days > 0
      ? [`${days} d`, hours ? `${hours} h` : '']
      : [hours ? `${hours} h` : '', minutes || !hours ? `${minutes} min` : ''];
  return parts.filter(Boolean).join(' ');
}

/** A span of whole minutes as a sentence says it: `45 min`, `4 h`, `1 d`, `1 d 6 h`. */
export function minutesInWords(value: number): string {
  const days = Math.floor(value / 1440);
  const hours = Math.floor((value % 1440) / 60);
  const minutes = value % 60;
  const parts = [
    days ? `${days} d` : '',
    hours ? `${hours} h` : '',
    minutes || value === 0 ? `${minutes} min` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

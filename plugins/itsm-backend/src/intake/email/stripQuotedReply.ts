/** "On Mon, 28 Nov 2026 at 10:02, Pat <pat@acme.example> wrote:" */
const ATTRIBUTION = /^\s*On\b[\s\S]{0,300}\bwrote:\s*$/;
/** Where Outlook puts the message replied to. */
const ORIGINAL_MESSAGE = /^\s*-{2,}\s*Original Message\s*-{2,}\s*$/i;

/**
 * The new text of a reply: without the quoted lines (`> ...`), the line
 * that introduces them ("On ... wrote:", also when wrapped over two lines),
 * and anything below an Outlook "Original Message" separator.
 */
export function stripQuotedReply(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (ORIGINAL_MESSAGE.test(line)) break;
    if (/^\s*>/.test(line)) continue;
    if (ATTRIBUTION.test(line)) continue;
    const next = lines[i + 1];
    if (
      next !== undefined &&
      /^\s*On\b/.test(line) &&
      ATTRIBUTION.test(`${line} ${next}`)
    ) {
      i++; // the attribution wrapped over two lines
      continue;
    }
    kept.push(line);
  }
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

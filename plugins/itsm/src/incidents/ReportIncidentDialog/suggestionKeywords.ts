/** Words that say nothing about what is wrong. */
const stopWords = new Set(
  `the and for are but not you all any can had her was one our out day get has
  him his how man new now old see two way who boy did its let put say she too
  use this that with have from they will would there their what about which
  when make like time just know take into year your good some could them
  than then look only come over think also back after work first well even
  want because these give most does doesn don cannot can't isn't won't since
  again still very really please help problem issue error working broken
  anymore today morning keeps getting trying tried while where page returns
  shows showing seems appears`
    .split(/\s+/)
    .filter(Boolean),
);

/** How many words one look-up searches for, at most. */
export const MAX_KEYWORDS = 3;

/**
 * The words of what someone is typing that are worth searching for similar
 * records: lower case, at least three letters or digits (`500`, `vpn`),
 * without common words; the title's first, then the description's longest;
 * at most {@link MAX_KEYWORDS}.
 */
export function suggestionKeywords(title: string, description = ''): string[] {
  const wordsOf = (text: string) =>
    text
      .toLocaleLowerCase('en-US')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(w => w.length >= 3 && !stopWords.has(w));
  const fromTitle = wordsOf(title);
  const fromDescription = wordsOf(description).sort(
    (a, b) => b.length - a.length,
  );
  return [...new Set([...fromTitle, ...fromDescription])].slice(
    0,
    MAX_KEYWORDS,
  );
}

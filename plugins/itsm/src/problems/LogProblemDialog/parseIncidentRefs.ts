/**
 * Incident refs typed in a field, `INC-3, inc-7 INC-9`: the refs in upper
 * case, each once, and the first word that is not one (`invalid`).
 */
export function parseIncidentRefs(text: string): {
  refs: string[];
  invalid?: string;
} {
  const words = text
    .split(/[\s,;]+/)
    .map(word => word.trim())
    .filter(Boolean);
  const invalid = words.find(word => !/^[a-z]+-\d+$/i.test(word));
  const refs = [
    ...new Set(words.map(word => word.toLocaleUpperCase('en-US'))),
  ].filter(word => word !== invalid?.toLocaleUpperCase('en-US'));
  return invalid ? { refs, invalid } : { refs };
}

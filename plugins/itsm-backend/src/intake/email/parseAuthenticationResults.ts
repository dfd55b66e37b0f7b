/** One method's result in an Authentication-Results header. */
export type AuthResult = {
  /** The method, in lower case: `dmarc`, `spf`, `dkim`, ... */
  method: string;
  /** The result, in lower case: `pass`, `fail`, `none`, ... */
  result: string;
  /** The properties, by `ptype.property` in lower case, e.g. `header.d`. */
  properties: Record<string, string>;
};

/** An Authentication-Results header: who checked, and what it found. */
export type AuthenticationResults = {
  /** The server that added the header, in lower case. */
  authServId: string;
  results: AuthResult[];
};

/**
 * The words of a statement: comments (which nest, RFC 5322 CFWS) count as
 * whitespace, whitespace around `=`, `.` and `/` is dropped, so each part of
 * a result is one word (`header.d=example.com`); quoted strings are kept
 * whole, quotes included.
 */
function words(statement: string): string[] {
  const list: string[] = [];
  let word = '';
  let space = false;
  let depth = 0;
  const glued = () => /[=./]$/.test(word);
  for (let i = 0; i < statement.length; i++) {
    const c = statement[i];
    if (depth > 0) {
      if (c === '\\') i++;
      else if (c === '(') depth++;
      else if (c === ')') depth--;
      continue;
    }
    if (c === '(' || /\s/.test(c)) {
      depth = c === '(' ? 1 : 0;
      space = true;
      continue;
    }
    if (!/[=./]/.test(c) && space && word && !glued()) {
      list.push(word);
      word = '';
    }
    space = false;
    if (c === '"') {
      let j = i + 1;
      while (j < statement.length && statement[j] !== '"') {
        j += statement[j] === '\\' ? 2 : 1;
      }
      word += statement.slice(i, j + 1);
      i = j;
    } else {
      word += c;
    }
  }
  if (word) list.push(word);
  return list;
}

function unquote(value: string): string {
  return value.startsWith('"') && value.endsWith('"') && value.length > 1
    ? value.slice(1, -1).replace(/\\(.)/g, '$1')
    : value;
}

/** Splits at `;` outside comments and quoted strings. */
function statements(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\' && (quoted || depth > 0)) {
      current += c + (value[i + 1] ?? '');
      i++;
      continue;
    }
    if (!quoted && c === '(') depth++;
    if (!quoted && c === ')' && depth > 0) depth--;
    if (depth === 0 && c === '"') quoted = !quoted;
    if (c === ';' && depth === 0 && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}

/** `key=value` of a word, the value unquoted; undefined without `=`. */
function pair(word: string): [string, string] | undefined {
  const at = word.indexOf('=');
  return at <= 0
    ? undefined
    : [word.slice(0, at).toLowerCase(), unquote(word.slice(at + 1))];
}

/**
 * Reads the value of an Authentication-Results header (RFC 8601 §2.2):
 * `authserv-id [version] (; none | 1*(; method[/version]=result
 * [reason=value] *(ptype.property=value)))`, with comments anywhere.
 * Undefined when it has no authserv-id; a result it cannot read is left
 * out (so never counts as a pass).
 */
export function parseAuthenticationResults(
  value: string,
): AuthenticationResults | undefined {
  const [head, ...rest] = statements(value);
  const authServId = unquote(words(head)[0] ?? '').toLowerCase();
  if (!authServId || authServId.includes('=')) return undefined;
  const results: AuthResult[] = [];
  for (const statement of rest) {
    const [methodSpec, ...props] = words(statement);
    const spec = methodSpec ? pair(methodSpec) : undefined;
    if (!spec) continue; // `none`, or nothing readable
    const [method, result] = spec;
    const properties: Record<string, string> = {};
    for (const word of props) {
      const prop = pair(word);
      if (prop && prop[0] !== 'reason') properties[prop[0]] = prop[1];
    }
    results.push({
      method: method.split('/')[0],
      result: result.toLowerCase(),
      properties,
    });
  }
  return { authServId, results };
}

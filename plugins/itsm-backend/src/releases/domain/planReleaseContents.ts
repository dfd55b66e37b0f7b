import { InputError } from '@backstage/errors';
import { requiredText } from '../../core/domain/intakeChecks';

/** A package's contents as a release manager sends them (§7.2.2). */
export type ReleaseContentsInput = {
  artifacts?: { name?: string; url?: string; checksum?: string }[];
  configurationFiles?: { name?: string; url?: string }[];
  documents?: { title?: string; url?: string }[];
  /** The changes, problems and incidents it fixes, e.g. `CHG-4`. */
  fixes?: string[];
};

/** A package's contents as kept on the release. */
export type ReleaseContents = {
  artifacts: { name: string; url: string; checksum: string }[];
  configurationFiles: { name: string; url: string }[];
  documents: { title: string; url: string }[];
  fixes: string[];
};

const MAX_ITEMS = 100;

/** Hex digest lengths of the checksum algorithms accepted. */
const digestLengths: Record<string, number> = {
  sha256: 64,
  sha384: 96,
  sha512: 128,
};

/** An http(s) URL, trimmed; a 400 naming the field otherwise. */
export function checkHttpUrl(value: string | undefined, field: string): string {
  const text = requiredText(value, field);
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw new InputError(`${field} '${text}' is not a URL`);
  }
  if (!['http:', 'https:'].includes(parsed.protocol)) {
    throw new InputError(`${field} must be an http or https URL`);
  }
  return text;
}

function checksum(value: string | undefined, field: string): string {
  const text = requiredText(value, field).toLowerCase();
  const [algorithm, digest] = text.split(':');
  const length = digestLengths[algorithm];
  if (!length || !digest || !new RegExp(`^[0-9a-f]{${length}}$`).test(digest)) {
    throw new InputError(
      `${field} must be written as algorithm:hex digest, e.g. sha256:<64 hex digits> (sha256, sha384 or sha512)`,
    );
  }
  return text;
}

function list<T, U>(
  items: T[] | undefined,
  field: string,
  plan: (item: T, key: string) => U,
): U[] {
  if ((items?.length ?? 0) > MAX_ITEMS) {
    throw new InputError(`${field} has at most ${MAX_ITEMS} entries`);
  }
  return (items ?? []).map((item, i) =>
    plan(item ?? ({} as T), `${field}[${i}]`),
  );
}

/**
 * Checks a package's contents: artifacts with an http(s) URL and a
 * checksum, configuration files and documents with URLs, and the records
 * it fixes by their refs. Each bad entry is a 400 naming it.
 */
export function planReleaseContents(
  input: ReleaseContentsInput,
  field = 'contents',
): ReleaseContents {
  return {
    artifacts: list(input.artifacts, `${field}.artifacts`, (a, key) => ({
      name: requiredText(a.name, `${key}.name`),
      url: checkHttpUrl(a.url, `${key}.url`),
      checksum: checksum(a.checksum, `${key}.checksum`),
    })),
    configurationFiles: list(
      input.configurationFiles,
      `${field}.configurationFiles`,
      (c, key) => ({
        name: requiredText(c.name, `${key}.name`),
        url: checkHttpUrl(c.url, `${key}.url`),
      }),
    ),
    documents: list(input.documents, `${field}.documents`, (d, key) => ({
      title: requiredText(d.title, `${key}.title`),
      url: checkHttpUrl(d.url, `${key}.url`),
    })),
    fixes: [
      ...new Set(
        list(input.fixes, `${field}.fixes`, (ref, key) => {
          const text = requiredText(ref as string, key).toUpperCase();
          if (!/^(CHG|PRB|INC)-[1-9]\d*$/.test(text)) {
            throw new InputError(
              `${key} must be a change, problem or incident, e.g. CHG-4 or PRB-2`,
            );
          }
          return text;
        }),
      ),
    ],
  };
}

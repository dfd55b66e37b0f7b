/**
 * How an entity numbers its releases: semantic versioning (`2.4.1`) or
 * calendar versioning (`2026.12`, `2026.12.1`, `26.12.3`).
 *
 * @public
 */
export type VersionScheme = 'semver' | 'calver';

/** @public */
export const versionSchemes: readonly VersionScheme[] = ['semver', 'calver'];

/**
 * The annotation with which an entity chooses its version scheme.
 *
 * @public
 */
export const VERSION_SCHEME_ANNOTATION = 'itsm/version-scheme';

// semver.org's own expression for a version (without a leading "v").
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

// YYYY.MM or YY.MM (zero-padded month or not), then an optional day or
// micro number, then an optional -modifier.
const CALVER =
  /^(\d{4}|\d{2})\.(0?[1-9]|1[0-2])(?:\.(0|[1-9]\d*|0[1-9]))?(?:-[0-9A-Za-z][0-9A-Za-z.-]*)?$/;

/**
 * Why a version is not one of the scheme, in words naming `field`; or
 * undefined when it is one.
 *
 * @public
 */
export function checkReleaseVersion(
  version: string,
  scheme: VersionScheme,
  field = 'version',
): string | undefined {
  if (scheme === 'semver') {
    return SEMVER.test(version)
      ? undefined
      : `${field} '${version}' is not a semantic version (MAJOR.MINOR.PATCH, e.g. 2.4.1 or 3.0.0-rc.1)`;
  }
  const match = CALVER.exec(version);
  const year = match ? Number(match[1]) : NaN;
  if (!match || (match[1].length === 4 && (year < 1970 || year > 2999))) {
    return `${field} '${version}' is not a calendar version (YYYY.MM, YYYY.MM.MICRO or YY.MM.MICRO, e.g. 2026.12.1)`;
  }
  return undefined;
}

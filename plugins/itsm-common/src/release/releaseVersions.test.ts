import { checkReleaseVersion } from './releaseVersions';

describe('checkReleaseVersion', () => {
  it.each([
    '0.1.0',
    '2.4.1',
    '10.20.30',
    '3.0.0-rc.1',
    '1.0.0-alpha.beta+exp.sha.5114f85',
    '1.0.0+20130313144700',
  ])('takes %s as a semantic version', version => {
    expect(checkReleaseVersion(version, 'semver')).toBeUndefined();
  });

  it.each(['1.2', 'v1.2.3', '01.2.3', '1.2.3-', '1.2.3-01', '2026.12', ''])(
    'refuses %p as a semantic version, naming the field',
    version => {
      expect(checkReleaseVersion(version, 'semver', 'version')).toMatch(
        /^version '.*' is not a semantic version/,
      );
    },
  );

  it.each(['2026.12', '2026.1', '2026.01.3', '26.12.3', '2026.12.1-hotfix'])(
    'takes %s as a calendar version',
    version => {
      expect(checkReleaseVersion(version, 'calver')).toBeUndefined();
    },
  );

  it.each([
    '2026.13',
    '2026.0.1',
    '1.2.3.4',
    '999.12',
    '3026.01',
    'next',
    '2026-12',
  ])('refuses %p as a calendar version', version => {
    expect(checkReleaseVersion(version, 'calver')).toMatch(
      /is not a calendar version/,
    );
  });
});

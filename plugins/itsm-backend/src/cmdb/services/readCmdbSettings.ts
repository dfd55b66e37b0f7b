import { durationToMilliseconds, HumanDuration } from '@backstage/types';
import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  CiClassRule,
  ciClasses,
  CiClass,
  defaultCiKinds,
} from '@backstage-itsm/plugin-itsm-common';

/**
 * Reads `itsm.cmdb`: which kinds are configuration items (`kinds`), the
 * class mapping rules that come before the built-in ones (`classes`) and
 * how often the catalog is looked at for CI changes (`historyFrequency`)
 * and how long a caller's impact analyses reuse the entities they just read
 * (`impactCache`, default 30 seconds; 0 turns it off). A rule naming an
 * unknown class fails at startup, naming its key.
 */
export function readCmdbSettings(config: Config): {
  kinds: string[];
  classRules: CiClassRule[];
  historyFrequency: HumanDuration;
  impactCacheMs: number;
} {
  const kinds =
    config.getOptionalStringArray('itsm.cmdb.kinds') ?? defaultCiKinds;
  const classRules = (
    config.getOptionalConfigArray('itsm.cmdb.classes') ?? []
  ).map((rule, i): CiClassRule => {
    const name = rule.getString('class');
    if (!(ciClasses as readonly string[]).includes(name)) {
      throw new InputError(
        `itsm.cmdb.classes[${i}].class '${name}' is not a class; use one of ${ciClasses.join(
          ', ',
        )}`,
      );
    }
    const type = rule.getOptionalString('type');
    const subclass = rule.getOptionalString('subclass');
    return {
      kind: rule.getString('kind'),
      class: name as CiClass,
      ...(type ? { type } : {}),
      ...(subclass ? { subclass } : {}),
    };
  });
  const historyFrequency = config.has('itsm.cmdb.historyFrequency')
    ? readDurationFromConfig(config, { key: 'itsm.cmdb.historyFrequency' })
    : { minutes: 5 };
  const impactCacheMs = config.has('itsm.cmdb.impactCache')
    ? durationToMilliseconds(
        readDurationFromConfig(config, { key: 'itsm.cmdb.impactCache' }),
      )
    : 30_000;
  return { kinds, classRules, historyFrequency, impactCacheMs };
}

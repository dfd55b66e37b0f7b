/**
 * Configuration item classes (§6.1.4): every CI is hardware, software, a
 * document, a service or other, with a finer subclass (a server, a
 * database, a website...). The class is derived from the entity's kind and
 * `spec.type` through rules, and an entity can state its own with the
 * `itsm/ci-class` annotation (`hardware/server`, `document`).
 */

/**
 * The kinds of catalog entity that are configuration items unless the
 * backend's `itsm.cmdb.kinds` says otherwise.
 */
export const defaultCiKinds = [
  'Component',
  'Resource',
  'API',
  'System',
  'Domain',
];

/** The classes of §6.1.4. */
export const ciClasses = [
  'hardware',
  'software',
  'document',
  'service',
  'other',
] as const;

export type CiClass = (typeof ciClasses)[number];

/** The annotation by which an entity states its class: `class[/subclass]`. */
export const CI_CLASS_ANNOTATION = 'itsm/ci-class';

/**
 * A rule of the class mapping: entities of `kind` (and of `type`, when
 * given) are of `class`, with `subclass` (by default the entity's type).
 */
export type CiClassRule = {
  kind: string;
  type?: string;
  class: CiClass;
  subclass?: string;
};

/** An entity's class, subclass, and where they came from. */
export type CiClassification = {
  class: CiClass;
  subclass?: string;
  source: 'annotation' | 'rule' | 'none';
};

/** What classifying needs of a catalog entity. */
export type ClassifiableEntity = {
  kind: string;
  metadata: { annotations?: Record<string, string> };
  spec?: { type?: unknown } | Record<string, unknown>;
};

/**
 * The built-in mapping, after any configured rules: the demo catalog's and
 * Backstage's usual types. A rule without a type covers the kind's other
 * types.
 */
export const defaultCiClassRules: readonly CiClassRule[] = [
  { kind: 'Resource', type: 'server', class: 'hardware' },
  { kind: 'Resource', type: 'network-device', class: 'hardware' },
  { kind: 'Resource', type: 'storage', class: 'hardware' },
  { kind: 'Resource', type: 'database', class: 'software' },
  { kind: 'Resource', class: 'other' },
  { kind: 'Component', class: 'software' },
  { kind: 'API', class: 'software', subclass: 'api' },
  { kind: 'System', class: 'service', subclass: 'system' },
  { kind: 'Domain', class: 'service', subclass: 'domain' },
];

function isCiClass(value: string): value is CiClass {
  return (ciClasses as readonly string[]).includes(value);
}

/**
 * Reads a class annotation (`hardware/server`, `document`); undefined if it
 * does not name one of the classes.
 */
export function parseCiClass(
  value: string,
): { class: CiClass; subclass?: string } | undefined {
  const [name, ...rest] = value.trim().toLowerCase().split('/');
  if (!isCiClass(name)) {
    return undefined;
  }
  const subclass = rest.join('/').trim();
  return subclass ? { class: name, subclass } : { class: name };
}

/**
 * The class of an entity: its annotation if it names a class, else the
 * first rule (configured rules first, then the built-in ones) that matches
 * its kind and type, else `other` with source `none`.
 */
export function classifyEntity(
  entity: ClassifiableEntity,
  rules: readonly CiClassRule[] = [],
): CiClassification {
  const annotated = entity.metadata.annotations?.[CI_CLASS_ANNOTATION];
  const parsed = annotated ? parseCiClass(annotated) : undefined;
  if (parsed) {
    return { ...parsed, source: 'annotation' };
  }
  const kind = entity.kind.toLowerCase();
  const rawType = (entity.spec as { type?: unknown } | undefined)?.type;
  const type = typeof rawType === 'string' ? rawType.toLowerCase() : undefined;
  const matches = (r: CiClassRule) =>
    r.kind.toLowerCase() === kind &&
    (r.type === undefined || r.type.toLowerCase() === type);
  const rule = rules.find(matches) ?? defaultCiClassRules.find(matches);
  if (!rule) {
    return {
      class: 'other',
      ...(type ? { subclass: type } : {}),
      source: 'none',
    };
  }
  const subclass = rule.subclass ?? type;
  return {
    class: rule.class,
    ...(subclass ? { subclass } : {}),
    source: 'rule',
  };
}

/** `hardware/server`, or `hardware` without a subclass. */
export function formatCiClass(c: {
  class: CiClass;
  subclass?: string;
}): string {
  return c.subclass ? `${c.class}/${c.subclass}` : c.class;
}

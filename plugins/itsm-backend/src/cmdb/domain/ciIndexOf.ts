import {
  Entity,
  parseEntityRef,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  CiClassRule,
  classifyEntity,
  formatCiClass,
  SUPPORT_GROUP_ANNOTATION,
} from '@backstage-itsm/plugin-itsm-common';

/** What the CMDB lists, filters and counts an item by. */
export type CiIndex = {
  kind: string;
  type?: string;
  title: string;
  ciClass: string;
  /** Whether a rule or the annotation gave the class (else it is `other`). */
  classified: boolean;
  owner?: string;
  system?: string;
  lifecycle?: string;
  /** The `itsm/support-group` annotation, else the owner. */
  supportGroup?: string;
};

function refOrUndefined(
  value: unknown,
  defaultKind: string,
  defaultNamespace: string,
): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace }),
    ).toLowerCase();
  } catch {
    return undefined;
  }
}

/** The CMDB's index entry of an entity. */
export function ciIndexOf(
  entity: Entity,
  classRules: readonly CiClassRule[],
): CiIndex {
  const namespace = entity.metadata.namespace ?? 'default';
  const spec = entity.spec ?? {};
  const classification = classifyEntity(entity, classRules);
  const owner =
    entity.relations
      ?.find(r => r.type === RELATION_OWNED_BY)
      ?.targetRef.toLowerCase() ??
    refOrUndefined(spec.owner, 'group', namespace);
  const supportGroup =
    refOrUndefined(
      entity.metadata.annotations?.[SUPPORT_GROUP_ANNOTATION],
      'group',
      namespace,
    ) ?? owner;
  const text = (value: unknown) =>
    typeof value === 'string' && value.trim() ? value.trim() : undefined;
  return {
    kind: entity.kind,
    ...(text(spec.type) ? { type: text(spec.type) } : {}),
    title: entity.metadata.title ?? entity.metadata.name,
    ciClass: formatCiClass(classification),
    classified: classification.source !== 'none',
    ...(owner ? { owner } : {}),
    ...(refOrUndefined(spec.system, 'system', namespace)
      ? { system: refOrUndefined(spec.system, 'system', namespace) }
      : {}),
    ...(text(spec.lifecycle) ? { lifecycle: text(spec.lifecycle) } : {}),
    ...(supportGroup ? { supportGroup } : {}),
  };
}

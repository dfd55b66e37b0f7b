import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import {
  FREEZE_WINDOWS_ANNOTATION,
  MAINTENANCE_WINDOWS_ANNOTATION,
} from '@backstage-itsm/plugin-itsm-common';
import { WindowDefinition } from '../domain/expandWindow';
import {
  parseWindowDefinition,
  RawWindow,
} from '../domain/parseWindowDefinition';

/** The windows entities declare, and what each entity may be named by. */
export type EntityWindows = {
  /** Each entity with the refs windows may name it by: itself, its system. */
  scopes: Record<string, string[]>;
  /** The windows the entities and their systems declare by annotation. */
  windows: WindowDefinition[];
  /** Annotations that are not valid windows, in words, to show. */
  problems: string[];
  /** Entities asked for that the catalog does not have (or hides). */
  missing: string[];
};

const annotations = [
  [FREEZE_WINDOWS_ANNOTATION, 'freeze'],
  [MAINTENANCE_WINDOWS_ANNOTATION, 'maintenance'],
] as const;

/** What the readers ask the catalog for. */
const WINDOW_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  ...annotations.map(([annotation]) => `metadata.annotations.${annotation}`),
];

const refOf = (entity: Entity) =>
  stringifyEntityRef(entity).toLocaleLowerCase('en-US');

/**
 * Reads the freeze and maintenance windows that entities, and the systems
 * they are part of, declare with the `itsm/freeze-windows` and
 * `itsm/maintenance-windows` annotations: two bulk catalog requests.
 */
export class CatalogWindowReader {
  constructor(private readonly catalog: CatalogService) {}

  async windowsFor(
    entityRefs: string[],
    credentials: BackstageCredentials,
  ): Promise<EntityWindows> {
    const entities = await this.fetch(entityRefs, credentials);
    const scopes: Record<string, string[]> = {};
    const systems = new Set<string>();
    entityRefs.forEach((ref, i) => {
      const system = entities[i]?.spec?.system;
      const systemRef =
        typeof system === 'string' && system
          ? stringifyEntityRef(
              parseEntityRef(system, {
                defaultKind: 'system',
                defaultNamespace: entities[i]!.metadata.namespace ?? 'default',
              }),
            ).toLocaleLowerCase('en-US')
          : undefined;
      scopes[ref] = systemRef ? [ref, systemRef] : [ref];
      if (systemRef) systems.add(systemRef);
    });
    const systemEntities = systems.size
      ? await this.fetch([...systems], credentials)
      : [];
    const { windows, problems } = windowsDeclaredBy([
      ...entities,
      ...systemEntities,
    ]);
    return {
      scopes,
      windows,
      problems,
      missing: entityRefs.filter((_, i) => !entities[i]),
    };
  }

  /**
   * Every window any entity declares (for the change calendar of the whole
   * portal): one catalog request for the entities with either annotation.
   */
  async declaredWindows(
    credentials: BackstageCredentials,
  ): Promise<Pick<EntityWindows, 'windows' | 'problems'>> {
    const { items } = await this.catalog.getEntities(
      {
        filter: annotations.map(([annotation]) => ({
          [`metadata.annotations.${annotation}`]: CATALOG_FILTER_EXISTS,
        })),
        fields: WINDOW_FIELDS,
      },
      { credentials },
    );
    return windowsDeclaredBy(items);
  }

  private async fetch(
    entityRefs: string[],
    credentials: BackstageCredentials,
  ): Promise<(Entity | undefined)[]> {
    const { items } = await this.catalog.getEntitiesByRefs(
      {
        entityRefs,
        fields: [...WINDOW_FIELDS, 'spec.system'],
      },
      { credentials },
    );
    return items;
  }
}

/** The valid windows the entities' annotations declare, and the invalid ones in words. */
function windowsDeclaredBy(
  entities: (Entity | undefined)[],
): Pick<EntityWindows, 'windows' | 'problems'> {
  const windows: WindowDefinition[] = [];
  const problems: string[] = [];
  for (const entity of entities) {
    if (!entity) continue;
    const source = refOf(entity);
    for (const [annotation, kind] of annotations) {
      const text = entity.metadata.annotations?.[annotation];
      if (!text) continue;
      let list: unknown;
      try {
        list = JSON.parse(text);
      } catch {
        list = undefined;
      }
      if (!Array.isArray(list)) {
        problems.push(`${source} ${annotation} is not a JSON list of windows`);
        continue;
      }
      list.forEach((raw, i) => {
        const parsed = parseWindowDefinition((raw ?? {}) as RawWindow, {
          kind,
          source,
          key: `${source} ${annotation}[${i}]`,
          entityRefs: [source],
        });
        if (parsed.ok) windows.push(parsed.window);
        else problems.push(parsed.reason);
      });
    }
  }
  return { windows, problems };
}

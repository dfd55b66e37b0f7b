import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import {
  Entity,
  RELATION_MEMBER_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

/** An entity and the value of one of its annotations. */
export type AnnotatedEntity = { entityRef: string; value: string };

/** What the intake channels ask the catalog. */
export interface IntakeLookup {
  /** Which of these (normalised) entity refs are in the catalog, in order. */
  existingEntityRefs(
    entityRefs: string[],
    options: { credentials: BackstageCredentials },
  ): Promise<string[]>;

  /** The entities that carry the annotation, with its value. */
  entitiesWithAnnotation(
    annotation: string,
    options: { credentials: BackstageCredentials },
  ): Promise<AnnotatedEntity[]>;

  /**
   * The ref of the catalog user whose `spec.profile.email` is the address
   * (case-insensitive); undefined when none is, or when several are.
   */
  userByEmail(
    address: string,
    options: { credentials: BackstageCredentials },
  ): Promise<string | undefined>;

  /** The groups a user is a member of (`memberOf`), as normalised refs. */
  groupsOf(
    userRef: string,
    options: { credentials: BackstageCredentials },
  ): Promise<string[]>;
}

/** At most this many annotated entities are considered. */
const MAX_ANNOTATED = 5000;
const PAGE_SIZE = 500;
/** Alert storms deliver often: annotated entities are read once a while. */
const ANNOTATED_TTL_MS = 30_000;

function refOf(entity: Entity): string {
  return stringifyEntityRef(entity).toLocaleLowerCase('en-US');
}

/** Answers through the catalog service. */
export class CatalogIntakeLookup implements IntakeLookup {
  private readonly annotated = new Map<
    string,
    { until: number; entities: Promise<AnnotatedEntity[]> }
  >();

  constructor(
    private readonly catalog: CatalogService,
    private readonly now: () => number = Date.now,
  ) {}

  async existingEntityRefs(
    entityRefs: string[],
    options: { credentials: BackstageCredentials },
  ): Promise<string[]> {
    if (entityRefs.length === 0) {
      return [];
    }
    const { items } = await this.catalog.getEntitiesByRefs(
      { entityRefs, fields: ['kind', 'metadata.name', 'metadata.namespace'] },
      { credentials: options.credentials },
    );
    return entityRefs.filter((_, i) => items[i]);
  }

  async entitiesWithAnnotation(
    annotation: string,
    options: { credentials: BackstageCredentials },
  ): Promise<AnnotatedEntity[]> {
    const cached = this.annotated.get(annotation);
    if (cached && cached.until > this.now()) {
      return cached.entities;
    }
    const entities = this.readAnnotated(annotation, options.credentials);
    this.annotated.set(annotation, {
      until: this.now() + ANNOTATED_TTL_MS,
      entities,
    });
    entities.catch(() => this.annotated.delete(annotation));
    return entities;
  }

  async userByEmail(
    address: string,
    options: { credentials: BackstageCredentials },
  ): Promise<string | undefined> {
    const { items } = await this.catalog.queryEntities(
      {
        filter: { kind: 'user', 'spec.profile.email': address },
        fields: ['kind', 'metadata.name', 'metadata.namespace'],
        limit: 2,
      },
      { credentials: options.credentials },
    );
    return items.length === 1 ? refOf(items[0]) : undefined;
  }

  async groupsOf(
    userRef: string,
    options: { credentials: BackstageCredentials },
  ): Promise<string[]> {
    const { items } = await this.catalog.getEntitiesByRefs(
      { entityRefs: [userRef], fields: ['relations'] },
      { credentials: options.credentials },
    );
    return (items[0]?.relations ?? [])
      .filter(r => r.type === RELATION_MEMBER_OF)
      .map(r => r.targetRef.toLocaleLowerCase('en-US'));
  }

  private async readAnnotated(
    annotation: string,
    credentials: BackstageCredentials,
  ): Promise<AnnotatedEntity[]> {
    const found: AnnotatedEntity[] = [];
    const fields = [
      'kind',
      'metadata.name',
      'metadata.namespace',
      'metadata.annotations',
    ];
    let cursor: string | undefined;
    do {
      const page = await this.catalog.queryEntities(
        cursor
          ? { cursor, fields, limit: PAGE_SIZE }
          : {
              filter: {
                [`metadata.annotations.${annotation}`]: CATALOG_FILTER_EXISTS,
              },
              fields,
              orderFields: { field: 'metadata.name', order: 'asc' },
              limit: PAGE_SIZE,
            },
        { credentials },
      );
      for (const entity of page.items) {
        const value = entity.metadata.annotations?.[annotation];
        if (typeof value === 'string') {
          found.push({ entityRef: refOf(entity), value });
        }
      }
      cursor = page.pageInfo.nextCursor;
    } while (cursor && found.length < MAX_ANNOTATED);
    return found;
  }
}

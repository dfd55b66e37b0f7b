import { JsonValue } from '@backstage/types';

/**
 * The fields of a configuration item its history tracks, by path:
 * `metadata.title`, `metadata.annotations.itsm/model`, `spec.owner`,
 * `spec.dependsOn`... Objects are flattened, lists kept whole.
 */
export type CiSnapshot = Record<string, JsonValue>;

/** One field that changed: absent `before` means added, absent `after` removed. */
export type CiDifference = {
  path: string;
  before?: JsonValue;
  after?: JsonValue;
};

/** What an entity is made of, as far as the history is concerned. */
export type TrackedEntity = {
  metadata: {
    title?: string;
    description?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    tags?: string[];
    links?: unknown[];
  };
  spec?: Record<string, unknown>;
};

/** Annotations that move without the item changing. */
const UNTRACKED_ANNOTATIONS = new Set(['itsm/inventory-line']);

function flatten(prefix: string, value: unknown, into: CiSnapshot): void {
  if (value === undefined || value === null) {
    return;
  }
  if (typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) {
      flatten(`${prefix}.${key}`, inner, into);
    }
    return;
  }
  into[prefix] = value as JsonValue;
}

/** The tracked fields of an entity (relations and status are not tracked). */
export function snapshotOf(entity: TrackedEntity): CiSnapshot {
  const { title, description, labels, annotations, tags, links } =
    entity.metadata;
  const snapshot: CiSnapshot = {};
  flatten('metadata.title', title, snapshot);
  flatten('metadata.description', description, snapshot);
  flatten('metadata.labels', labels, snapshot);
  flatten(
    'metadata.annotations',
    Object.fromEntries(
      Object.entries(annotations ?? {}).filter(
        ([key]) => !UNTRACKED_ANNOTATIONS.has(key),
      ),
    ),
    snapshot,
  );
  if (tags?.length) snapshot['metadata.tags'] = tags;
  if (links?.length) snapshot['metadata.links'] = links as JsonValue;
  flatten('spec', entity.spec, snapshot);
  return snapshot;
}

/** The fields that differ between two snapshots, by path. */
export function diffCiSnapshots(
  before: CiSnapshot,
  after: CiSnapshot,
): CiDifference[] {
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return paths
    .filter(
      path => JSON.stringify(before[path]) !== JSON.stringify(after[path]),
    )
    .sort()
    .map(path => ({
      path,
      ...(path in before ? { before: before[path] } : {}),
      ...(path in after ? { after: after[path] } : {}),
    }));
}

import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/** An entity of the demo catalog, with the relations the catalog computes. */
export type ExampleEntity = {
  apiVersion?: string;
  kind: string;
  metadata: { name: string; annotations?: Record<string, string> };
  spec?: Record<string, unknown>;
  relations?: { type: string; targetRef: string }[];
};

/** The repository's examples/ folder: the demo catalog. */
export const EXAMPLES_DIR = path.resolve(__dirname, '../../../../../examples');

const refOf = (kind: string, ref: string) => {
  const withKind = ref.includes(':') ? ref : `${kind}:${ref}`;
  return (
    withKind.includes('/') ? withKind : withKind.replace(':', ':default/')
  ).toLocaleLowerCase('en-US');
};

/**
 * The demo catalog (examples/entities.yaml and org.yaml) as the catalog
 * serves it: owners, systems, dependencies and memberships as relations
 * both ways. For the demo history's test and its script, which run without
 * the catalog backend.
 */
export function exampleCatalog(dir = EXAMPLES_DIR): ExampleEntity[] {
  const entities: ExampleEntity[] = ['entities.yaml', 'org.yaml'].flatMap(
    file =>
      parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8'))
        .map(d => d.toJS() as ExampleEntity)
        .filter(Boolean),
  );
  const self = (e: ExampleEntity) =>
    `${e.kind.toLocaleLowerCase('en-US')}:default/${e.metadata.name}`;
  const byRef = new Map(entities.map(e => [self(e), e]));
  const relate = (
    e: ExampleEntity,
    type: string,
    target: string,
    inverse: string,
  ) => {
    (e.relations ??= []).push({ type, targetRef: target });
    const other = byRef.get(target);
    if (other) {
      (other.relations ??= []).push({ type: inverse, targetRef: self(e) });
    }
  };
  for (const e of entities) {
    const spec = e.spec ?? {};
    if (typeof spec.owner === 'string') {
      relate(e, 'ownedBy', refOf('group', spec.owner), 'ownerOf');
    }
    if (typeof spec.system === 'string') {
      relate(e, 'partOf', refOf('system', spec.system), 'hasPart');
    }
    for (const d of (spec.dependsOn as string[]) ?? []) {
      relate(e, 'dependsOn', refOf('component', d), 'dependencyOf');
    }
    for (const g of (spec.memberOf as string[]) ?? []) {
      relate(e, 'memberOf', refOf('group', g), 'hasMember');
    }
  }
  return entities;
}

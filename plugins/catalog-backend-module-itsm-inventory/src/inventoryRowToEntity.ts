import {
  Entity,
  KubernetesValidatorFunctions,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/** A row of an inventory file, as read (all text; lists as arrays). */
export type InventoryRow = Record<string, string | string[] | undefined>;

/**
 * The columns an inventory row may have. `name`, `type` and `owner` are
 * required; `dependsOn` and `dependencyOf` hold entity refs (`kind:name` or
 * `kind:namespace/name`), separated by `;` in CSV.
 */
export const inventoryColumns = [
  'name',
  'type',
  'owner',
  'title',
  'description',
  'system',
  'environment',
  'location',
  'model',
  'supplier',
  'version',
  'serialNumber',
  'specification',
  'dependsOn',
  'dependencyOf',
] as const;

type Column = (typeof inventoryColumns)[number];

/** The annotation each item of a CI's basic data is kept in (as the CMDB reads them). */
const annotationOf: Partial<Record<Column, string>> = {
  model: 'itsm/model',
  supplier: 'itsm/supplier',
  version: 'itsm/version',
  serialNumber: 'itsm/serial',
  specification: 'itsm/specification',
};

const TYPE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function text(row: InventoryRow, column: Column): string | undefined {
  const value = row[column];
  const joined = Array.isArray(value) ? value.join(';') : value;
  return joined?.trim() || undefined;
}

function list(row: InventoryRow, column: Column): string[] {
  const value = row[column];
  const items = Array.isArray(value) ? value : (value ?? '').split(';');
  return items.map(item => String(item).trim()).filter(Boolean);
}

/**
 * A row as a Resource entity of the default namespace, or the problems that
 * keep it out (each naming the column). `source` is the file the entity is
 * managed by, as a location (`file:/path`).
 */
export function inventoryRowToEntity(
  row: InventoryRow,
  source: { location: string; line: number },
): { entity: Entity } | { problems: string[] } {
  const problems: string[] = [];
  for (const column of Object.keys(row)) {
    if (!(inventoryColumns as readonly string[]).includes(column)) {
      problems.push(
        `unknown column '${column}'; the columns are ${inventoryColumns.join(
          ', ',
        )}`,
      );
    }
  }
  const name = text(row, 'name');
  if (!name) {
    problems.push('name is required');
  } else if (!KubernetesValidatorFunctions.isValidObjectName(name)) {
    problems.push(
      `name '${name}' is not a valid entity name (letters, digits, '-', '_' and '.', at most 63 characters)`,
    );
  }
  const type = text(row, 'type');
  if (!type) {
    problems.push('type is required (e.g. server, network-device, storage)');
  } else if (!TYPE_PATTERN.test(type)) {
    problems.push(`type '${type}' must be lower case words joined by '-'`);
  }
  const refOf = (column: Column, value: string, defaultKind?: string) => {
    try {
      return stringifyEntityRef(
        parseEntityRef(value, { defaultKind, defaultNamespace: 'default' }),
      );
    } catch {
      problems.push(
        `${column} '${value}' is not an entity ref${
          defaultKind ? '' : ' with its kind'
        } (e.g. ${
          defaultKind ? 'group:default/dba-team' : 'component:default/payments'
        })`,
      );
      return undefined;
    }
  };
  const ownerText = text(row, 'owner');
  const owner = ownerText ? refOf('owner', ownerText, 'group') : undefined;
  if (!ownerText) problems.push('owner is required (a group, e.g. dba-team)');
  const systemText = text(row, 'system');
  const system = systemText ? refOf('system', systemText, 'system') : undefined;
  const dependsOn = list(row, 'dependsOn').map(v => refOf('dependsOn', v));
  const dependencyOf = list(row, 'dependencyOf').map(v =>
    refOf('dependencyOf', v),
  );
  const labels: Record<string, string> = {};
  for (const column of ['environment', 'location'] as const) {
    const value = text(row, column);
    if (value && !KubernetesValidatorFunctions.isValidLabelValue(value)) {
      problems.push(
        `${column} '${value}' is not a valid label value (letters, digits, '-', '_' and '.')`,
      );
    } else if (value) {
      labels[column] = value;
    }
  }
  if (problems.length > 0) {
    return { problems };
  }

  const annotations: Record<string, string> = {
    'backstage.io/managed-by-location': source.location,
    'backstage.io/managed-by-origin-location': source.location,
    'itsm/inventory-line': String(source.line),
  };
  for (const [column, annotation] of Object.entries(annotationOf)) {
    const value = text(row, column as Column);
    if (value) annotations[annotation!] = value;
  }
  const title = text(row, 'title');
  const description = text(row, 'description');
  return {
    entity: {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: name!,
        namespace: 'default',
        ...(title ? { title } : {}),
        ...(description ? { description } : {}),
        ...(Object.keys(labels).length ? { labels } : {}),
        annotations,
      },
      spec: {
        type: type!,
        owner: owner!,
        ...(system ? { system } : {}),
        ...(dependsOn.length ? { dependsOn: dependsOn as string[] } : {}),
        ...(dependencyOf.length
          ? { dependencyOf: dependencyOf as string[] }
          : {}),
      },
    },
  };
}

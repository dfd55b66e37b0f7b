/**
 * A configuration item's basic data (§6.1.3: name, version, model,
 * specification, supplier; and a serial number), read from a documented set of annotations and,
 * where an entity carries them in its spec (inventory imports do), spec
 * fields of the same name. The annotation wins.
 */

/** The annotation that carries each item of basic data. */
export const ciDataAnnotations = {
  version: 'itsm/version',
  model: 'itsm/model',
  specification: 'itsm/specification',
  supplier: 'itsm/supplier',
  /** Not in §6.1.3's list, but what a hardware CI is told apart by. */
  serialNumber: 'itsm/serial',
} as const;

export type CiDataField = keyof typeof ciDataAnnotations;

export type CiBasicData = {
  /** The entity's name (its title when it has one). */
  name: string;
} & Partial<Record<CiDataField, string>>;

/** What reading basic data needs of a catalog entity. */
export type CiDataEntity = {
  metadata: {
    name: string;
    title?: string;
    annotations?: Record<string, string>;
  };
  spec?: Record<string, unknown>;
};

/** The basic data of an entity; absent items are left out. */
export function ciBasicData(entity: CiDataEntity): CiBasicData {
  const data: CiBasicData = {
    name: entity.metadata.title ?? entity.metadata.name,
  };
  for (const field of Object.keys(ciDataAnnotations) as CiDataField[]) {
    const annotated = entity.metadata.annotations?.[ciDataAnnotations[field]];
    const fromSpec = entity.spec?.[field];
    const value =
      annotated ?? (typeof fromSpec === 'string' ? fromSpec : undefined);
    if (value?.trim()) data[field] = value.trim();
  }
  return data;
}

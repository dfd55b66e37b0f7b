import {
  CiListItem,
  NewCiChange,
  StoredCiChange,
  StoredCiSnapshot,
} from '../CiHistoryStore';
import { CiChangeRow, CiSnapshotRow } from '../../../core/database/tables';
import { toIso } from '../../../core/database/operations/rowMapping';

/** The columns of a snapshot row. */
export function snapshotColumns(s: StoredCiSnapshot) {
  return {
    entity_ref: s.entityRef,
    entity_uid: s.entityUid ?? null,
    etag: s.etag,
    snapshot: JSON.stringify(s.snapshot),
    seen_at: s.seenAt,
    kind: s.index?.kind.toLowerCase() ?? null,
    type: s.index?.type ?? null,
    title: s.index?.title ?? null,
    ci_class: s.index?.ciClass ?? null,
    classified: s.index?.classified ?? false,
    owner: s.index?.owner ?? null,
    system: s.index?.system ?? null,
    lifecycle: s.index?.lifecycle ?? null,
    support_group: s.index?.supportGroup ?? null,
    changed_at: s.changedAt ?? null,
    impact: s.impact ? JSON.stringify(s.impact) : null,
    index_version: s.indexVersion ?? null,
  };
}

/** A snapshot row as the CMDB lists it. */
export function rowToItem(row: CiSnapshotRow): CiListItem {
  const optional = {
    type: row.type,
    owner: row.owner,
    system: row.system,
    lifecycle: row.lifecycle,
    supportGroup: row.support_group,
  };
  return {
    entityRef: row.entity_ref,
    kind: row.kind ?? row.entity_ref.split(':')[0],
    title: row.title ?? row.entity_ref.split('/').pop()!,
    ciClass: row.ci_class ?? 'other',
    classified: Boolean(row.classified),
    ...Object.fromEntries(
      Object.entries(optional).filter(([, v]) => v !== null),
    ),
    ...(row.changed_at ? { changedAt: toIso(row.changed_at) } : {}),
  };
}

export function rowToChange(row: CiChangeRow): StoredCiChange {
  return {
    id: String(row.id),
    entityRef: row.entity_ref,
    ...(row.entity_uid ? { entityUid: row.entity_uid } : {}),
    kind: row.kind as StoredCiChange['kind'],
    differences: JSON.parse(row.differences),
    ...(row.source_location ? { sourceLocation: row.source_location } : {}),
    ...(row.authorized_by && row.authorized_by_ref
      ? { authorizedBy: { id: row.authorized_by, ref: row.authorized_by_ref } }
      : {}),
    unauthorized: Boolean(row.unauthorized),
    detectedAt: toIso(row.detected_at),
  };
}

export function changeRow(change: NewCiChange): Omit<CiChangeRow, 'id'> {
  return {
    entity_ref: change.entityRef,
    entity_uid: change.entityUid ?? null,
    kind: change.kind,
    differences: JSON.stringify(change.differences),
    source_location: change.sourceLocation ?? null,
    authorized_by: change.authorizedBy?.id ?? null,
    authorized_by_ref: change.authorizedBy?.ref ?? null,
    unauthorized: !change.authorizedBy,
    detected_at: change.detectedAt,
  };
}

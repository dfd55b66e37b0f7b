import { ReactNode } from 'react';
import { InfoCard, StructuredMetadataTable } from '@backstage/core-components';
import {
  ContinuityRecordOf,
  ContinuityRecordType,
  continuityTypeLabels,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { EntityName, EntityNames } from '../../components/EntityName';
import {
  RecordPage,
  RecordPageColumn,
  useRecordPage,
} from '../../components/RecordPage';
import { RecordOf } from '../../hooks/useRecordWithTimeline';
import { ContinuityActions } from './ContinuityActions';

/**
 * One continuity record's page: its state, what it covers, its owner and
 * description with the type's own fields (`fields`), the type's cards
 * (`columns`), its moves and its timeline.
 */
export function ContinuityRecordPage<T extends ContinuityRecordType>(props: {
  type: T;
  /** The type's own fields, shown after the shared ones. */
  fields?: (record: ContinuityRecordOf[T]) => Record<string, ReactNode>;
  /**
   * The type's own cards, beside the record's card; `changed` shows the
   * record a card's write answered, `reload` reads it again.
   */
  columns?: (
    record: ContinuityRecordOf[T],
    page: {
      changed: (record: ContinuityRecordOf[T]) => void;
      reload: () => void;
    },
  ) => (RecordPageColumn | false)[];
}) {
  const { type } = props;
  const page = useRecordPage(type);
  return (
    <RecordPage
      page={page}
      actions={record => (
        <ContinuityActions
          type={type}
          record={record as ContinuityRecordOf[T]}
          onChanged={updated => page.changed(updated as RecordOf[T])}
          onReloadNeeded={page.reload}
        />
      )}
      columns={record => {
        const own = record as ContinuityRecordOf[T];
        return [
          {
            md: 6,
            cards: (
              <InfoCard title={continuityTypeLabels[type].one}>
                <StructuredMetadataTable
                  metadata={{
                    state: stateLabel(type, own.state),
                    covers: <EntityNames entityRefs={own.entityRefs} />,
                    owner: own.owner ? (
                      <EntityName entityRef={own.owner} />
                    ) : (
                      '—'
                    ),
                    ...props.fields?.(own),
                    description: own.description || '—',
                  }}
                />
              </InfoCard>
            ),
          },
          ...(props.columns?.(own, {
            changed: updated => page.changed(updated as RecordOf[T]),
            reload: page.reload,
          }) ?? []),
        ];
      }}
      timeline="last-column"
    />
  );
}

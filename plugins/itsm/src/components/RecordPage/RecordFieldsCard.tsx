import { InfoCard, StructuredMetadataTable } from '@backstage/core-components';

/**
 * A record's fields as a metadata table in a card, by label; a field
 * without a value (undefined, or an empty text) is left out.
 */
export function RecordFieldsCard(props: {
  title: string;
  fields: Record<string, unknown>;
}) {
  const shown = Object.fromEntries(
    Object.entries(props.fields).filter(([, v]) => v !== undefined && v !== ''),
  );
  return (
    <InfoCard title={props.title}>
      <StructuredMetadataTable metadata={shown} />
    </InfoCard>
  );
}

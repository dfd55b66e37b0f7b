import Chip from '@material-ui/core/Chip';
import {
  ContinuityRiskLevel,
  continuityRiskLevelLabels,
} from '@backstage-itsm/plugin-itsm-common';

/** The colour of each level, as the chip and the heat map show it. */
export const riskLevelColours: Record<ContinuityRiskLevel, string> = {
  low: '#2e7d32',
  medium: '#f9a825',
  high: '#ef6c00',
  critical: '#c62828',
};

/** A risk's level as a coloured chip; a dash while it is not rated. */
export function RiskLevelChip(props: { level?: ContinuityRiskLevel }) {
  const { level } = props;
  if (!level) return <>—</>;
  return (
    <Chip
      size="small"
      label={continuityRiskLevelLabels[level]}
      style={{
        backgroundColor: riskLevelColours[level],
        color: level === 'medium' ? '#000' : '#fff',
      }}
    />
  );
}

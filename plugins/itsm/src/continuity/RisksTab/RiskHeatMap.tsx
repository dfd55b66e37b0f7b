import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import ButtonBase from '@material-ui/core/ButtonBase';
import {
  continuityRiskLevelLabels,
  Risk,
  riskImpactLabels,
  riskLevelOf,
  riskLikelihoodLabels,
  RiskMatrix,
} from '@backstage-itsm/plugin-itsm-common';
import { riskLevelColours } from './RiskLevelChip';

/** A cell of the heat map: a likelihood and an impact. */
export type HeatMapCell = { likelihood: number; impact: number };

const ratings = [1, 2, 3, 4, 5];

/**
 * The likelihood × impact heat map (§9.1.3(2)): five rows of likelihood,
 * the most likely on top, five columns of impact; each cell coloured by
 * the level the matrix gives it (itsm-common `riskLevelOf`, as the
 * backend rates) and showing how many risks are rated so. Clicking a cell
 * selects it (again: clears it).
 */
export function RiskHeatMap(props: {
  risks: readonly Risk[];
  matrix: RiskMatrix;
  selected?: HeatMapCell;
  onSelect: (cell: HeatMapCell | undefined) => void;
}) {
  const { risks, matrix, selected } = props;
  const count = (likelihood: number, impact: number) =>
    risks.filter(r => r.likelihood === likelihood && r.impact === impact)
      .length;
  return (
    <Table size="small" aria-label="Risk heat map" style={{ width: 'auto' }}>
      <TableHead>
        <TableRow style={{ whiteSpace: 'nowrap' }}>
          <TableCell>Likelihood \ Impact</TableCell>
          {ratings.map(impact => (
            <TableCell key={impact} align="center">
              {impact} {riskImpactLabels[impact]}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {[...ratings].reverse().map(likelihood => (
          <TableRow key={likelihood}>
            <TableCell
              component="th"
              scope="row"
              style={{ whiteSpace: 'nowrap' }}
            >
              {likelihood} {riskLikelihoodLabels[likelihood]}
            </TableCell>
            {ratings.map(impact => {
              const level = riskLevelOf(likelihood, impact, matrix)!;
              const n = count(likelihood, impact);
              const isSelected =
                selected?.likelihood === likelihood &&
                selected?.impact === impact;
              return (
                <TableCell
                  key={impact}
                  align="center"
                  padding="none"
                  style={{
                    backgroundColor: riskLevelColours[level],
                    opacity: n > 0 || isSelected ? 1 : 0.45,
                    outline: isSelected ? '3px solid #000' : undefined,
                  }}
                >
                  <ButtonBase
                    style={{
                      width: '100%',
                      minWidth: 72,
                      padding: 8,
                      fontWeight: 700,
                      color: level === 'medium' ? '#000' : '#fff',
                    }}
                    aria-pressed={isSelected}
                    aria-label={`Likelihood ${likelihood}, impact ${impact}: ${
                      continuityRiskLevelLabels[level]
                    }, ${n} risk${n === 1 ? '' : 's'}`}
                    onClick={() =>
                      props.onSelect(
                        isSelected ? undefined : { likelihood, impact },
                      )
                    }
                  >
                    {n}
                  </ButtonBase>
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

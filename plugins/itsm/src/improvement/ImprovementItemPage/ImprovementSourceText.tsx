import Link from '@material-ui/core/Link';
import {
  ImprovementSource,
  improvementSourceLabels,
  indicatorDefinition,
} from '@backstage-itsm/plugin-itsm-common';
import { Link as RouterLink } from 'react-router-dom';
import { useItsmBasePath } from '../../hooks/useItsmBasePath';
import { improvementSourceLink } from './improvementSourceLink';

/**
 * Where an improvement item came from, as people read it: the kind of
 * source and the record or indicator (by its name), linked to its page
 * where it has one ("Post-incident review: INC-12", "Indicator missing its
 * target: Mean time to accept").
 */
export function ImprovementSourceText(props: {
  source: ImprovementSource;
  sourceRef?: string;
}) {
  const { source, sourceRef } = props;
  const base = useItsmBasePath();
  const link = improvementSourceLink(base, source, sourceRef);
  const text =
    sourceRef && source === 'indicator'
      ? indicatorDefinition(sourceRef)?.name ?? sourceRef
      : sourceRef;
  return (
    <>
      {improvementSourceLabels[source]}
      {text && ': '}
      {text &&
        (link ? (
          <Link component={RouterLink} to={link}>
            {text}
          </Link>
        ) : (
          text
        ))}
    </>
  );
}

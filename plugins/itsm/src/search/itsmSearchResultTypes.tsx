import AssessmentIcon from '@material-ui/icons/Assessment';
import BugReportIcon from '@material-ui/icons/BugReport';
import BuildIcon from '@material-ui/icons/Build';
import MenuBookIcon from '@material-ui/icons/MenuBook';
import NewReleasesIcon from '@material-ui/icons/NewReleases';
import ReportProblemIcon from '@material-ui/icons/ReportProblemOutlined';
import SchoolIcon from '@material-ui/icons/School';
import SecurityIcon from '@material-ui/icons/Security';
import SettingsBackupRestoreIcon from '@material-ui/icons/SettingsBackupRestore';
import TimerIcon from '@material-ui/icons/Timer';
import TrendingUpIcon from '@material-ui/icons/TrendingUp';
import {
  continuityTypeLabels,
  improvementTypeLabels,
  itsmSearchTypes,
  ItsmSearchType,
  RecordType,
} from '@backstage-itsm/plugin-itsm-common';

/** An ITSM search document type as the search page offers and lists it. */
export type ItsmSearchResultType = {
  /** The search document type. */
  value: ItsmSearchType;
  /** The name of the type on the search page: "Incidents". */
  name: string;
  /** What one result is: "Incident". */
  label: string;
  icon: JSX.Element;
};

/** The ITSM search document types, in the order the search page offers them. */
export const itsmSearchResultTypes: readonly ItsmSearchResultType[] = [
  {
    value: itsmSearchTypes.incident,
    name: 'Incidents',
    label: 'Incident',
    icon: <ReportProblemIcon />,
  },
  {
    value: itsmSearchTypes.problem,
    name: 'Problems',
    label: 'Problem',
    icon: <BugReportIcon />,
  },
  {
    value: itsmSearchTypes.knownError,
    name: 'Known errors',
    label: 'Known error',
    icon: <MenuBookIcon />,
  },
  {
    value: itsmSearchTypes.change,
    name: 'Changes',
    label: 'Change',
    icon: <BuildIcon />,
  },
  {
    value: itsmSearchTypes.release,
    name: 'Releases',
    label: 'Release',
    icon: <NewReleasesIcon />,
  },
  {
    value: itsmSearchTypes.risk,
    name: continuityTypeLabels.risk.many,
    label: continuityTypeLabels.risk.one,
    icon: <SecurityIcon />,
  },
  {
    value: itsmSearchTypes['impact-analysis'],
    name: continuityTypeLabels['impact-analysis'].many,
    label: continuityTypeLabels['impact-analysis'].one,
    icon: <AssessmentIcon />,
  },
  {
    value: itsmSearchTypes['continuity-plan'],
    name: continuityTypeLabels['continuity-plan'].many,
    label: continuityTypeLabels['continuity-plan'].one,
    icon: <SettingsBackupRestoreIcon />,
  },
  {
    value: itsmSearchTypes.exercise,
    name: continuityTypeLabels.exercise.many,
    label: continuityTypeLabels.exercise.one,
    icon: <TimerIcon />,
  },
  {
    value: itsmSearchTypes.improvement,
    name: improvementTypeLabels.improvement.many,
    label: improvementTypeLabels.improvement.one,
    icon: <TrendingUpIcon />,
  },
  {
    value: itsmSearchTypes.training,
    name: improvementTypeLabels.training.many,
    label: improvementTypeLabels.training.one,
    icon: <SchoolIcon />,
  },
];

/**
 * The ITSM type of a search result, by its document type or else the
 * record type its document names; undefined for any other result.
 */
export function itsmSearchTypeOf(
  type: string | undefined,
  recordType: RecordType | undefined,
): ItsmSearchResultType | undefined {
  return (
    itsmSearchResultTypes.find(t => t.value === type) ??
    (recordType
      ? itsmSearchResultTypes.find(t => t.value === itsmSearchTypes[recordType])
      : undefined)
  );
}

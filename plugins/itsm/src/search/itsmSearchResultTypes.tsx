import BugReportIcon from '@material-ui/icons/BugReport';
import BuildIcon from '@material-ui/icons/Build';
import MenuBookIcon from '@material-ui/icons/MenuBook';
import NewReleasesIcon from '@material-ui/icons/NewReleases';
import ReportProblemIcon from '@material-ui/icons/ReportProblemOutlined';
import {
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

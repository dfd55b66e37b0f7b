import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { Content, ContentHeader, InfoCard } from '@backstage/core-components';
import {
  continuityPaths,
  continuityRecordTypes,
  ContinuityRecordType,
  continuityTypeLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { useSearchParams } from 'react-router-dom';
import { ContinuityPlansTab } from '../ContinuityPlansTab';
import { RisksTab } from '../RisksTab';
import { ExercisesTab } from '../ExercisesTab';
import { ContinuityRecordsTab } from './ContinuityRecordsTab';
import { CoverageTab } from './CoverageTab';
import { ImpactAnalysesTab } from './ImpactAnalysesTab';

/** A tab: a record type's list, or the coverage report. */
type ContinuityTab = ContinuityRecordType | 'coverage';

/** The tab a `?tab=` names: a type by its path (`risks`), `coverage`, else risks. */
function tabOf(name: string | null): ContinuityTab {
  if (name === 'coverage') return 'coverage';
  return (
    continuityRecordTypes.find(type => continuityPaths[type] === name) ?? 'risk'
  );
}

/** What a tab shows. */
function TabContent(props: { tab: ContinuityTab }) {
  if (props.tab === 'coverage') return <CoverageTab />;
  if (props.tab === 'risk') return <RisksTab />;
  if (props.tab === 'exercise') return <ExercisesTab />;
  if (props.tab === 'impact-analysis') return <ImpactAnalysesTab />;
  if (props.tab === 'continuity-plan') return <ContinuityPlansTab />;
  return <ContinuityRecordsTab key={props.tab} type={props.tab} />;
}

/**
 * IT service continuity (chapter 9): the risk register, business impact
 * analyses, continuity plans and exercises, one tab each (`?tab=risks`,
 * so a tab can be linked to and survives a reload).
 */
export function ContinuityPage() {
  const [params, setParams] = useSearchParams();
  const tab = tabOf(params.get('tab'));
  return (
    <Content>
      <ContentHeader title="IT service continuity" />
      <InfoCard>
        <Tabs
          value={tab}
          onChange={(_, value: ContinuityTab) =>
            setParams(
              { tab: value === 'coverage' ? value : continuityPaths[value] },
              { replace: true },
            )
          }
          indicatorColor="primary"
          variant="scrollable"
          aria-label="Continuity"
        >
          {continuityRecordTypes.map(type => (
            <Tab
              key={type}
              value={type}
              label={continuityTypeLabels[type].many}
            />
          ))}
          <Tab value="coverage" label="Coverage" />
        </Tabs>
        <Box mt={2}>
          <TabContent key={tab} tab={tab} />
        </Box>
      </InfoCard>
    </Content>
  );
}

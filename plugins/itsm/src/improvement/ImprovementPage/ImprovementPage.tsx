import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { Content, ContentHeader, InfoCard } from '@backstage/core-components';
import {
  improvementPaths,
  improvementRecordTypes,
  ImprovementRecordType,
  improvementTypeLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { useSearchParams } from 'react-router-dom';
import { SurveysTab } from '../SurveysTab';
import { ImprovementRecordsTab } from './ImprovementRecordsTab';

/** A tab: a record type's, or the satisfaction surveys' results. */
type ImprovementTab = ImprovementRecordType | 'surveys';

/** The tab a `?tab=` names: a type by its path (`trainings`), else items. */
function tabOf(name: string | null): ImprovementTab {
  if (name === 'surveys') return 'surveys';
  return (
    improvementRecordTypes.find(type => improvementPaths[type] === name) ??
    'improvement'
  );
}

/**
 * Continual improvement (chapter 10): the improvement register and the
 * training sessions, one tab each (`?tab=trainings`, so a tab can be
 * linked to and survives a reload), and the satisfaction surveys' results
 * (`?tab=surveys`, §2.3.5).
 */
export function ImprovementPage() {
  const [params, setParams] = useSearchParams();
  const tab = tabOf(params.get('tab'));
  return (
    <Content>
      <ContentHeader title="Continual improvement" />
      <InfoCard>
        <Tabs
          value={tab}
          onChange={(_, value: ImprovementTab) =>
            setParams(
              { tab: value === 'surveys' ? value : improvementPaths[value] },
              { replace: true },
            )
          }
          indicatorColor="primary"
          variant="scrollable"
          aria-label="Continual improvement"
        >
          {improvementRecordTypes.map(type => (
            <Tab
              key={type}
              value={type}
              label={improvementTypeLabels[type].many}
            />
          ))}
          <Tab value="surveys" label="Surveys" />
        </Tabs>
        <Box mt={2}>
          {tab === 'surveys' ? (
            <SurveysTab />
          ) : (
            <ImprovementRecordsTab key={tab} type={tab} />
          )}
        </Box>
      </InfoCard>
    </Content>
  );
}

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
import { ImprovementRecordsTab } from './ImprovementRecordsTab';

/** The tab a `?tab=` names: a type by its path (`trainings`), else items. */
function tabOf(name: string | null): ImprovementRecordType {
  return (
    improvementRecordTypes.find(type => improvementPaths[type] === name) ??
    'improvement'
  );
}

/**
 * Continual improvement (chapter 10): the improvement register and the
 * training sessions, one tab each (`?tab=trainings`, so a tab can be
 * linked to and survives a reload).
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
          onChange={(_, value: ImprovementRecordType) =>
            setParams({ tab: improvementPaths[value] }, { replace: true })
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
        </Tabs>
        <Box mt={2}>
          <ImprovementRecordsTab key={tab} type={tab} />
        </Box>
      </InfoCard>
    </Content>
  );
}

import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { Content, ContentHeader, InfoCard } from '@backstage/core-components';
import {
  improvementPaths,
  improvementTypeLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { useSearchParams } from 'react-router-dom';
import { ReportsTab } from '../ReportsTab';
import { SurveysTab } from '../SurveysTab';
import { TrainingsTab } from '../TrainingsTab';
import { ImprovementPlanTab } from './ImprovementPlanTab';
import { ImprovementRegisterTab } from './ImprovementRegisterTab';

/** The page's tabs, by their `?tab=` names. */
const tabs = [
  {
    name: improvementPaths.improvement,
    label: improvementTypeLabels.improvement.many,
  },
  { name: 'plan', label: 'Plan' },
  { name: improvementPaths.training, label: 'Training' },
  { name: 'surveys', label: 'Surveys' },
  { name: 'reports', label: 'Reports' },
] as const;

type TabName = (typeof tabs)[number]['name'];

/** The tab a `?tab=` names, else the improvement register. */
function tabOf(name: string | null): TabName {
  return tabs.find(t => t.name === name)?.name ?? improvementPaths.improvement;
}

/** What a tab shows. */
function TabContent(props: { tab: TabName }) {
  switch (props.tab) {
    case 'plan':
      return <ImprovementPlanTab />;
    case improvementPaths.training:
      return <TrainingsTab />;
    case 'surveys':
      return <SurveysTab />;
    case 'reports':
      return <ReportsTab />;
    default:
      return <ImprovementRegisterTab />;
  }
}

/**
 * Continual improvement (chapter 10): the improvement register (§10.2.2),
 * the continual improvement plan (§10.3.1), training sessions with a
 * group's training plan (§10.2.3), the satisfaction surveys' results
 * (§2.3.5) and the monthly reports (§2.1.2(5), §6.3.3, §8.3), one tab each
 * (`?tab=plan`, `?tab=trainings`, ..., so a tab can be linked to and
 * survives a reload).
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
          onChange={(_, value: TabName) =>
            setParams({ tab: value }, { replace: true })
          }
          indicatorColor="primary"
          variant="scrollable"
          aria-label="Continual improvement"
        >
          {tabs.map(t => (
            <Tab key={t.name} value={t.name} label={t.label} />
          ))}
        </Tabs>
        <Box mt={2}>
          <TabContent key={tab} tab={tab} />
        </Box>
      </InfoCard>
    </Content>
  );
}

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
import { ImprovementPlanTab } from './ImprovementPlanTab';
import { ImprovementRecordsTab } from './ImprovementRecordsTab';
import { ImprovementRegisterTab } from './ImprovementRegisterTab';

/** A tab: a record type's list, the plan, or the surveys' results. */
type ImprovementTab = ImprovementRecordType | 'plan' | 'surveys';

/**
 * The tab a `?tab=` names: `plan`, `surveys`, a type by its path
 * (`trainings`), else the register.
 */
function tabOf(name: string | null): ImprovementTab {
  if (name === 'plan' || name === 'surveys') return name;
  return (
    improvementRecordTypes.find(type => improvementPaths[type] === name) ??
    'improvement'
  );
}

function TabContent(props: { tab: ImprovementTab }) {
  if (props.tab === 'plan') return <ImprovementPlanTab />;
  if (props.tab === 'surveys') return <SurveysTab />;
  if (props.tab === 'improvement') return <ImprovementRegisterTab />;
  return <ImprovementRecordsTab type={props.tab} />;
}

/**
 * Continual improvement (chapter 10): the improvement register, the
 * training sessions, the continual improvement plan and the satisfaction
 * surveys' results (§2.3.5), one tab each (`?tab=trainings`, `?tab=plan`,
 * `?tab=surveys`, so a tab can be linked to and survives a reload).
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
              {
                tab:
                  value === 'plan' || value === 'surveys'
                    ? value
                    : improvementPaths[value],
              },
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
          <Tab value="plan" label="Plan" />
          <Tab value="surveys" label="Surveys" />
        </Tabs>
        <Box mt={2}>
          <TabContent key={tab} tab={tab} />
        </Box>
      </InfoCard>
    </Content>
  );
}

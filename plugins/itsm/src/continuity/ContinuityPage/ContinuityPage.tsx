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
import { ContinuityRecordsTab } from './ContinuityRecordsTab';

/** The tab a `?tab=` names: a type by its path (`risks`), else risks. */
function tabOf(name: string | null): ContinuityRecordType {
  return (
    continuityRecordTypes.find(type => continuityPaths[type] === name) ?? 'risk'
  );
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
          onChange={(_, value: ContinuityRecordType) =>
            setParams({ tab: continuityPaths[value] }, { replace: true })
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
        </Tabs>
        <Box mt={2}>
          {tab === 'continuity-plan' ? (
            <ContinuityPlansTab />
          ) : (
            <ContinuityRecordsTab key={tab} type={tab} />
          )}
        </Box>
      </InfoCard>
    </Content>
  );
}

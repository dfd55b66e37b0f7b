import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { Content, ContentHeader } from '@backstage/core-components';
import { CiChangesTab } from './CiChangesTab';
import { CiItemsTab } from './CiItemsTab';
import { CiReportTab } from './CiReportTab';

const tabs = {
  items: { label: 'Items', Component: CiItemsTab },
  report: { label: 'Status report', Component: CiReportTab },
  changes: { label: 'Changes', Component: CiChangesTab },
};

/**
 * The CMDB page (chapter 6): search and filter the configuration items,
 * the status report, and the changes to them with the unauthorised ones.
 */
export function CmdbPage() {
  const [tab, setTab] = useState<keyof typeof tabs>('items');
  const { Component } = tabs[tab];
  return (
    <Content>
      <ContentHeader title="Configuration items" />
      <Tabs
        value={tab}
        onChange={(_e, value) => setTab(value)}
        indicatorColor="primary"
        aria-label="CMDB views"
      >
        {Object.entries(tabs).map(([key, { label }]) => (
          <Tab key={key} value={key} label={label} />
        ))}
      </Tabs>
      <Box mt={2}>
        <Component />
      </Box>
    </Content>
  );
}

import { Route, Routes } from 'react-router-dom';
import { CmdbPage } from '../CmdbPage';
import { IncidentPage } from '../IncidentPage';
import { ServiceDeskPage } from '../ServiceDeskPage';
import { StatisticsPage } from '../StatisticsPage';

/**
 * The ITSM page: the service desk at its root, one incident at
 * `incidents/:ref` (e.g. `/itsm/incidents/INC-12`), statistics at
 * `statistics` and the configuration items (CMDB) at `cmdb`.
 *
 * @public
 */
export function ItsmPage() {
  return (
    <Routes>
      <Route path="/" element={<ServiceDeskPage />} />
      <Route path="/incidents/:ref" element={<IncidentPage />} />
      <Route path="/statistics" element={<StatisticsPage />} />
      <Route path="/cmdb" element={<CmdbPage />} />
    </Routes>
  );
}

import { Route, Routes } from 'react-router-dom';
import { ChangeCalendarPage } from '../ChangeCalendarPage';
import { ChangePage } from '../ChangePage';
import { ReleasePage } from '../ReleasePage';
import { ReleasesPage } from '../ReleasesPage';
import { ChangesPage } from '../ChangesPage';
import { CiPage } from '../CiPage';
import { CmdbPage } from '../CmdbPage';
import { IncidentPage } from '../IncidentPage';
import { ProblemPage } from '../ProblemPage';
import { ProblemsPage } from '../ProblemsPage';
import { ServiceDeskPage } from '../ServiceDeskPage';
import { StatisticsPage } from '../StatisticsPage';
import { SlaReportPage } from '../SlaReportPage';

/**
 * The ITSM page: the service desk at its root, one incident at
 * `incidents/:ref` (e.g. `/itsm/incidents/INC-12`), the changes at
 * `changes`, their calendar at `changes/calendar` and one at
 * `changes/:ref`, the releases at `releases` and one at `releases/:ref`,
 * the problems and the known-error base at `problems` and one at
 * `problems/:ref`,
 * statistics at `statistics`, the service level report at `sla`, the
 * configuration items (CMDB) at `cmdb` and one of them
 * at `cmdb/:kind/:namespace/:name`.
 *
 * @public
 */
export function ItsmPage() {
  return (
    <Routes>
      <Route path="/" element={<ServiceDeskPage />} />
      <Route path="/incidents/:ref" element={<IncidentPage />} />
      <Route path="/changes" element={<ChangesPage />} />
      <Route path="/changes/calendar" element={<ChangeCalendarPage />} />
      <Route path="/changes/:ref" element={<ChangePage />} />
      <Route path="/releases" element={<ReleasesPage />} />
      <Route path="/releases/:ref" element={<ReleasePage />} />
      <Route path="/problems" element={<ProblemsPage />} />
      <Route path="/problems/:ref" element={<ProblemPage />} />
      <Route path="/statistics" element={<StatisticsPage />} />
      <Route path="/sla" element={<SlaReportPage />} />
      <Route path="/cmdb" element={<CmdbPage />} />
      <Route path="/cmdb/:kind/:namespace/:name" element={<CiPage />} />
    </Routes>
  );
}

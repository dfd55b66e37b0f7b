import { Route, Routes } from 'react-router-dom';
import { ChangeCalendarPage } from '../changes/ChangeCalendarPage';
import { ChangePage } from '../changes/ChangePage';
import { ReleasePage } from '../releases/ReleasePage';
import { ReleasesPage } from '../releases/ReleasesPage';
import { ChangesPage } from '../changes/ChangesPage';
import { CiPage } from '../cmdb/CiPage';
import { CmdbPage } from '../cmdb/CmdbPage';
import {
  ContinuityPage,
  ContinuityPlanPage,
  ExercisePage,
  ImpactAnalysisPage,
  RiskPage,
} from '../continuity';
import {
  ImprovementItemPage,
  ImprovementPage,
  KpiDashboardPage,
  KpiDetailPage,
  PeriodicReportPage,
  SurveyPage,
  TrainingPage,
} from '../improvement';
import { IncidentPage } from '../incidents/IncidentPage';
import { ItsmHomePage } from '../incidents/ItsmHomePage';
import { MyRequestsPage } from '../incidents/MyRequestsPage';
import { ProblemPage } from '../problems/ProblemPage';
import { ProblemsPage } from '../problems/ProblemsPage';
import { StatisticsPage } from '../incidents/StatisticsPage';
import { SlaReportPage } from '../sla/SlaReportPage';

/**
 * The ITSM page: at its root the service desk for those who work its
 * queues (`itsm.servicedesk.use`) and "My requests" for everyone else, who
 * find theirs at `my-requests` too; one incident at
 * `incidents/:ref` (e.g. `/itsm/incidents/INC-12`), the changes at
 * `changes`, their calendar at `changes/calendar` and one at
 * `changes/:ref`, the releases at `releases` and one at `releases/:ref`,
 * the problems and the known-error base at `problems` and one at
 * `problems/:ref`,
 * statistics at `statistics`, the service level report at `sla`, the
 * configuration items (CMDB) at `cmdb` and one of them
 * at `cmdb/:kind/:namespace/:name`; IT service continuity at
 * `continuity`, with one risk at `risks/:ref`, one business impact
 * analysis at `business-impact-analyses/:ref`, one continuity plan at
 * `continuity-plans/:ref` and one exercise at `exercises/:ref`;
 * continual improvement at `improvements` (the improvement register,
 * training sessions, the plan, the surveys' results and the monthly
 * reports), one improvement item at `improvements/:ref`, one training
 * session at `trainings/:ref`, one monthly report (printable) at
 * `reports/:scope/:period`, the KPI dashboard at `kpis` with one indicator
 * at `kpis/:indicatorId`, and a satisfaction survey answered at
 * `surveys/:id`.
 *
 * @public
 */
export function ItsmPage() {
  return (
    <Routes>
      <Route path="/" element={<ItsmHomePage />} />
      <Route path="/my-requests" element={<MyRequestsPage />} />
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
      <Route path="/continuity" element={<ContinuityPage />} />
      <Route path="/risks/:ref" element={<RiskPage />} />
      <Route
        path="/business-impact-analyses/:ref"
        element={<ImpactAnalysisPage />}
      />
      <Route path="/continuity-plans/:ref" element={<ContinuityPlanPage />} />
      <Route path="/exercises/:ref" element={<ExercisePage />} />
      <Route path="/improvements" element={<ImprovementPage />} />
      <Route path="/improvements/:ref" element={<ImprovementItemPage />} />
      <Route path="/trainings/:ref" element={<TrainingPage />} />
      <Route path="/reports/:scope/:period" element={<PeriodicReportPage />} />
      <Route path="/kpis" element={<KpiDashboardPage />} />
      <Route path="/kpis/:indicatorId" element={<KpiDetailPage />} />
      <Route path="/surveys/:id" element={<SurveyPage />} />
    </Routes>
  );
}

import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../components/not-found-page';
import { SessionsDashboard } from './dashboard/sessions-dashboard';
import { LaunchPage } from './launch/launch-page';

/** The sessions area: the live dashboard at `/sessions`, the launch form at `/sessions/launch`. */
export function SessionsPage() {
  return (
    <Routes>
      <Route index element={<SessionsDashboard />} />
      <Route path="launch" element={<LaunchPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

import { Route, Routes, useParams } from 'react-router';
import { ArtifactDetail } from './artifact-detail';
import { ArtifactsView } from './artifacts-view';
import { ProjectsView } from './projects-view';
import { RepositoriesView } from './repositories-view';
import { parseRepositorySplat } from './route-params';

/** The image browser: projects → repositories → artifacts → one artifact (URLs built in lib/paths.ts). */
export function ImagesPage() {
  return (
    <Routes>
      <Route index element={<ProjectsView />} />
      <Route path=":project" element={<ProjectRoute />} />
      <Route path=":project/*" element={<RepositoryRoute />} />
    </Routes>
  );
}

function ProjectRoute() {
  const { project = '' } = useParams();
  return <RepositoriesView key={project} project={project} />;
}

function RepositoryRoute() {
  const { project = '', '*': splat = '' } = useParams();
  const { repository, reference } = parseRepositorySplat(splat);
  if (reference) {
    return (
      <ArtifactDetail
        key={`${project}/${repository}@${reference}`}
        project={project}
        repository={repository}
        reference={reference}
      />
    );
  }
  return <ArtifactsView key={`${project}/${repository}`} project={project} repository={repository} />;
}

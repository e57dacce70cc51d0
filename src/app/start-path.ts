import { appBasePath } from '../lib/base-path';
import { paths } from '../lib/paths';

/** Whether `pathname` (the page's, under `base`) opens the sessions dashboard: the home page or /sessions. */
export function opensDashboard(pathname: string, base: string = appBasePath()): boolean {
  if (!pathname.startsWith(base) && `${pathname}/` !== base) return false;
  const path = `/${pathname.slice(base.length)}`.replace(/\/+$/, '') || '/';
  return path === paths.home() || path === paths.sessions();
}

export interface DemoUser {
  username: string;
  password: string;
  firstName: string;
  lastName: string;
  email: string;
  institute: string;
  uid: number;
  role: 'member' | 'pi' | 'trainee';
  projects: string[];
}

/** POSIX group ids of the demo projects (they appear in each session's `supplementalGroups`). */
export const projectGroupIds: Readonly<Record<string, number>> = {
  'survey-team': 30012,
  'lensing-lab': 30477,
};

// Demo credentials are public on purpose: every password is `demo-<username>` (the README lists them too).
export const demoUsers: DemoUser[] = [
  {
    username: 'jdoe',
    password: 'demo-jdoe',
    firstName: 'Jane',
    lastName: 'Doe',
    email: 'jane.doe@example.org',
    institute: 'Example Observatory',
    uid: 20001,
    role: 'member',
    projects: ['survey-team'],
  },
  {
    username: 'mchen',
    password: 'demo-mchen',
    firstName: 'Mei',
    lastName: 'Chen',
    email: 'mei.chen@example.org',
    institute: 'Example University',
    uid: 20002,
    role: 'pi',
    projects: ['survey-team', 'lensing-lab'],
  },
  {
    username: 'trainee1',
    password: 'demo-trainee1',
    firstName: 'Alex',
    lastName: 'Martin',
    email: 'alex.martin@example.org',
    institute: 'CANFAR Workshop',
    uid: 20003,
    role: 'trainee',
    projects: [],
  },
];

/** The demo users as the portal's demo sign-in lists them (auth/auth-controller.ts `DemoAccount`). */
export function demoAccounts() {
  return demoUsers.map((user) => ({
    username: user.username,
    password: user.password,
    displayName: `${user.firstName} ${user.lastName}`,
    role: user.role,
  }));
}

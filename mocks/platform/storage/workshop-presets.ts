/** The project whose folder holds the demo's workshop presets; its members (jdoe, trainee1…) see them. */
export const WORKSHOP_PROJECT = 'survey-team';

/** What a trainer publishes (docs/workshop-guide.md, "Workshop presets"), as the file holds it. */
export const WORKSHOP_PRESETS_JSON = `${JSON.stringify(
  {
    version: 1,
    presets: [
      {
        name: 'Exercise 1: first notebook',
        type: 'notebook',
        image: 'images.canfar.net/skaha/astroml-notebook:26.03',
        sessionName: 'first-notebook',
      },
      {
        name: 'Exercise 2: parameter sweep',
        type: 'headless',
        image: 'images.canfar.net/skaha/terminal:1.1.2',
        sessionName: 'sweep',
        cmd: 'python',
        args: 'sweep.py',
        replicas: 4,
      },
      {
        name: 'GPU notebook',
        type: 'notebook',
        image: 'images.canfar.net/skaha/astroml-notebook:26.03',
        resources: 'fixed',
        cores: 4,
        ram: 16,
        gpus: 1,
      },
    ],
  },
  null,
  2,
)}\n`;

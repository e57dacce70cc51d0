import type { SessionPhase, SessionRecord } from './model';

const stamp = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');

function interactiveLines(record: SessionRecord, at: (offsetMs: number) => string): string[] {
  const home = `/arc/home/${record.userid}`;
  switch (record.type) {
    case 'notebook':
      return [
        'Entered start.sh with args: jupyter lab',
        `Executing the command: jupyter lab --ServerApp.base_url=session/notebook/${record.id} --ServerApp.root_dir=/`,
        `[I ${at(310)} ServerApp] jupyter_lsp | extension was successfully linked.`,
        `[I ${at(742)} ServerApp] jupyterlab | extension was successfully loaded.`,
        `[I ${at(745)} ServerApp] Serving notebooks from local directory: /`,
        `[I ${at(745)} ServerApp] Jupyter Server 2.14.2 is running at:`,
        `[I ${at(745)} ServerApp] http://${record.pod}:8888/session/notebook/${record.id}/lab?token=...`,
        `[I ${at(746)} ServerApp] Use Control-C to stop this server and shut down all kernels.`,
      ];
    case 'carta':
      return [
        `[${at(120)}] [CARTA] [info] Writing to the log file: ${home}/.carta/log/carta.log`,
        `[${at(180)}] [CARTA] [info] CARTA is accessible at http://0.0.0.0:6901/session/carta/${record.id}/`,
        `[${at(181)}] [CARTA] [info] Listening on port 3002 with top level folder /, starting folder ${home}.`,
      ];
    case 'desktop':
      return [
        `Xvnc TigerVNC 1.13.1 - built ${at(0).slice(0, 10)}`,
        'Underlying X server release 12101007',
        `${at(410)} vncext:      VNC extension running!`,
        `${at(412)} vncext:      Listening for VNC connections on all interface(s), port 5901`,
        `${at(900)} websockify: proxying from 0.0.0.0:6901 to localhost:5901`,
      ];
    case 'desktop-app':
      // helm/launch-scripts/start-desktop-software.sh, for an image without /skaha/init.sh or /skaha/startup.sh;
      // its title is the name skaha gives the app (PostAction.attachDesktopApp)
      return [
        `[skaha] Starting skaha software container [title=${record.name}] for [userid=${record.userid}]`,
        'Disabling bell',
        'Disabling bell: OK',
        '[skaha] Starting xterm',
      ];
    default:
      return [
        `${at(0)} starting ${record.image}`,
        `${at(800)} listening on 0.0.0.0:5000`,
        `${at(801)} ready for user ${record.userid}`,
      ];
  }
}

function headlessLines(record: SessionRecord, phase: SessionPhase, startAt: number, now: number): string[] {
  const command =
    [record.command?.cmd, record.command?.args].filter(Boolean).join(' ') || '(image entrypoint)';
  // log lines spread over the job's run, so a running job's log grows as platform time passes
  const runMs = (record.runS ?? 3_600) * 1_000;
  const at = (fraction: number) => startAt + Math.round(runMs * fraction);
  const timed: [number, string][] = [
    [at(0.01), 'INFO reading input from /arc/projects'],
    [at(0.35), 'INFO processed 128 frames'],
    [at(0.7), 'INFO processed 256 frames'],
  ];
  if (phase.status === 'Completed') timed.push([at(1), 'INFO wrote results; done.']);
  const lines = [
    `+ ${command}`,
    ...timed.filter(([time]) => time <= now).map(([time, text]) => `${stamp(time)} ${text}`),
  ];
  if (phase.status === 'Failed') {
    lines.push(
      'Traceback (most recent call last):',
      '  File "/opt/pipeline/reduce.py", line 214, in <module>',
      "RuntimeError: calibration frame 'bias-0412.fits' not found",
    );
  }
  return lines;
}

/** `?view=logs`: the container's whole log; empty until the container has started. */
export function sessionLogs(record: SessionRecord, phase: SessionPhase, now: number): string {
  const { startAt } = phase;
  if (startAt === undefined) return '';
  const at = (offsetMs: number) => stamp(startAt + offsetMs);
  const lines =
    record.type === 'headless' ? headlessLines(record, phase, startAt, now) : interactiveLines(record, at);
  return `${lines.join('\n')}\n`;
}

/**
 * `?view=logs` of every pod skaha's label selector finds (SessionAction.streamPodLogs): a desktop's and its
 * apps'. kubectl logs writes each pod's whole log after the previous one, with nothing between or before them,
 * and stops at the first pod whose container has not started, an error skaha does not pass on. kubectl visits
 * the pods in Go's map order, which is none in particular; the fake takes them in launch order.
 */
export function selectedPodsLogs(
  pods: { record: SessionRecord; phase: SessionPhase }[],
  now: number,
): string {
  let body = '';
  for (const { record, phase } of pods) {
    if (phase.startAt === undefined) break;
    body += sessionLogs(record, phase, now);
  }
  return body;
}

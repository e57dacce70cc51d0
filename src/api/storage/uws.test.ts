import { describe, expect, it } from 'vitest';
import { jobFailure, parseJobDocument } from './uws';

/** A job document as cadc-uws's JobWriter writes it, around the given parameters, jobInfo and error. */
const jobXml = (inside: string) => `<?xml version="1.0" encoding="UTF-8"?>
<uws:job xmlns:uws="http://www.ivoa.net/xml/UWS/v1.0" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1">
  <uws:jobId>k2x9q</uws:jobId>
  <uws:phase>ERROR</uws:phase>
  ${inside}
  <uws:errorSummary type="fatal" hasDetail="false"><uws:message>PermissionDenied</uws:message></uws:errorSummary>
</uws:job>`;

const parse = (inside: string) =>
  parseJobDocument(new DOMParser().parseFromString(jobXml(inside), 'application/xml'));

describe('parseJobDocument', () => {
  it('reads what the job acts on: a recursive delete’s target parameter', () => {
    expect(
      parse(
        '<uws:parameters><uws:parameter id="target">vos://cadc.nrc.ca~arc/home/jdoe/data</uws:parameter></uws:parameters>',
      ),
    ).toEqual({
      id: 'k2x9q',
      phase: 'ERROR',
      error: 'PermissionDenied',
      target: 'vos://cadc.nrc.ca~arc/home/jdoe/data',
    });
  });

  it('reads it from the transfer or node document the job was given', () => {
    const transfer = parse(`<uws:parameters/><uws:jobInfo>
      <vos:transfer xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0" version="2.1">
        <vos:target>vos://cadc.nrc.ca~arc/home/jdoe/notes.txt</vos:target>
        <vos:direction>vos://cadc.nrc.ca~arc/home/jdoe/data</vos:direction>
        <vos:keepBytes>false</vos:keepBytes>
      </vos:transfer></uws:jobInfo>`);
    expect(transfer.target).toBe('vos://cadc.nrc.ca~arc/home/jdoe/notes.txt');
    const props = parse(`<uws:jobInfo><vos:node xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0"
      uri="vos://cadc.nrc.ca~arc/projects/survey-team/shared"><vos:properties/></vos:node></uws:jobInfo>`);
    expect(props.target).toBe('vos://cadc.nrc.ca~arc/projects/survey-team/shared');
    expect(parse('<uws:parameters/>').target).toBeUndefined();
  });
});

describe('jobFailure', () => {
  it('keeps cavern’s own words and the phase the job ended in', () => {
    const failure = jobFailure({ id: 'a', phase: 'ABORTED', error: undefined, target: undefined });
    expect(failure).toMatchObject({ service: 'storage', phase: 'ABORTED', summary: undefined });
    expect(failure.message).toBe('job ended ABORTED');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveTransferXml, parseTransferDocument, transferXml, uploadTransferXml } from './transfer-xml';
import { VoSpaceXmlError } from './vospace-dom';
import { SECURITY_METHOD, VOS_PROTOCOL } from './vospace-names';
import { expectSameXmlStructure } from '@/test/xml-structure';

const SAMPLES = join(import.meta.dirname, '../../../docs/samples');
const readSample = (name: string) => readFileSync(join(SAMPLES, name), 'utf8');
const xml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');

const FILE = 'vos://cadc.nrc.ca~arc/home/jdoe/m31_deep.fits';

describe('transfer documents', () => {
  it('parses the move sample', () => {
    expect(parseTransferDocument(xml(readSample('vospace-transfer-move.xml')))).toEqual({
      version: '2.1',
      targets: [FILE],
      direction: 'vos://cadc.nrc.ca~arc/home/jdoe/data/m31_deep.fits',
      protocols: [],
      keepBytes: false,
      params: {},
    });
  });

  it('parses the upload request sample', () => {
    expect(parseTransferDocument(xml(readSample('vospace-transfer-upload-request.xml')))).toEqual({
      version: '2.1',
      targets: ['vos://cadc.nrc.ca~arc/home/jdoe/results/catalog.csv'],
      direction: 'pushToVoSpace',
      protocols: [
        { uri: VOS_PROTOCOL.httpsPut, endpoint: undefined, securityMethods: [] },
        { uri: VOS_PROTOCOL.httpsPut, endpoint: undefined, securityMethods: [SECURITY_METHOD.token] },
      ],
      keepBytes: true,
      params: {},
    });
  });

  it('writes the move and the upload request as the samples are', () => {
    expectSameXmlStructure(
      moveTransferXml(FILE, 'vos://cadc.nrc.ca~arc/home/jdoe/data/m31_deep.fits'),
      readSample('vospace-transfer-move.xml'),
    );
    expectSameXmlStructure(
      uploadTransferXml('vos://cadc.nrc.ca~arc/home/jdoe/results/catalog.csv'),
      readSample('vospace-transfer-upload-request.xml'),
    );
  });

  it('round-trips a request with a length, through the parser', () => {
    const written = uploadTransferXml('vos://cadc.nrc.ca~arc/home/jdoe/a & b.csv', 2048);
    const parsed = parseTransferDocument(xml(written));
    expect(parsed.targets).toEqual(['vos://cadc.nrc.ca~arc/home/jdoe/a & b.csv']);
    expect(parsed.params).toEqual({ 'ivo://ivoa.net/vospace/core#length': '2048' });
    const download = transferXml({
      target: FILE,
      direction: 'pullFromVoSpace',
      protocols: [{ uri: VOS_PROTOCOL.httpsGet }],
    });
    expect(parseTransferDocument(xml(download))).toMatchObject({
      direction: 'pullFromVoSpace',
      protocols: [{ uri: VOS_PROTOCOL.httpsGet, securityMethods: [] }],
      keepBytes: undefined,
    });
  });

  it("reads the endpoints of cavern's answer", () => {
    const answer = `<vos:transfer xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0" version="2.1">
      <vos:target>${FILE}</vos:target>
      <vos:direction>pushToVoSpace</vos:direction>
      <vos:protocol uri="${VOS_PROTOCOL.httpsPut}">
        <vos:endpoint>https://ws-uv.canfar.net/arc/files/preauth:abc/home/jdoe/m31_deep.fits</vos:endpoint>
      </vos:protocol>
      <vos:protocol uri="${VOS_PROTOCOL.httpsPut}">
        <vos:endpoint>https://ws-uv.canfar.net/arc/files/home/jdoe/m31_deep.fits</vos:endpoint>
        <vos:securityMethod uri="${SECURITY_METHOD.token}"/>
      </vos:protocol>
    </vos:transfer>`;
    expect(parseTransferDocument(xml(answer)).protocols.map((protocol) => protocol.endpoint)).toEqual([
      'https://ws-uv.canfar.net/arc/files/preauth:abc/home/jdoe/m31_deep.fits',
      'https://ws-uv.canfar.net/arc/files/home/jdoe/m31_deep.fits',
    ]);
  });

  it('refuses a document that is not a transfer or has no target', () => {
    expect(() => parseTransferDocument(xml(readSample('vospace-container-listing.xml')))).toThrow(
      VoSpaceXmlError,
    );
    const empty = '<vos:transfer xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0" version="2.1"/>';
    expect(() => parseTransferDocument(xml(empty))).toThrow(/without a target/);
  });
});

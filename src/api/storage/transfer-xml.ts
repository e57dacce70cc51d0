import {
  VoSpaceXmlError,
  appendVos,
  createVosDocument,
  serializeXml,
  textOf,
  vosChild,
  vosChildren,
  vosRoot,
} from './vospace-dom';
import {
  PACKAGE_MEDIA_TYPE,
  SECURITY_METHOD,
  TRANSFER_PARAM_LENGTH,
  VOS_PROTOCOL,
  VOS_VIEW,
  type PackageFormat,
} from './vospace-names';

/** `pushToVoSpace` (upload), `pullFromVoSpace` (download), or the destination vos URI of a move. */
export type TransferDirection = string;

export interface TransferProtocol {
  uri: string;
  /** Absent in a request; in the answer, the URL to PUT or GET the bytes at. */
  endpoint?: string | undefined;
  securityMethods: string[];
}

export interface Transfer {
  version: string | undefined;
  targets: string[];
  direction: TransferDirection;
  protocols: TransferProtocol[];
  keepBytes: boolean | undefined;
  view: Required<TransferView> | undefined;
  /** Transfer parameters by URI (e.g. the upload length). */
  params: Record<string, string>;
}

/** A `vos:view`: how the service should present the targets (a package format, for instance). */
export interface TransferView {
  uri: string;
  /** View parameters by URI, written as `vos:param` children. */
  params?: Readonly<Record<string, string>>;
}

export interface TransferRequest {
  /** One node, or several (a package of several targets). */
  target: string | readonly string[];
  direction: TransferDirection;
  view?: TransferView;
  protocols?: readonly { uri: string; securityMethod?: string | undefined }[];
  keepBytes?: boolean;
  /** Bytes to upload, sent as the `core#length` parameter. */
  length?: number;
}

/** A `vos:transfer` document, elements in the order of the VOSpace 2.1 schema. */
export function transferXml(request: TransferRequest): string {
  const document = createVosDocument('transfer');
  const root = document.documentElement;
  root.setAttribute('version', '2.1');
  const targets: readonly string[] = typeof request.target === 'string' ? [request.target] : request.target;
  for (const target of targets) appendVos(root, 'target', target);
  appendVos(root, 'direction', request.direction);
  if (request.view) {
    const view = appendVos(root, 'view');
    view.setAttribute('uri', request.view.uri);
    for (const [uri, value] of Object.entries(request.view.params ?? {})) {
      appendVos(view, 'param', value).setAttribute('uri', uri);
    }
  }
  for (const { uri, securityMethod } of request.protocols ?? []) {
    const protocol = appendVos(root, 'protocol');
    protocol.setAttribute('uri', uri);
    if (securityMethod) appendVos(protocol, 'securityMethod').setAttribute('uri', securityMethod);
  }
  if (request.keepBytes !== undefined) appendVos(root, 'keepBytes', String(request.keepBytes));
  if (request.length !== undefined) {
    appendVos(root, 'param', String(request.length)).setAttribute('uri', TRANSFER_PARAM_LENGTH);
  }
  return serializeXml(document);
}

/** A move or rename (`POST /transfers`, run as a UWS job): `keepBytes=false`, as cavern implements no copy. */
export function moveTransferXml(source: string, destination: string): string {
  return transferXml({ target: source, direction: destination, keepBytes: false });
}

/**
 * An upload negotiation (`POST /synctrans`): offered anonymously (a pre-authorised URL) and with the token, as
 * the portal sends one; the answer lists the endpoints to PUT to.
 */
export function uploadTransferXml(target: string, length?: number): string {
  return transferXml({
    target,
    direction: 'pushToVoSpace',
    protocols: [
      { uri: VOS_PROTOCOL.httpsPut },
      { uri: VOS_PROTOCOL.httpsPut, securityMethod: SECURITY_METHOD.token },
    ],
    keepBytes: true,
    ...(length === undefined ? {} : { length }),
  });
}

/**
 * A package of several nodes (cavern's `Pkg-1.0` view): one archive, folders walked recursively. Without the
 * format parameter cavern makes a tar.
 */
export function packageTransferXml(targets: readonly string[], format: PackageFormat): string {
  return transferXml({
    target: targets,
    direction: 'pullFromVoSpace',
    view: { uri: VOS_VIEW.package, params: { [VOS_VIEW.formatParam]: PACKAGE_MEDIA_TYPE[format] } },
    protocols: [{ uri: VOS_PROTOCOL.httpsGet }],
  });
}

/** A `vos:transfer` document: a request, or cavern's `transferDetails` answer with endpoints. */
export function parseTransferDocument(document: Document): Transfer {
  const root = vosRoot(document, 'transfer');
  const targets = vosChildren(root, 'target').flatMap((element) => textOf(element) ?? []);
  if (targets.length === 0) throw new VoSpaceXmlError('a transfer without a target');
  const keepBytes = textOf(vosChild(root, 'keepBytes'))?.toLowerCase();
  const view = vosChild(root, 'view');
  return {
    version: root.getAttribute('version') ?? undefined,
    targets,
    direction: textOf(vosChild(root, 'direction')) ?? '',
    protocols: vosChildren(root, 'protocol').map((protocol) => ({
      uri: protocol.getAttribute('uri') ?? '',
      endpoint: textOf(vosChild(protocol, 'endpoint')),
      securityMethods: vosChildren(protocol, 'securityMethod').flatMap(
        (method) => method.getAttribute('uri') ?? [],
      ),
    })),
    keepBytes: keepBytes === 'true' ? true : keepBytes === 'false' ? false : undefined,
    view: view ? { uri: view.getAttribute('uri') ?? '', params: paramsOf(view) } : undefined,
    params: paramsOf(root),
  };
}

/** The `vos:param` children of a transfer or a view, by URI. */
function paramsOf(parent: Element): Record<string, string> {
  return Object.fromEntries(
    vosChildren(parent, 'param').flatMap((param) => {
      const uri = param.getAttribute('uri');
      return uri ? [[uri, param.textContent] as const] : [];
    }),
  );
}

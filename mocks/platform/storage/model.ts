/**
 * The fake cavern's state, kept in the platform snapshot (JSON, saved per tab in the browser): keep it small —
 * generate large seeded data deterministically on demand and store only what users change.
 */
export interface StorageData {
  /** Bytes used and allowed per allocation folder (`/home/jdoe`, `/projects/skysurvey`). */
  allocations: Record<string, { used: number; quota: number }>;
  /** Every stored node by its decoded path (`/home/jdoe/data`); folders listed by scanning their children. */
  nodes: Record<string, StoredNode>;
  /** UWS jobs of /transfers, /async-delete and /async-setprops, by id. */
  jobs: Record<string, StorageJob>;
  nextJobId: number;
  /** Test helper: the next uploads record a wrong MD5, as a corrupted transfer would. */
  corruptUploads: number;
  /** Test helper: download transfers offer this endpoint instead of the pre-authorised one (a hostile cavern). */
  downloadEndpoint?: string;
  /** A cavern deployed without the package view (`storage-no-packages`): package requests are refused. */
  packagesUnsupported?: boolean;
  /**
   * A cavern with no pre-authorisation keys (`storage-no-preauth`), as one behind an OIDC identity manager runs
   * (CavernInitAction.initSecrets): a download offers only the plain `/files/` endpoint, read with the caller's
   * own credentials.
   */
  preauthUnsupported?: boolean;
}

export type StoredNodeKind = 'container' | 'data' | 'link';

export interface StoredNode {
  kind: StoredNodeKind;
  creator: string;
  /** Last modified, epoch ms. */
  date: number;
  isPublic: boolean;
  groupRead: string[];
  groupWrite: string[];
  inheritPermissions?: boolean;
  /** Data nodes: bytes, MD5 and content type, as recorded by the upload. */
  length?: number;
  md5?: string;
  contentType?: string;
  /**
   * Small text files (a launch presets file): their text, kept in the snapshot so it survives a reload,
   * unlike other files' bytes (content.ts).
   */
  text?: string;
  /** Link nodes: a vos URI. */
  target?: string;
  /** Containers whose children are generated on demand (the 100,000-file folder); never stored. */
  generated?: number;
  /** Properties cavern keeps as extended attributes. */
  custom?: Record<string, string>;
}

export type JobPhase = 'PENDING' | 'QUEUED' | 'SUSPENDED' | 'EXECUTING' | 'COMPLETED' | 'ERROR' | 'ABORTED';

export interface StorageJob {
  id: string;
  /**
   * `download`: a negotiated `/synctrans` download, whose id is also its pre-authorised file token;
   * `package`: a `/synctrans` package of `targets`, streamed by `/pkg/<id>/run`.
   */
  kind: 'move' | 'delete' | 'setprops' | 'download' | 'package';
  owner: string;
  phase: JobPhase;
  created: number;
  started?: number;
  ended?: number;
  /** Decoded path of the node acted on. */
  target: string;
  /** Package: every target's path, and the archive format. */
  targets?: string[];
  format?: 'zip' | 'tar';
  /** Move: the destination path. */
  destination?: string;
  /** Setprops: property values by URI, `null` to clear. */
  properties?: Record<string, string | null>;
  error?: string;
}

export const VOS_NS = 'http://www.ivoa.net/xml/VOSpace/v2.0';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Property URIs as cavern spells them (VOS:cadc-vos/.../VOS.java): note `groupread`, `ispublic` and `MD5`. */
export const VOS_PROPERTY = {
  length: 'ivo://ivoa.net/vospace/core#length',
  date: 'ivo://ivoa.net/vospace/core#date',
  creator: 'ivo://ivoa.net/vospace/core#creator',
  quota: 'ivo://ivoa.net/vospace/core#quota',
  isPublic: 'ivo://ivoa.net/vospace/core#ispublic',
  groupRead: 'ivo://ivoa.net/vospace/core#groupread',
  groupWrite: 'ivo://ivoa.net/vospace/core#groupwrite',
  md5: 'ivo://ivoa.net/vospace/core#MD5',
  contentType: 'ivo://ivoa.net/vospace/core#type',
  contentEncoding: 'ivo://ivoa.net/vospace/core#encoding',
  inheritPermissions: 'ivo://cadc.nrc.ca/vospace/core#inheritPermissions',
  isLocked: 'ivo://cadc.nrc.ca/vospace/core#islocked',
  readable: 'ivo://cadc.nrc.ca/vospace/core#readable',
  writable: 'ivo://cadc.nrc.ca/vospace/core#writable',
} as const;

export const VOS_PROTOCOL = {
  httpsGet: 'ivo://ivoa.net/vospace/core#httpsget',
  httpsPut: 'ivo://ivoa.net/vospace/core#httpsput',
} as const;

/** cavern's package view (cadc-util `Standards.PKG_10`) and its format parameter. */
export const VOS_VIEW = {
  package: 'vos://cadc.nrc.ca~vospace/CADC/std/Pkg-1.0',
  formatParam: 'ivo://ivoa.net/vospace/core#format',
} as const;

export type PackageFormat = 'zip' | 'tar';

export const PACKAGE_MEDIA_TYPE: Record<PackageFormat, string> = {
  zip: 'application/zip',
  tar: 'application/x-tar',
};

export const SECURITY_METHOD = {
  token: 'ivo://ivoa.net/sso#token',
  cookie: 'ivo://ivoa.net/sso#cookie',
} as const;

/** A transfer-level parameter: the size of an upload, in bytes. */
export const TRANSFER_PARAM_LENGTH = VOS_PROPERTY.length;

/** CADC's group service: a group's URI is this prefix and its name (`ivo://cadc.nrc.ca/gms?survey-team`). */
export const GMS_GROUP_PREFIX = 'ivo://cadc.nrc.ca/gms?';

/** How long an object URL outlives its click: Chromium reads the blob asynchronously after `click()`. */
const REVOKE_AFTER_MS = 60_000;

/** The only type an object URL of saved bytes has: nothing a browser renders. */
const DOWNLOAD_TYPE = 'application/octet-stream';

/**
 * Starts the browser's ordinary download of `href` under `name`. The anchor is in the document for the
 * click, as Firefox only follows a click on an attached link. Only ever an object URL: an address that reads
 * a user's file would stay in the browser's list of downloads.
 */
function saveUrl(href: string, name: string): void {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
}

/**
 * Saves bytes held in memory as a download under `name`, through an object URL revoked once it is taken. The
 * URL's bytes are always `application/octet-stream`, whatever type the blob came with (a stored file's is the
 * one its uploader gave it): a browser that does not honour `download` gets bytes to save, never an HTML or
 * SVG document on the portal's origin.
 */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob.slice(0, blob.size, DOWNLOAD_TYPE));
  saveUrl(url, name);
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, REVOKE_AFTER_MS);
}

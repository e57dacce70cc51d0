/**
 * The per-response style nonce of a strict Content-Security-Policy (docs/deployment.md). The production web
 * server replaces a placeholder in index.html with a fresh value and names the same value in its
 * `style-src`; Vite's `html.cspNonce` puts it on `<meta property="csp-nonce">`. Mantine and
 * react-remove-scroll (used by Mantine's modals) insert `<style>` elements, which the policy blocks unless
 * they carry it.
 */

declare global {
  // react-remove-scroll reads the nonce for its <style> through the get-nonce package, which falls back
  // to this webpack-era global.
  var __webpack_nonce__: string | undefined;
}

/** The nonce on the page's csp-nonce meta element, or undefined where there is none. */
export function readStyleNonce(doc: Document = document): string | undefined {
  const meta = doc.querySelector('meta[property="csp-nonce"]');
  if (!(meta instanceof HTMLElement)) return undefined;
  // The `nonce` property, not the attribute: browsers blank the attribute once a policy applies.
  const value = meta.nonce || meta.getAttribute('nonce');
  if (!value) return undefined;
  return value;
}

let getter: { get: (() => string) | undefined } | undefined;

/**
 * Mantine's `getStyleNonce`: read once and stable, undefined where the page has no nonce (dev, tests).
 * Also hands the nonce to react-remove-scroll.
 */
export function styleNonceGetter(): (() => string) | undefined {
  if (!getter) {
    const nonce = readStyleNonce();
    if (nonce !== undefined) globalThis.__webpack_nonce__ = nonce;
    getter = { get: nonce === undefined ? undefined : () => nonce };
  }
  return getter.get;
}

/**
 * Names that try to break the page (the `hostile` scenario): markup, script, a `javascript:` URL, right-to-left
 * runs with an override, emoji with combining marks, and 300 characters without a space. Each service gets the
 * ones its own rules let through (skaha session names are `[A-Za-z0-9-]+`, Harbor project and repository names
 * lower-case `[a-z0-9._-]`, cavern node names anything but `/`).
 */
export const HOSTILE = {
  img: '<img src=x onerror=alert(1)>',
  bold: '<b>bold</b>',
  script: '</script><script>alert(1)</script>',
  jsUrl: 'javascript:alert(document.cookie)',
  /** Arabic, Hebrew, then U+202E RIGHT-TO-LEFT OVERRIDE, which flips what follows unless isolated. */
  rtl: 'مرصد كندا שמיים \u202Etxt.exe',
  /** Emoji (a ZWJ sequence and a skin tone) and a stack of combining marks. */
  emoji: '🔭✨ Z\u0351\u0352\u0353a\u0300\u0301\u0302l\u0303g\u0304o 👩🏽‍🚀',
  long: `${'observation_'.repeat(24)}${'x'.repeat(12)}`,
} as const;

/** A cavern node name can hold anything but `/`: the same names, a slash swapped for a fraction slash. */
export const hostileNodeName = (name: string) => name.replaceAll('/', '\u2044');

/** Harbor's longest project name (255), lower-case, with no place to break a line. */
export const HOSTILE_HARBOR_PROJECT = `hostile_${'lab_'.repeat(62)}end`.slice(0, 255);
export const HOSTILE_REPOSITORY = `deep_learning_${'x'.repeat(100)}`;
/** A 128-character tag, the longest the registry allows. */
export const HOSTILE_TAG = `1.0_${'rc'.repeat(62)}`;
/** The longest session name skaha keeps (its k8s label value is cut at 63). */
export const HOSTILE_SESSION_NAME = `notebook${'0'.repeat(55)}`;
/** Every hostile name a cavern node can have, as the `hostile` scenario puts them in each home. */
export const hostileNodeNames = Object.values(HOSTILE).map(hostileNodeName);
/**
 * The folder that holds them, named so cavern can address it: most of the names inside have characters
 * java.net.URI refuses (a space, `<`), which cavern lists but cannot reach (src/api/storage/cavern-names.ts).
 */
export const HOSTILE_FOLDER = hostileNodeName(HOSTILE.jsUrl);

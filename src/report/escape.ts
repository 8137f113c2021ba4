/**
 * Text from a suite or a results file (task ids, suite names, log lines) can hold Markdown, HTML,
 * `-->`, @mentions or terminal escapes. Everything such goes through here before it is rendered.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '|': '&#124;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
  '~': '&#126;',
  '#': '&#35;',
  '!': '&#33;',
  ':': '&#58;',
}

// C0/C1 controls, including ESC of ANSI sequences; the rest of a CSI sequence is stripped with it.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g

/** Terminal escapes and control characters out; newlines and tabs stay (a log block keeps its lines). */
export function stripControl(text: string): string {
  return text.replace(ANSI, '')
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** Safe inside Markdown text and table cells: no markup, no HTML, no mention, one line. */
export function escapeMarkdown(text: string, max = 200): string {
  const clean = truncate(stripControl(text).replace(/\s+/g, ' ').trim(), max)
  // A zero-width space after @ keeps GitHub from turning @name into a mention.
  return clean.replace(/[&<>"|`*_[\]\\~#!:]/g, (c) => ENTITIES[c]).replace(/@/g, '@\u200b')
}

/** For the hidden marker comment: only characters that cannot end or break an HTML comment. */
export function markerPart(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]/g, '_')
}

/** For a plain terminal: no escape sequences, one line. */
export function escapeTerminal(text: string, max = 120): string {
  return truncate(stripControl(text).replace(/\s+/g, ' ').trim(), max)
}

/** Safe inside SVG text and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
}

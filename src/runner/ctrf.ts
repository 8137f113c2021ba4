/**
 * The failed tests of a CTRF report (Common Test Report Format: `{"results": {"tests": [{"name",
 * "status"}…]}}`), as TB2's verifiers write it to /logs/verifier/ctrf.json. A verifier's file is
 * hostile input: read capped, names cut and control characters dropped, at most a few kept. Pure.
 */

export const CTRF_MAX_BYTES = 1024 * 1024
const FAILED_TESTS_KEPT = 20
const NAME_CHARS = 200

export interface FailedTests {
  /** How many tests the report says failed. */
  count: number
  /** The first FAILED_TESTS_KEPT of their names, each at most 200 characters. */
  names: string[]
}

/** The failed tests a CTRF report names; undefined when the text is not one. */
export function failedTests(text: string): FailedTests | undefined {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    return undefined
  }
  const tests = (doc as { results?: { tests?: unknown } } | null)?.results?.tests
  if (!Array.isArray(tests)) return undefined
  const failed = tests.filter((t): t is { name?: unknown } => !!t && typeof t === 'object' && (t as { status?: unknown }).status === 'failed')
  const names = failed.slice(0, FAILED_TESTS_KEPT).map((t) => cleanName(t.name))
  return { count: failed.length, names }
}

function cleanName(name: unknown): string {
  // eslint-disable-next-line no-control-regex
  const text = typeof name === 'string' ? name.replace(/[\u0000-\u001f\u007f]/g, ' ').trim() : ''
  if (!text) return '(unnamed)'
  return text.length > NAME_CHARS ? `${text.slice(0, NAME_CHARS - 1)}…` : text
}

/**
 * Values of the variables a suite passes to its agent never leave a container in a log: neither as
 * they are nor in the encodings an agent or a library commonly prints them in — base64 (standard
 * and URL-safe, padded or not, with the newline `echo | base64` adds, and inside a longer base64
 * text at any byte alignment), URL-encoding and hex.
 */

const MIN_SECRET = 3
/** Shorter base64 fragments would redact ordinary text by chance. */
const MIN_FRAGMENT = 8

function base64Forms(bytes: Buffer): string[] {
  const std = bytes.toString('base64')
  return [std, std.replace(/=+$/, ''), bytes.toString('base64url')]
}

/**
 * The part of the secret's base64 that is the same whatever surrounds it, for each of the three
 * alignments it can have in a longer stream: character i covers bits [6i, 6i+6), so it belongs to
 * the secret alone when those bits lie within the secret's bytes [8k, 8(k+n)).
 */
function base64Cores(secret: Buffer): string[] {
  const cores: string[] = []
  for (let k = 0; k < 3; k++) {
    const encoded = Buffer.concat([Buffer.alloc(k), secret]).toString('base64')
    const core = encoded.slice(Math.ceil((4 * k) / 3), Math.floor((4 * (k + secret.length)) / 3))
    if (core.length >= MIN_FRAGMENT) cores.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'))
  }
  return cores
}

function secretForms(secret: string): string[] {
  if (secret.length < MIN_SECRET) return []
  const bytes = Buffer.from(secret, 'utf8')
  const forms = new Set([
    secret,
    ...base64Forms(bytes),
    ...base64Forms(Buffer.from(`${secret}\n`, 'utf8')),
    ...base64Cores(bytes),
    encodeURIComponent(secret),
    bytes.toString('hex'),
    bytes.toString('hex').toUpperCase(),
  ])
  // Longest first, so a longer form is replaced whole before a shorter one cuts into it.
  return [...forms].filter((f) => f.length >= MIN_SECRET).sort((a, b) => b.length - a.length)
}

export function redact(text: string, secrets: readonly string[]): string {
  let out = text
  for (const form of secrets.flatMap(secretForms)) out = out.split(form).join('***')
  return out
}

/** Redaction of a secret in the forms an agent may print it; the encodings are computed here with Buffer, not by the code under test. */
import { redact } from '../../src/runner/redact.js'

const secret = 'sk-ant-api03-Zx/9+q=Lm7'
const b64 = (t: string) => Buffer.from(t).toString('base64')

describe('redact', () => {
  it.each([
    ['as is', secret],
    ['base64', b64(secret)],
    ['base64 without padding', b64(secret).replace(/=+$/, '')],
    ['base64url', Buffer.from(secret).toString('base64url')],
    ['base64 of the secret and a newline (echo | base64)', b64(`${secret}\n`)],
    ['URL-encoded', encodeURIComponent(secret)],
    ['hex', Buffer.from(secret).toString('hex')],
    ['HEX', Buffer.from(secret).toString('hex').toUpperCase()],
  ])('%s', (_form, printed) => {
    const out = redact(`token: ${printed} end`, [secret])
    expect(out).toBe('token: *** end')
  })

  it.each([0, 1, 2, 3, 7, 8])('inside a longer base64 text, %i bytes in: no part left decodes to the secret', (prefix) => {
    const text = b64(`${'p'.repeat(prefix)}${secret} and more after it`)
    const out = redact(text, [secret])
    expect(out).toContain('***')
    for (const part of out.split('***')) expect(Buffer.from(part, 'base64').toString('latin1')).not.toContain(secret.slice(3, -3))
  })

  it('leaves ordinary text and short values alone', () => {
    expect(redact('nothing secret here, 2 + 2 = 4', [secret, 'ab', ''])).toBe('nothing secret here, 2 + 2 = 4')
  })
})

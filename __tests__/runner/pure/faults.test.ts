/** runner/faults: an engine API error as the fault it is (docs/design.md §5 reasons), and its HTTP status. */
import { faultFrom, HarnessFault, statusOf } from '../../../src/runner/faults.js'

/** An error shaped as dockerode / docker-modem rejects: message, statusCode, json body, or a socket code. */
const apiError = (statusCode: number, message: string) =>
  Object.assign(new Error(`(HTTP code ${statusCode}) ${message}`), { statusCode, json: { message } })
const socketError = (code: string) => Object.assign(new Error(`connect ${code} /var/run/docker.sock`), { code })

describe('HarnessFault', () => {
  it('is an Error carrying its stage and message', () => {
    const f = new HarnessFault('exec', 'OCI runtime exec failed')
    expect(f).toBeInstanceOf(Error)
    expect(f.stage).toBe('exec')
    expect(f.message).toBe('OCI runtime exec failed')
  })
})

describe('faultFrom', () => {
  it('passes a HarnessFault through unchanged, whatever stage is asked', () => {
    const f = new HarnessFault('container-gone', 'killed from outside')
    expect(faultFrom(f, 'create')).toBe(f)
  })

  it.each(['ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ESOCKETTIMEDOUT'])(
    'a lost connection (%s) is the daemon’s, whatever the stage',
    (code) => {
      const f = faultFrom(socketError(code), 'exec')
      expect(f.stage).toBe('daemon')
      expect(f.message).toBe(`connect ${code} /var/run/docker.sock`)
    },
  )

  it.each(['socket hang up', 'connect EACCES /var/run/docker.sock', 'unexpected EOF'])('a message "%s" without a code is the daemon’s', (message) => {
    expect(faultFrom(new Error(message), 'start').stage).toBe('daemon')
  })

  it("a 404 naming the image on create is the image's fault, with the engine's own message (json.message)", () => {
    const f = faultFrom(apiError(404, 'No such image: busybox:9.99'), 'create')
    expect(f.stage).toBe('image')
    expect(f.message).toBe('No such image: busybox:9.99')
  })

  it('a 404 naming an image at another stage stays that stage', () => {
    expect(faultFrom(apiError(404, 'No such image: busybox:9.99'), 'start').stage).toBe('start')
  })

  it('a 404 on create that is not about an image stays create', () => {
    expect(faultFrom(apiError(404, 'network bakeoff-egress-x not found'), 'create').stage).toBe('create')
  })

  it.each(['Cannot connect: the daemon is not running', 'containerd: connection refused', 'dial unix /run/docker.sock: connect: no such file'])(
    'a 5xx whose message says the daemon is away (%s) is the daemon’s',
    (message) => {
      expect(faultFrom(apiError(500, message), 'create').stage).toBe('daemon')
    },
  )

  it('any other 5xx stays the stage asked for', () => {
    const f = faultFrom(apiError(500, 'OCI runtime create failed: invalid mount'), 'create')
    expect(f.stage).toBe('create')
    expect(f.message).toBe('OCI runtime create failed: invalid mount')
  })

  it('a 409 is the stage asked for, not the daemon', () => {
    expect(faultFrom(apiError(409, 'container is not running'), 'exec').stage).toBe('exec')
  })

  it('a thrown string or a value without a message becomes the fault message as text', () => {
    expect(faultFrom('plain text', 'internal')).toMatchObject({ stage: 'internal', message: 'plain text' })
    expect(faultFrom(undefined, 'network')).toMatchObject({ stage: 'network', message: 'undefined' })
  })
})

describe('statusOf', () => {
  it('is the statusCode of an engine error, else undefined', () => {
    expect(statusOf(apiError(404, 'No such container: abc'))).toBe(404)
    expect(statusOf(new Error('x'))).toBeUndefined()
    expect(statusOf(undefined)).toBeUndefined()
  })
})

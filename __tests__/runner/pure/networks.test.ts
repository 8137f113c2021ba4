/**
 * runner/networks against a stand-in for dockerode's network API (no engine): the egress network's
 * name, options and labels, its gateway as the proxy's address, and each failure's fault stage.
 */
import type Docker from 'dockerode'
import { addressOn, createEgressNetwork, removeNetwork, setNetwork } from '../../../src/runner/networks.js'
import { HarnessFault } from '../../../src/runner/faults.js'
import { OWNER } from '../../../src/runner/labels.js'

type Any = any // eslint-disable-line @typescript-eslint/no-explicit-any

function fakeDocker(opts: { gateway?: string; createError?: unknown; connectError?: unknown; removeError?: unknown } = {}) {
  const calls: { op: string; name?: string; arg?: Any }[] = []
  const docker = {
    createNetwork: async (options: Any) => {
      calls.push({ op: 'create', arg: options })
      if (opts.createError) throw opts.createError
      return { inspect: async () => ({ IPAM: { Config: opts.gateway === undefined ? [] : [{ Gateway: opts.gateway, Subnet: '172.30.0.0/16' }] } }) }
    },
    getNetwork: (name: string) => ({
      remove: async () => {
        calls.push({ op: 'remove', name })
        if (opts.removeError) throw opts.removeError
      },
      connect: async (arg: Any) => {
        calls.push({ op: 'connect', name, arg })
        if (opts.connectError) throw opts.connectError
      },
      disconnect: async (arg: Any) => {
        calls.push({ op: 'disconnect', name, arg })
        if (opts.connectError) throw opts.connectError
      },
    }),
  }
  return { docker: docker as unknown as Docker, calls }
}

const RUN_ID = '0123456789abcdef-run'

describe('createEgressNetwork', () => {
  it('makes an internal bridge named bakeoff-egress-<first 12 of the run id>, labelled with the run and its owner', async () => {
    const { docker, calls } = fakeDocker({ gateway: '172.30.0.1' })
    const net = await createEgressNetwork(docker, RUN_ID)
    expect(net).toEqual({ name: 'bakeoff-egress-0123456789ab', gateway: '172.30.0.1' })
    expect(calls[0].arg).toEqual({
      Name: 'bakeoff-egress-0123456789ab',
      Driver: 'bridge',
      Internal: true,
      CheckDuplicate: true,
      Labels: { 'dev.bakeoff': 'egress', 'dev.bakeoff.run': RUN_ID, 'dev.bakeoff.owner': OWNER },
    })
  })

  it('a run id shorter than 12 characters is used whole', async () => {
    const { docker } = fakeDocker({ gateway: '10.0.0.1' })
    expect((await createEgressNetwork(docker, 'r1')).name).toBe('bakeoff-egress-r1')
  })

  it('a gateway given with a prefix length is the bare address', async () => {
    const { docker } = fakeDocker({ gateway: '172.30.0.1/16' })
    expect((await createEgressNetwork(docker, RUN_ID)).gateway).toBe('172.30.0.1')
  })

  it('a network without a gateway is a network fault naming it', async () => {
    const { docker } = fakeDocker({})
    const err = await createEgressNetwork(docker, RUN_ID).catch((e) => e)
    expect(err).toBeInstanceOf(HarnessFault)
    expect(err).toMatchObject({ stage: 'network', message: 'the network bakeoff-egress-0123456789ab has no gateway address for the proxy' })
  })

  it('an engine refusal is a network fault; a lost engine is the daemon’s', async () => {
    const refused = Object.assign(new Error('pool overlaps'), {
      statusCode: 403,
      json: { message: 'Pool overlaps with other one on this address space' },
    })
    await expect(createEgressNetwork(fakeDocker({ createError: refused }).docker, RUN_ID)).rejects.toMatchObject({
      stage: 'network',
      message: 'Pool overlaps with other one on this address space',
    })
    const lost = Object.assign(new Error('connect ECONNREFUSED /var/run/docker.sock'), { code: 'ECONNREFUSED' })
    await expect(createEgressNetwork(fakeDocker({ createError: lost }).docker, RUN_ID)).rejects.toMatchObject({ stage: 'daemon' })
  })
})

describe('removeNetwork', () => {
  it('removes by name and never throws (a network already gone, an engine away)', async () => {
    const { docker, calls } = fakeDocker({ removeError: Object.assign(new Error('no such network'), { statusCode: 404 }) })
    await expect(removeNetwork(docker, 'bakeoff-egress-x')).resolves.toBeUndefined()
    expect(calls).toEqual([{ op: 'remove', name: 'bakeoff-egress-x' }])
  })
})

describe('addressOn', () => {
  const container = (networks: Record<string, { IPAddress?: string }>) =>
    ({ inspect: async () => ({ NetworkSettings: { Networks: networks } }) }) as unknown as Docker.Container

  it("is the container's IP address on that network", async () => {
    expect(
      await addressOn(container({ bridge: { IPAddress: '172.17.0.2' }, 'bakeoff-egress-x': { IPAddress: '172.30.0.5' } }), 'bakeoff-egress-x'),
    ).toBe('172.30.0.5')
  })

  it('not on the network, or without an address there, is a network fault', async () => {
    await expect(addressOn(container({ bridge: { IPAddress: '172.17.0.2' } }), 'n1')).rejects.toMatchObject({
      stage: 'network',
      message: 'the container has no address on n1',
    })
    await expect(addressOn(container({ n1: { IPAddress: '' } }), 'n1')).rejects.toMatchObject({ stage: 'network' })
  })
})

describe('setNetwork', () => {
  it('connects, or disconnects by force', async () => {
    const { docker, calls } = fakeDocker()
    await setNetwork(docker, 'c1', 'n1', true)
    await setNetwork(docker, 'c1', 'n1', false)
    expect(calls).toEqual([
      { op: 'connect', name: 'n1', arg: { Container: 'c1' } },
      { op: 'disconnect', name: 'n1', arg: { Container: 'c1', Force: true } },
    ])
  })

  it('a refusal is an internal fault', async () => {
    const { docker } = fakeDocker({ connectError: Object.assign(new Error('x'), { statusCode: 409, json: { message: 'endpoint already exists' } }) })
    await expect(setNetwork(docker, 'c1', 'n1', true)).rejects.toMatchObject({ stage: 'internal', message: 'endpoint already exists' })
  })
})

/** Docker networks for trials: the run's egress network, a phase's own network, a container's address on one. */
import type Docker from 'dockerode'
import { faultFrom } from './faults.js'
import { LABEL, OWNER } from './labels.js'

/** The run's internal network for an egress allow-list: no route out; the host (the proxy) at its gateway address. */
export async function createEgressNetwork(docker: Docker, runId: string): Promise<{ name: string; gateway: string }> {
  const name = `bakeoff-egress-${runId.slice(0, 12)}`
  try {
    const network = await docker.createNetwork({
      Name: name,
      Driver: 'bridge',
      Internal: true,
      CheckDuplicate: true,
      Labels: { [LABEL.tool]: 'egress', [LABEL.run]: runId, [LABEL.owner]: OWNER },
    })
    const gateway = (await network.inspect()).IPAM?.Config?.[0]?.Gateway as string | undefined
    if (!gateway) throw new Error(`the network ${name} has no gateway address for the proxy`)
    return { name, gateway: gateway.replace(/\/\d+$/, '') }
  } catch (err) {
    throw faultFrom(err, 'network')
  }
}

export async function removeNetwork(docker: Docker, name: string): Promise<void> {
  await docker
    .getNetwork(name)
    .remove()
    .catch(() => undefined)
}

/** The container's address on `network`: how the proxy tells the trials apart. */
export async function addressOn(container: Docker.Container, network: string): Promise<string> {
  try {
    const ip = (await container.inspect()).NetworkSettings.Networks[network]?.IPAddress
    if (!ip) throw new Error(`the container has no address on ${network}`)
    return ip
  } catch (err) {
    throw faultFrom(err, 'network')
  }
}

/** Attaches the container to `network` or detaches it from it. */
export async function setNetwork(docker: Docker, containerId: string, network: string, attached: boolean): Promise<void> {
  const net = docker.getNetwork(network)
  try {
    await (attached ? net.connect({ Container: containerId }) : net.disconnect({ Container: containerId, Force: true }))
  } catch (err) {
    throw faultFrom(err, 'internal')
  }
}

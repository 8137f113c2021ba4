describe('engine limits', () => {
  it("warns for each limit the engine reports it cannot enforce (dockerode drops Docker's own warning)", async () => {
    const { engineWarnings } = await import('../../src/runner/run.js')
    const { fakeResults } = await import('../helpers/results.js')
    const env = fakeResults({}).environment
    expect(engineWarnings(env)).toEqual([])
    const w = engineWarnings({ ...env, docker: { ...env.docker, memoryLimit: false, swapLimit: false, pidsLimit: false } })
    expect(w.map((x) => x.split(':')[0])).toEqual([
      'the Docker engine reports no memory limit support',
      'the Docker engine reports no swap limit support',
      'the Docker engine reports no pids limit support',
    ])
  })
})

/** Ctrl-C / SIGTERM during a run: abort (containers are removed, finished trials stay in the events file), exit 130 / 143; a second signal exits at once. */
export async function withSignals(
  io: { stderr: (s: string) => void },
  body: (signal: AbortSignal, exitCode: () => number) => Promise<number>,
): Promise<number> {
  const controller = new AbortController()
  let signalled: NodeJS.Signals | undefined
  const code = () => (signalled === 'SIGINT' ? 130 : 143)
  const onSignal = (sig: NodeJS.Signals) => {
    if (signalled) process.exit(sig === 'SIGINT' ? 130 : 143)
    signalled = sig
    io.stderr(`\nbakeoff: ${sig} — stopping: removing running containers; finished trials are in the events file\n`)
    controller.abort()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    return await body(controller.signal, code)
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

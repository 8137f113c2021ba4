/** Waits `ms`, or less when `signal` aborts; leaves no listener behind on the signal. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    // An abort before the call fires no event: answer it now rather than wait the full ms.
    if (signal.aborted) return done()
    signal.addEventListener('abort', done, { once: true })
  })
}

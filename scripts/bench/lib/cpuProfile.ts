/**
 * V8 CPU profiles of a piece of the benchmarks' work, taken in-process through the inspector, and
 * where their time goes (scripts/bench/investigate.ts, scripts/bench/reads.ts).
 */
import { Session } from 'node:inspector/promises'

export interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
export interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const place = (url: string) => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url)
  if (m) return { pkg: m[1]!, file: m[2]! }
  const own = /\/work\/[^/]+\/(.*)$/.exec(url)
  return own
    ? { pkg: `project:${own[1]!.split('/')[0]}`, file: own[1]! }
    : { pkg: url ? 'node' : '(native)', file: url }
}

/** Self time by package and function, and inclusive time of every function (once per sample). */
export function summariseProfile(profile: CpuProfile): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const key = (n: ProfileNode) => {
    const { pkg, file } = place(n.callFrame.url)
    return `${n.callFrame.functionName || '(anonymous)'} ${pkg}/${file.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`
  }
  const self = new Map<string, number>()
  const inclusive = new Map<string, number>()
  const byPackage = new Map<string, number>()
  const ownInclusive = new Map<string, number>()
  let total = 0
  profile.samples.forEach((id, k) => {
    const ms = (profile.timeDeltas[k] ?? 0) / 1000
    total += ms
    const node = byId.get(id)!
    self.set(key(node), (self.get(key(node)) ?? 0) + ms)
    const pkg = place(node.callFrame.url).pkg
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms)
    const seen = new Set<string>()
    let projectFrame: string | undefined
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)!
      const k2 = key(n)
      if (!seen.has(k2)) {
        seen.add(k2)
        inclusive.set(k2, (inclusive.get(k2) ?? 0) + ms)
      }
      // The innermost project function on the stack: what the project's own code costs, callees included.
      if (!projectFrame && place(n.callFrame.url).pkg.startsWith('project:cms')) projectFrame = k2
    }
    if (projectFrame) ownInclusive.set(projectFrame, (ownInclusive.get(projectFrame) ?? 0) + ms)
  })
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `    ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`)
      .join('\n')
  return [
    `  total ${total.toFixed(0)} ms sampled`,
    `  self time by package:\n${top(byPackage, 10)}`,
    `  self time by function:\n${top(self, 30)}`,
    `  inclusive time by function:\n${top(inclusive, 60)}`,
    `  under the project's own cms/ functions (innermost, callees included):\n${top(ownInclusive, 15)}`,
  ].join('\n')
}

/** A profile of `body`, sampled every `interval` µs. */
export async function cpuProfile(body: () => Promise<void>, interval = 200): Promise<CpuProfile> {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval })
  await session.post('Profiler.start')
  await body()
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile }
  session.disconnect()
  return profile
}

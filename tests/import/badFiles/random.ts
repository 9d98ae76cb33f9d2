/**
 * A seeded generator (mulberry32): the battery is the same on every run and machine, so a failing
 * input is reproduced by its label alone. fast-check was not used: each case is built by a recipe
 * that knows where its defect is (which record, row and field an error must name), which random
 * sampling of arbitraries does not give, and a fixed battery needs no shrinking.
 */
export interface Random {
  /** 0 ≤ n < 1 */
  next(): number
  /** min ≤ n ≤ max */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  shuffle<T>(items: readonly T[]): T[]
}

export function seeded(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)],
    shuffle: (items) => {
      const copy = [...items]
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i)
        ;[copy[i], copy[j]] = [copy[j], copy[i]]
      }
      return copy
    },
  }
}

/** A seed per generator from its name, so adding a generator changes no other's inputs. */
export function seedOf(name: string, base: number): number {
  let hash = base >>> 0
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0
  return hash
}

/** A national code d.dddddd, distinct for distinct n. */
export const codeOf = (n: number) => `1.${String(100_000 + n).padStart(6, '0')}`

const LETTERS =
  'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ '
/** Longer than deflate's 32 kB window, so that repeating it does not make it compress. */
const NOISE_PERIOD = 40_000
let noise: string | null = null

/**
 * Text that does not compress much (so a long cell is a long cell, not a zip bomb): one random
 * block longer than deflate's window, repeated from a random offset. Fast for a megabyte.
 */
export function noisyText(random: Random, length: number): string {
  if (!noise) {
    const block = seeded(7)
    noise = Array.from(
      { length: NOISE_PERIOD },
      () => LETTERS[block.int(0, LETTERS.length - 1)],
    ).join('')
  }
  const start = random.int(0, NOISE_PERIOD - 1)
  const rotated = noise.slice(start) + noise.slice(0, start)
  return rotated.repeat(Math.ceil(length / NOISE_PERIOD)).slice(0, length)
}

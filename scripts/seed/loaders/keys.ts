/** IDs of loaded documents by natural key, so later loaders resolve the data's references. */
export class Keys {
  private maps = new Map<string, Map<string, string>>()

  set(kind: string, key: string, id: string): void {
    if (!this.maps.has(kind)) this.maps.set(kind, new Map())
    this.maps.get(kind)!.set(key, id)
  }

  has(kind: string, key: string): boolean {
    return this.maps.get(kind)?.has(key) ?? false
  }

  /** The ID of `key`, or an error that names the missing reference. */
  need(kind: string, key: string, what: string): string {
    const id = this.maps.get(kind)?.get(key)
    if (!id) throw new Error(`Dữ liệu mẫu tham chiếu ${what} "${key}" không tồn tại.`)
    return id
  }
}

/** Dates in the data are yyyy-mm-dd; stored at UTC midnight so they read the same in every zone. */
export const day = (date: string | undefined) => (date ? `${date}T00:00:00.000Z` : undefined)

/** Items ordered so that each comes after the one it refers to (`ref`), as relation rules require. */
export function parentsFirst<T>(
  items: T[],
  key: (item: T) => string,
  ref: (item: T) => string | undefined,
  what: string,
): T[] {
  const pending = [...items]
  const done = new Set<string>()
  const ordered: T[] = []
  while (pending.length) {
    const index = pending.findIndex((item) => {
      const target = ref(item)
      return !target || done.has(target)
    })
    if (index < 0)
      throw new Error(
        `Dữ liệu mẫu: ${what} "${ref(pending[0])}" mà "${key(pending[0])}" tham chiếu không tồn tại.`,
      )
    const [item] = pending.splice(index, 1)
    done.add(key(item))
    ordered.push(item)
  }
  return ordered
}

import { expect, it } from 'vitest'

import { requireReplicaSet } from './mongoReplicaSet'

it('accepts a connection that names its replica set', () => {
  expect(() => requireReplicaSet('rs0')).not.toThrow()
})

it('refuses one that does not, in Vietnamese, saying how to mend it', () => {
  for (const none of [undefined, ''])
    expect(() => requireReplicaSet(none)).toThrow(/không phải một replica set.*replicaSet=rs0/)
})

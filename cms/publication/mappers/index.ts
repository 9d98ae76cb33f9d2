/** One mapper per entity: a Payload document and its resolved references → the contract's type. */
export * from './common'
export * from './locality'
export * from './reference'
export * from './procedure'
export * from './decision'
export * from './appliedProcedure'
export * from './file'
export * from './searchSynonym'

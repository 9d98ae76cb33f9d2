export * from './snapshot'
export * from './validate'
export * from './citizenView'
export * from './processingTime'

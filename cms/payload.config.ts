import { buildAppConfig } from './buildAppConfig'

export default buildAppConfig({ databaseURI: process.env.DATABASE_URI })

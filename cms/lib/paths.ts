// The release layer owns where things live on disk (it must not import cms/); the CMS reads the
// same definitions.
export { dataDir, rootDir } from '../../release/paths'

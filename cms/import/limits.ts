const MB = 1024 * 1024

/**
 * What one import may hold. Here, apart from the readers, because the admin's server reads it too
 * (cms/lib/requestBodyLimit.ts) and runs on plain Node, where this file's neighbours do not load.
 */
export const IMPORT_LIMITS = {
  /** one file; the ZIP guard holds XLSX and DOCX to the same */
  fileBytes: 50 * MB,
  /** all files of one import together */
  batchBytes: 200 * MB,
  files: 5_000,
}

import type { ImportInput } from '../../../cms/import/readImport'
import type { Random } from './random'

/** One input of the battery: what it is, how to build it, and what reading it must say. */
export interface BadFile {
  /** what is wrong, named in every failed assertion */
  label: string
  /** built when the case runs, so the battery never holds every input at once */
  build(): ImportInput[] | Promise<ImportInput[]>
  /** the `--format` the officer chose, if any */
  format?: string
  /** the file the error (or warning) must name */
  file: string
  /**
   * 'error': malformed, at least one error naming the file (the default); 'warning': a defect the
   * reader tolerates, saying so in a warning; 'valid': a control that reads with no error.
   */
  expect?: 'error' | 'warning' | 'valid'
  /** where the defect is: an issue of the expected severity must say so */
  where?: { record?: number; row?: number; field?: string | RegExp; located?: boolean }
  /** exactly the codes read despite the defect (the file's other records); none by default */
  codes?: string[]
}

/** The inputs of one format (or of all, for containers): deterministic from the random source. */
export interface BadFileGenerator {
  name: string
  generate(random: Random): BadFile[] | Promise<BadFile[]>
}

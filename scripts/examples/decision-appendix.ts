/**
 * Writes docs/examples/decision-appendix.docx: an announcement decision with its appendix, written
 * for the project (not copied from a real decision), showing the shapes the DOCX import reads
 * (docs/import.md, "A decision's appendix"). Run: node --import tsx scripts/examples/decision-appendix.ts
 */
import fs from 'node:fs'
import path from 'node:path'

import {
  DECISION_BODY,
  EXAMPLE_APPENDIX,
  decisionDocx,
} from '../../cms/import/formats/decisionDocx.fixtures'
import { rootDir } from '../../cms/lib/paths'

const target = path.join(rootDir, 'docs/examples/decision-appendix.docx')
fs.writeFileSync(target, await decisionDocx([...DECISION_BODY, ...EXAMPLE_APPENDIX]))
console.log(`Đã ghi ${path.relative(rootDir, target)}`)

/**
 * The commune-level procedure catalogue of the demo, assembled from one file per field group.
 */
import type { SeedProcedure } from './types.ts'
import { chungThuc } from './procedures/chung-thuc.ts'
import { cuTru } from './procedures/cu-tru.ts'
import { datDaiXayDung } from './procedures/dat-dai-xay-dung.ts'
import { hoTich } from './procedures/ho-tich.ts'
import { khac } from './procedures/khac.ts'
import { vanHoa } from './procedures/van-hoa.ts'
import { xaHoi } from './procedures/xa-hoi.ts'

export const procedures: SeedProcedure[] = [
  ...hoTich,
  ...chungThuc,
  ...cuTru,
  ...datDaiXayDung,
  ...xaHoi,
  ...vanHoa,
  ...khac,
]

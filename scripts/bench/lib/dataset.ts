import type { Payload } from 'payload'

import { orderedListToLexical, paragraphsToLexical } from '../../../cms/lib/lexical'
import type { Level, UnitType } from '../../../content-schemas/enumerations'
import type { AppliedProcedure, Locality, Procedure } from '../../../cms/payload-types'
import { formatDuration, seededRandom, shuffle } from './stats'

/**
 * Lets the event loop turn, and now and then collects garbage. On SQLite every write is
 * synchronous under its promise, so a loop of creates runs in microtasks alone, and the driver's
 * native statements and connections, freed only when their small JS handles are collected and
 * their finalizers run as tasks, piled up: 19 GB at 3,000 procedures, and with a turn per write
 * still 8 GB after 4,000 applied procedures, until the machine swapped. A turn per write, and a
 * full collection every 200 when the process runs with --expose-gc (npm run bench:cms does),
 * keep it flat.
 */
let writes = 0
const breathe = async () => {
  await new Promise<void>((resolve) => setImmediate(resolve))
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc && ++writes % 200 === 0) gc()
}

export interface DatasetOptions {
  localities: number
  districts: number
  sectors: number
  agencies: number
  procedures: number
  applied: number
  /** parallel payload.create calls while loading applied procedures */
  concurrency: number
  seed: number
  log: (line: string) => void
}

export interface Dataset {
  province: Locality
  districts: Locality[]
  communes: Locality[]
  sectorIDs: string[]
  procedureIDs: string[]
  /** procedures whose levels include 'commune' (the ones a commune may apply) */
  communeProcedureIDs: string[]
  appliedIDs: string[]
  /** (locality, procedure) pairs not yet applied, for the create benchmark */
  sparePairs: { locality: string; procedure: string }[]
  sizes: Record<string, number>
  loadTimes: Record<string, number>
}

/** Levels by procedure index: 7 in 10 include the commune level. */
const LEVEL_PATTERN: Level[][] = [
  ['commune'],
  ['commune'],
  ['commune'],
  ['commune'],
  ['district', 'commune'],
  ['district', 'commune'],
  ['province', 'district', 'commune'],
  ['province'],
  ['province', 'district'],
  ['district'],
]

const SECTOR_NAMES = [
  'Hộ tịch',
  'Chứng thực',
  'Đất đai',
  'Xây dựng',
  'Bảo trợ xã hội',
  'Người có công',
  'Giáo dục và Đào tạo',
  'Y tế',
  'Văn hóa',
  'Thể dục thể thao',
  'Du lịch',
  'Nông nghiệp',
  'Lâm nghiệp',
  'Thủy lợi',
  'Tài nguyên nước',
  'Môi trường',
  'Hộ kinh doanh',
  'Thi đua khen thưởng',
  'Tôn giáo',
  'Tư pháp',
  'Lao động',
  'Giao thông vận tải',
]

const COMMUNE_TYPES: UnitType[] = ['commune', 'commune', 'commune', 'ward', 'township']
const COMMUNE_WORD: Partial<Record<UnitType, string>> = {
  commune: 'Xã',
  ward: 'Phường',
  township: 'Thị trấn',
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/**
 * Loads the benchmark catalogue through the Local API (`payload.create`), so every collection
 * hook and validation runs as it does for an editor. Access is bypassed (overrideAccess, the
 * Local API default) as there is no user.
 */
export async function loadDataset(payload: Payload, options: DatasetOptions): Promise<Dataset> {
  const { log } = options
  const random = seededRandom(options.seed)
  const loadTimes: Record<string, number> = {}
  const timed = async <T>(label: string, body: () => Promise<T>): Promise<T> => {
    const start = performance.now()
    const result = await body()
    loadTimes[label] = performance.now() - start
    log(`  ${label}: ${formatDuration(loadTimes[label])}`)
    return result
  }

  // Localities: 1 province, some districts (dissolved 01/07/2025) and commune-level units.
  const communeCount = options.localities - 1 - options.districts
  if (communeCount < 1) throw new Error('BENCH_LOCALITIES must exceed 1 + the number of districts')
  if (communeCount > 999)
    throw new Error('at most 999 commune-level units (5-digit codes under one province)')
  const { province, districts, communes } = await timed('localities', async () => {
    const create = (data: Partial<Locality>) =>
      payload.create({ collection: 'localities', data: data as Locality })
    const province = await create({ name: 'Tỉnh Đo Hiệu Năng', unitType: 'province', code: '91' })
    const districts: Locality[] = []
    for (let d = 0; d < options.districts; d++) {
      districts.push(
        await create({
          name: `Huyện Đo Hiệu Năng ${d + 1}`,
          unitType: 'district',
          code: `9${pad(d + 10, 2)}`,
          parent: province.id,
          dissolvedOn: '2025-07-01',
        }),
      )
    }
    const communes: Locality[] = []
    for (let c = 0; c < communeCount; c++) {
      const unitType = COMMUNE_TYPES[c % COMMUNE_TYPES.length]
      // Two in three hang off a pre-2025 district, the rest off the province (post-2025 units).
      const parent =
        districts.length > 0 && c % 3 !== 2 ? districts[c % districts.length].id : province.id
      communes.push(
        await create({
          name: `${COMMUNE_WORD[unitType]} Đo Hiệu Năng ${c + 1}`,
          unitType,
          code: `91${pad(c + 1, 3)}`,
          parent,
          deskAddress: `Bộ phận một cửa, UBND ${COMMUNE_WORD[unitType]?.toLowerCase()} ${c + 1}`,
          phone: `0215 3 ${pad(800000 + c, 6)}`,
        }),
      )
    }
    return { province, districts, communes }
  })

  const { sectorIDs, agencyIDs, lawIDs } = await timed(
    'sectors, agencies, legal documents',
    async () => {
      const sectorIDs: string[] = []
      for (let s = 0; s < options.sectors; s++) {
        const name = s < SECTOR_NAMES.length ? SECTOR_NAMES[s] : `Lĩnh vực ${s + 1}`
        sectorIDs.push(
          (
            await payload.create({
              collection: 'sectors',
              data: { name, code: `G${pad(s + 1, 3)}` },
            })
          ).id,
        )
      }
      const levels = ['central', 'province', 'district', 'commune'] as const
      const agencyIDs: string[] = []
      for (let a = 0; a < options.agencies; a++) {
        const level = levels[a % levels.length]
        agencyIDs.push(
          (
            await payload.create({
              collection: 'agencies',
              data: { name: `Cơ quan ${a + 1} (${level})`, level },
            })
          ).id,
        )
      }
      const lawIDs: string[] = []
      for (let l = 0; l < 5; l++) {
        const law = await payload.create({
          collection: 'legal-documents',
          data: {
            number: `${l + 10}/2024/NĐ-CP`,
            kind: 'decree',
            title: `Nghị định đo hiệu năng số ${l + 10}`,
            issuer: 'Chính phủ',
            issueDate: '2024-01-15T00:00:00.000Z',
            status: 'in-force',
          },
        })
        lawIDs.push(law.id)
      }
      return { sectorIDs, agencyIDs, lawIDs }
    },
  )

  // Master procedures, all published and in force, each complete enough to publish.
  const procedureIDs: string[] = []
  const communeProcedureIDs: string[] = []
  await timed('procedures', async () => {
    for (let i = 0; i < options.procedures; i++) {
      const levels = LEVEL_PATTERN[i % LEVEL_PATTERN.length]
      const pick = (list: string[], k: number) => list[(i * 7 + k * 3) % list.length]
      const procedure = await payload.create({
        collection: 'procedures',
        data: {
          code: `${1 + (i % 2)}.${pad(100000 + i, 6)}`,
          name: `Thủ tục đo hiệu năng số ${i + 1}`,
          levels,
          // Consecutive blocks, so that each sector holds every pattern of levels.
          sector: sectorIDs[Math.floor((i * sectorIDs.length) / options.procedures)],
          subjects: i % 4 === 0 ? ['citizen', 'organisation'] : ['citizen'],
          description: 'Thủ tục dùng để đo hiệu năng của hệ thống quản lý danh mục.',
          agencies: { implementing: [pick(agencyIDs, 0)], competent: [pick(agencyIDs, 1)] },
          steps: orderedListToLexical([
            'Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định.',
            'Nộp hồ sơ tại Bộ phận tiếp nhận và trả kết quả.',
            'Công chức kiểm tra, tiếp nhận và giải quyết hồ sơ.',
            'Trả kết quả cho tổ chức, cá nhân.',
          ]),
          methods: [
            {
              channel: 'direct',
              processingTime: 3 + (i % 5),
              processingTimeUnit: 'working-day',
              fees: [{ amount: 0, description: 'Miễn lệ phí' }],
            },
            {
              channel: 'online',
              processingTime: 5 + (i % 5),
              processingTimeUnit: 'working-day',
              fees: [{ amount: 10000 * (i % 3), description: 'Lệ phí' }],
            },
          ],
          dossierCases: [
            {
              name: 'Giấy tờ phải nộp',
              components: [
                { name: 'Tờ khai (theo mẫu)', originals: 1, copies: 0, required: true },
                { name: 'Giấy tờ tùy thân', originals: 0, copies: 1, required: true },
                {
                  name: 'Giấy tờ chứng minh khác (nếu có)',
                  originals: 0,
                  copies: 1,
                  required: false,
                },
              ],
            },
            {
              name: 'Giấy tờ phải xuất trình',
              components: [{ name: 'Căn cước', originals: 1, copies: 0, required: true }],
            },
          ],
          results: [{ name: `Kết quả của thủ tục số ${i + 1}` }],
          requirements: paragraphsToLexical(['Không có yêu cầu, điều kiện.']),
          legalBasis: [pick(lawIDs, 0), pick(lawIDs, 1)].filter((v, k, a) => a.indexOf(v) === k),
          keywords: ['đo hiệu năng', `thủ tục ${i + 1}`],
          synonyms: [`làm thủ tục ${i + 1}`],
          onlineServiceLevel: i % 2 === 0 ? 'full' : 'partial',
          validity: 'in-force',
          _status: 'published',
        } as Procedure,
      })
      procedureIDs.push(procedure.id)
      if (levels.includes('commune')) communeProcedureIDs.push(procedure.id)
      if ((i + 1) % 100 === 0) log(`    ${i + 1}/${options.procedures} procedures`)
      await breathe()
    }
  })
  // Related procedures are set by an update: on create, the field's filterOptions
  // (`id not_equals` the document's own id) runs with an undefined id and the query fails.
  await timed('related procedures (update)', async () => {
    for (let i = 1; i < procedureIDs.length; i++) {
      const related = [...new Set([procedureIDs[i - 1], procedureIDs[Math.floor(random() * i)]])]
      await payload.update({
        collection: 'procedures',
        id: procedureIDs[i],
        data: { relatedProcedures: related },
      })
      await breathe()
    }
  })

  // Applied procedures: spread evenly over the commune-level units, each pair unique.
  const perCommune = communeProcedureIDs.length
  if (options.applied > communes.length * perCommune) {
    throw new Error(
      `BENCH_APPLIED=${options.applied} exceeds the ${communes.length * perCommune} possible (locality, procedure) pairs`,
    )
  }
  const pairs: { locality: string; procedure: string }[] = []
  const sparePairs: { locality: string; procedure: string }[] = []
  communes.forEach((commune, c) => {
    const count =
      Math.floor(options.applied / communes.length) +
      (c < options.applied % communes.length ? 1 : 0)
    const start = (c * 37) % perCommune
    for (let j = 0; j < perCommune; j++) {
      const pair = {
        locality: commune.id,
        procedure: communeProcedureIDs[(start + j) % perCommune],
      }
      ;(j < count ? pairs : sparePairs).push(pair)
    }
  })
  // Applied in random order, as localities adopt procedures over time.
  shuffle(pairs, random)
  shuffle(sparePairs, random)

  const appliedIDs: string[] = new Array(pairs.length)
  await timed('applied procedures', async () => {
    const start = performance.now()
    let next = 0
    let done = 0
    const worker = async () => {
      while (next < pairs.length) {
        const index = next++
        const { locality, procedure } = pairs[index]
        const doc = await payload.create({
          collection: 'applied-procedures',
          data: appliedData(locality, procedure, index),
        })
        appliedIDs[index] = doc.id
        await breathe()
        done++
        if (done % 1000 === 0 || done === pairs.length) {
          const elapsed = performance.now() - start
          const rate = done / (elapsed / 1000)
          const eta = (pairs.length - done) / rate
          log(
            `    ${done}/${pairs.length} applied procedures, ${rate.toFixed(0)}/s, ${formatDuration(elapsed)} elapsed, ~${formatDuration(eta * 1000)} left`,
          )
        }
      }
    }
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker))
  })

  return {
    province,
    districts,
    communes,
    sectorIDs,
    procedureIDs,
    communeProcedureIDs,
    appliedIDs,
    sparePairs,
    sizes: {
      localities: 1 + districts.length + communes.length,
      districts: districts.length,
      communes: communes.length,
      sectors: sectorIDs.length,
      agencies: agencyIDs.length,
      legalDocuments: lawIDs.length,
      procedures: procedureIDs.length,
      communeProcedures: communeProcedureIDs.length,
      applied: appliedIDs.length,
    },
    loadTimes,
  }
}

export function appliedData(locality: string, procedure: string, index: number): AppliedProcedure {
  return {
    locality,
    procedure,
    appliedFrom: '2024-01-01T00:00:00.000Z',
    ...(index % 2 === 0 ? { committedTime: { value: 2, unit: 'working-day' as const } } : {}),
    receivingAddress: 'Bộ phận tiếp nhận và trả kết quả, UBND cấp xã',
    officerInCharge: `Công chức số ${(index % 7) + 1}`,
    unitInCharge: 'Văn phòng HĐND và UBND',
    _status: 'published',
  } as AppliedProcedure
}

/**
 * The data set's shape from the BENCH_* variables, with cms.ts's defaults (its header documents
 * them), for the scripts that open the same data set: investigate.ts and province-admin.ts.
 */
export function datasetOptionsFromEnv(
  kind: 'sqlite' | 'postgres',
  log: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): DatasetOptions {
  const int = (name: string, fallback: number) => (env[name] ? Number(env[name]) : fallback)
  return {
    localities: int('BENCH_LOCALITIES', 150),
    districts: int('BENCH_DISTRICTS', 9),
    sectors: int('BENCH_SECTORS', 20),
    agencies: int('BENCH_AGENCIES', 6),
    procedures: int('BENCH_PROCEDURES', 3000),
    applied: int('BENCH_APPLIED', 20000),
    concurrency: int('BENCH_LOAD_CONCURRENCY', kind === 'sqlite' ? 1 : 4),
    seed: int('BENCH_SEED', 1),
    log,
  }
}

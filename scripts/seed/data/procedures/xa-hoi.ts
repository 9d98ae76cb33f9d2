/**
 * Lao động – thương binh – xã hội at commune level, split into the portal fields
 * bảo trợ xã hội, người có công, giảm nghèo, việc làm, trẻ em. Since 2025 these fields are
 * managed by the Ministry of Health (social protection, children), the Ministry of Home Affairs
 * (people with merit, jobs) and the Ministry of Agriculture and Environment (poverty reduction);
 * since 2025-07-01 the commune chairman decides most benefits formerly decided at district level.
 */
import type { SeedProcedure } from '../types.ts'
import { direct, free, identityShown, online, ONLINE_PORTAL, proxyLetter } from './_helpers.ts'

const BTXH = ['20/2021/NĐ-CP', '76/2024/NĐ-CP']
const NCC = ['02/2020/UBTVQH14', '131/2021/NĐ-CP']
const NO_FEE = [free('Không thu phí, lệ phí')]

export const xaHoi: SeedProcedure[] = [
  {
    code: '1.001776',
    name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng',
    sector: 'bao-tro-xa-hoi',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    description:
      'Áp dụng cho trẻ em mồ côi, người cao tuổi cô đơn thuộc hộ nghèo, người khuyết tật nặng và đặc biệt nặng, người đơn thân nghèo đang nuôi con… và hộ gia đình, cá nhân nhận chăm sóc, nuôi dưỡng đối tượng bảo trợ xã hội. Mức chuẩn trợ giúp xã hội 500.000 đồng/tháng từ ngày 01/7/2024.',
    agencies: {
      implementing: ['ubnd-xa'],
      competent: ['chu-tich-ubnd-xa'],
      coordinating: ['phong-ldtbxh'],
    },
    steps: [
      'Bước 1: Đối tượng hoặc người giám hộ nộp tờ khai và giấy tờ tại Bộ phận Một cửa UBND cấp xã nơi cư trú hoặc nộp trực tuyến.',
      'Bước 2: Trong thời hạn 10 ngày làm việc, công chức phụ trách công tác lao động – thương binh và xã hội kiểm tra, tổ chức họp Hội đồng xét duyệt; niêm yết kết quả xét duyệt tại trụ sở UBND cấp xã và thông báo trên loa, đài của xã trong thời hạn 02 ngày làm việc.',
      'Bước 3: Hết thời hạn niêm yết không có khiếu nại, công chức hoàn thiện hồ sơ trình Chủ tịch UBND cấp xã (trước ngày 01/7/2025: gửi Phòng Lao động – Thương binh và Xã hội thẩm định, trình Chủ tịch UBND cấp huyện quyết định).',
      'Bước 4: Chủ tịch UBND cấp xã ban hành quyết định trợ cấp xã hội hằng tháng hoặc hỗ trợ kinh phí chăm sóc, nuôi dưỡng; trường hợp không đủ điều kiện thì trả lời bằng văn bản nêu rõ lý do.',
    ],
    methods: [
      direct(
        20,
        'working-day',
        'Tổng thời gian giải quyết không quá 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (xét duyệt 10 ngày làm việc, niêm yết 02 ngày làm việc, thẩm định và quyết định).',
        NO_FEE,
      ),
      online(20, 'working-day', ONLINE_PORTAL, NO_FEE),
    ],
    dossierCases: [
      {
        name: 'Đối tượng hưởng trợ cấp xã hội hằng tháng',
        components: [
          {
            name: 'Tờ khai đề nghị trợ giúp xã hội (Mẫu số 1a, 1b, 1c, 1d tùy đối tượng)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-de-nghi-tro-giup-xa-hoi.docx',
          },
          {
            name: 'Giấy xác nhận khuyết tật (đối với người khuyết tật)',
            originals: 0,
            copies: 1,
            required: false,
          },
          {
            name: 'Giấy tờ xác nhận bị nhiễm HIV của cơ quan có thẩm quyền (đối với người nhiễm HIV thuộc hộ nghèo)',
            originals: 0,
            copies: 1,
            required: false,
          },
          proxyLetter,
        ],
      },
      {
        name: 'Hộ gia đình, cá nhân nhận chăm sóc, nuôi dưỡng đối tượng',
        components: [
          {
            name: 'Tờ khai nhận chăm sóc, nuôi dưỡng (Mẫu số 2a, 2b, 2c)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-nhan-cham-soc-nuoi-duong.docx',
          },
          {
            name: 'Tờ khai đề nghị trợ giúp xã hội của đối tượng được nhận chăm sóc, nuôi dưỡng',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-de-nghi-tro-giup-xa-hoi.docx',
          },
        ],
      },
    ],
    results: [
      {
        name: 'Quyết định trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng hoặc quyết định điều chỉnh, thôi hưởng',
      },
    ],
    legalBasis: BTXH,
    onlineServiceLevel: 'partial',
    keywords: [
      'trợ cấp xã hội hằng tháng',
      'bảo trợ xã hội',
      'hỗ trợ kinh phí chăm sóc nuôi dưỡng',
    ],
    synonyms: [
      'tiền trợ cấp người khuyết tật',
      'trợ cấp trẻ mồ côi',
      'xin tiền trợ cấp hàng tháng',
      'nhận nuôi người già cô đơn',
      'tro cap xa hoi',
      'tiền bảo trợ',
    ],
    related: ['1.001699', '1.001731', '1.014027'],
  },
  {
    code: '1.001731',
    name: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
    sector: 'bao-tro-xa-hoi',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    description:
      'Hỗ trợ chi phí mai táng cho cơ quan, tổ chức, gia đình, cá nhân tổ chức mai táng đối tượng đang hưởng trợ cấp xã hội hằng tháng và một số đối tượng khác theo Nghị định 20/2021/NĐ-CP; mức hỗ trợ tối thiểu bằng 20 lần mức chuẩn trợ giúp xã hội.',
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Cơ quan, tổ chức, gia đình hoặc cá nhân tổ chức mai táng nộp tờ khai đề nghị hỗ trợ chi phí mai táng tại UBND cấp xã nơi đối tượng cư trú.',
      'Bước 2: Công chức phụ trách kiểm tra hồ sơ, đối chiếu danh sách đối tượng đang hưởng trợ cấp.',
      'Bước 3: Chủ tịch UBND cấp xã quyết định hỗ trợ chi phí mai táng (trước ngày 01/7/2025 do Chủ tịch UBND cấp huyện quyết định trên cơ sở đề nghị của UBND cấp xã).',
      'Bước 4: Chi trả kinh phí hỗ trợ mai táng cho người tổ chức mai táng.',
    ],
    methods: [
      direct(
        8,
        'working-day',
        'Không quá 08 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
        NO_FEE,
      ),
      online(8, 'working-day', ONLINE_PORTAL, NO_FEE),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai đề nghị hỗ trợ chi phí mai táng (Mẫu số 04)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-de-nghi-ho-tro-chi-phi-mai-tang.docx',
          },
          {
            name: 'Bản sao Trích lục khai tử hoặc Giấy báo tử',
            originals: 0,
            copies: 1,
            required: true,
          },
          {
            name: 'Bản sao quyết định hưởng trợ cấp xã hội của người đã chết (đối với đối tượng đang hưởng trợ cấp)',
            originals: 0,
            copies: 1,
            required: false,
          },
        ],
      },
    ],
    results: [{ name: 'Quyết định hỗ trợ chi phí mai táng' }],
    legalBasis: BTXH,
    onlineServiceLevel: 'partial',
    keywords: ['hỗ trợ chi phí mai táng', 'mai táng phí', 'bảo trợ xã hội'],
    synonyms: [
      'tiền mai táng',
      'xin tiền ma chay',
      'hỗ trợ tiền đám ma',
      'mai tang phi',
      'ho tro mai tang',
    ],
    related: ['2.002622', '1.014028', '1.001776'],
  },
  {
    code: '1.014027',
    name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp hưu trí xã hội',
    sector: 'bao-tro-xa-hoi',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    description:
      'Trợ cấp hưu trí xã hội theo Luật Bảo hiểm xã hội năm 2024 (từ ngày 01/7/2025) cho công dân Việt Nam từ đủ 75 tuổi (từ đủ 70 đến dưới 75 tuổi nếu thuộc hộ nghèo, hộ cận nghèo) không hưởng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng.',
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người cao tuổi hoặc người đại diện nộp tờ khai đề nghị hưởng trợ cấp hưu trí xã hội tại UBND cấp xã nơi thường trú, tạm trú hoặc nộp trực tuyến.',
      'Bước 2: Công chức phụ trách kiểm tra hồ sơ, đối chiếu Cơ sở dữ liệu quốc gia về dân cư và cơ sở dữ liệu bảo hiểm xã hội.',
      'Bước 3: Chủ tịch UBND cấp xã quyết định hưởng, điều chỉnh hoặc thôi hưởng trợ cấp hưu trí xã hội; trường hợp không đủ điều kiện thì trả lời bằng văn bản.',
    ],
    methods: [
      direct(
        10,
        'working-day',
        'Trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
        NO_FEE,
      ), // time not verified
      online(10, 'working-day', ONLINE_PORTAL, NO_FEE), // time not verified
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai đề nghị hưởng trợ cấp hưu trí xã hội (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
          },
          proxyLetter,
        ],
      },
      { name: 'Giấy tờ phải xuất trình', components: [identityShown] },
    ],
    results: [{ name: 'Quyết định hưởng, điều chỉnh, thôi hưởng trợ cấp hưu trí xã hội' }],
    legalBasis: ['41/2024/QH15', '176/2025/NĐ-CP'],
    onlineServiceLevel: 'partial',
    keywords: ['trợ cấp hưu trí xã hội', 'người cao tuổi'],
    synonyms: [
      'trợ cấp người già 75 tuổi',
      'tiền người cao tuổi',
      'lương cho người già không có lương hưu',
      'tro cap huu tri xa hoi',
      'trợ cấp tuổi già',
    ],
    related: ['1.014028', '1.001776'],
  },
  {
    code: '1.014028',
    name: 'Hỗ trợ chi phí mai táng đối với đối tượng hưởng trợ cấp hưu trí xã hội',
    sector: 'bao-tro-xa-hoi',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người tổ chức mai táng nộp tờ khai đề nghị hỗ trợ chi phí mai táng tại UBND cấp xã nơi người hưởng trợ cấp hưu trí xã hội cư trú.',
      'Bước 2: Công chức phụ trách kiểm tra hồ sơ, đối chiếu danh sách chi trả trợ cấp hưu trí xã hội.',
      'Bước 3: Chủ tịch UBND cấp xã quyết định hỗ trợ chi phí mai táng và tổ chức chi trả.',
    ],
    methods: [
      direct(
        5,
        'working-day',
        'Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
        NO_FEE,
      ), // time not verified
      online(5, 'working-day', ONLINE_PORTAL, NO_FEE), // time not verified
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai đề nghị hỗ trợ chi phí mai táng (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-de-nghi-ho-tro-chi-phi-mai-tang.docx',
          },
          {
            name: 'Bản sao Trích lục khai tử hoặc Giấy báo tử',
            originals: 0,
            copies: 1,
            required: true,
          },
        ],
      },
    ],
    results: [{ name: 'Quyết định hỗ trợ chi phí mai táng' }],
    legalBasis: ['41/2024/QH15', '176/2025/NĐ-CP'],
    onlineServiceLevel: 'partial',
    keywords: ['hỗ trợ chi phí mai táng', 'trợ cấp hưu trí xã hội'],
    synonyms: [
      'tiền mai táng cho người già',
      'mai táng phí người cao tuổi',
      'mai tang phi huu tri xa hoi',
    ],
    related: ['1.014027', '1.001731'],
  },
  {
    code: '1.001699',
    name: 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
    sector: 'bao-tro-xa-hoi',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người khuyết tật hoặc người đại diện hợp pháp nộp đơn đề nghị xác định mức độ khuyết tật tại UBND cấp xã nơi cư trú.',
      'Bước 2: Chủ tịch UBND cấp xã triệu tập Hội đồng xác định mức độ khuyết tật; Hội đồng tổ chức quan sát, phỏng vấn trực tiếp người khuyết tật và sử dụng bộ câu hỏi theo quy định (có thể thực hiện tại nhà nếu người khuyết tật không thể đến trụ sở).',
      'Bước 3: Hội đồng lập biên bản kết luận dạng tật và mức độ khuyết tật; niêm yết, thông báo công khai kết luận tại trụ sở UBND cấp xã.',
      'Bước 4: Chủ tịch UBND cấp xã cấp Giấy xác nhận khuyết tật; trường hợp Hội đồng không kết luận được thì chuyển Hội đồng giám định y khoa.',
    ],
    methods: [
      direct(
        25,
        'working-day',
        'Trong thời hạn 20 ngày làm việc kể từ ngày nhận đủ hồ sơ, Hội đồng tổ chức xác định mức độ khuyết tật; trong 05 ngày làm việc kể từ ngày có biên bản kết luận, Chủ tịch UBND cấp xã cấp Giấy xác nhận khuyết tật.',
        NO_FEE,
      ),
      online(
        25,
        'working-day',
        `${ONLINE_PORTAL} Người khuyết tật vẫn phải có mặt để Hội đồng quan sát, phỏng vấn.`,
        NO_FEE,
      ),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Đơn đề nghị xác định mức độ khuyết tật (Mẫu số 01)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'don-de-nghi-xac-dinh-muc-do-khuyet-tat.docx',
          },
          {
            name: 'Bản sao các giấy tờ liên quan đến khuyết tật (bệnh án, giấy tờ khám, điều trị, phẫu thuật, biên bản giám định y khoa…) nếu có',
            originals: 0,
            copies: 1,
            required: false,
          },
        ],
      },
    ],
    results: [{ name: 'Giấy xác nhận khuyết tật' }],
    legalBasis: ['51/2010/QH12', '28/2012/NĐ-CP', '01/2019/TT-BLĐTBXH'],
    onlineServiceLevel: 'partial',
    keywords: ['xác định mức độ khuyết tật', 'giấy xác nhận khuyết tật', 'người khuyết tật'],
    synonyms: [
      'làm giấy chứng nhận khuyết tật',
      'xin giấy khuyết tật cho con',
      'giấy xác nhận tàn tật',
      'xac dinh muc do khuyet tat',
    ],
    related: ['1.001653', '1.001776'],
  },
  {
    code: '1.001653',
    name: 'Đổi, cấp lại Giấy xác nhận khuyết tật',
    sector: 'bao-tro-xa-hoi',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người khuyết tật hoặc người đại diện nộp đơn đề nghị đổi, cấp lại Giấy xác nhận khuyết tật tại UBND cấp xã.',
      'Bước 2: Công chức phụ trách kiểm tra hồ sơ, đối chiếu sổ theo dõi cấp Giấy xác nhận khuyết tật.',
      'Bước 3: Chủ tịch UBND cấp xã đổi hoặc cấp lại Giấy xác nhận khuyết tật.',
    ],
    methods: [
      direct(5, 'working-day', 'Trong thời hạn 05 ngày làm việc kể từ ngày nhận được đơn.', NO_FEE),
      online(5, 'working-day', ONLINE_PORTAL, NO_FEE),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Đơn đề nghị đổi, cấp lại Giấy xác nhận khuyết tật (Mẫu số 01)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'don-de-nghi-xac-dinh-muc-do-khuyet-tat.docx',
          },
          {
            name: 'Giấy xác nhận khuyết tật cũ (trường hợp đổi do hư hỏng)',
            originals: 1,
            copies: 0,
            required: false,
          },
        ],
      },
    ],
    results: [{ name: 'Giấy xác nhận khuyết tật (đổi, cấp lại)' }],
    legalBasis: ['51/2010/QH12', '28/2012/NĐ-CP', '01/2019/TT-BLĐTBXH'],
    onlineServiceLevel: 'partial',
    keywords: ['đổi giấy xác nhận khuyết tật', 'cấp lại giấy xác nhận khuyết tật'],
    synonyms: [
      'mất giấy chứng nhận khuyết tật',
      'làm lại giấy khuyết tật',
      'cap lai giay khuyet tat',
    ],
    related: ['1.001699'],
  },
  {
    code: '2.000286',
    name: 'Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội',
    sector: 'bao-tro-xa-hoi',
    levels: ['commune', 'province'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['ubnd-xa'], competent: ['so-y-te'], coordinating: ['phong-ldtbxh'] },
    steps: [
      'Bước 1: Đối tượng hoặc người giám hộ nộp tờ khai đề nghị tiếp nhận vào cơ sở trợ giúp xã hội tại UBND cấp xã.',
      'Bước 2: UBND cấp xã xem xét, xác nhận hoàn cảnh của đối tượng và có văn bản đề nghị gửi cơ quan quản lý cơ sở trợ giúp xã hội.',
      'Bước 3: Cơ quan có thẩm quyền thẩm định hồ sơ; người đứng đầu cơ sở trợ giúp xã hội hoặc Giám đốc Sở quyết định tiếp nhận.',
      'Bước 4: Cơ sở trợ giúp xã hội tổ chức tiếp nhận đối tượng và thông báo cho UBND cấp xã, gia đình.',
    ],
    methods: [
      direct(
        15,
        'working-day',
        'Tổng thời gian không quá 15 ngày làm việc kể từ ngày nhận đủ hồ sơ (UBND cấp xã xem xét, đề nghị trong 05 ngày làm việc).',
        NO_FEE,
      ),
    ], // time not verified
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai đề nghị tiếp nhận vào cơ sở trợ giúp xã hội (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Bản sao giấy tờ chứng minh hoàn cảnh (Trích lục khai tử của cha mẹ, giấy xác nhận khuyết tật…)',
            originals: 0,
            copies: 1,
            required: true,
          },
        ],
      },
    ],
    results: [{ name: 'Quyết định tiếp nhận đối tượng vào cơ sở trợ giúp xã hội' }],
    legalBasis: BTXH,
    onlineServiceLevel: 'none',
    keywords: ['tiếp nhận vào cơ sở trợ giúp xã hội', 'nuôi dưỡng tập trung'],
    synonyms: [
      'đưa người già cô đơn vào trung tâm bảo trợ',
      'gửi trẻ mồ côi vào trung tâm',
      'vao trung tam bao tro xa hoi',
    ],
    related: ['1.001776'],
  },
  {
    code: '1.010803',
    name: 'Giải quyết chế độ trợ cấp thờ cúng liệt sĩ',
    sector: 'nguoi-co-cong',
    levels: ['commune', 'province'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['ubnd-xa'], competent: ['so-noi-vu'] },
    steps: [
      'Bước 1: Người thờ cúng liệt sĩ nộp đơn đề nghị và biên bản ủy quyền thờ cúng tại UBND cấp xã nơi thường trú.',
      'Bước 2: UBND cấp xã kiểm tra, xác nhận đơn và gửi hồ sơ đến Sở Nội vụ (trước ngày 01/7/2025: Phòng Lao động – Thương binh và Xã hội).',
      'Bước 3: Sở Nội vụ kiểm tra hồ sơ người có công đang quản lý và ban hành quyết định trợ cấp thờ cúng liệt sĩ.',
      'Bước 4: UBND cấp xã thông báo kết quả và tổ chức chi trả trợ cấp hằng năm cho người thờ cúng.',
    ],
    methods: [
      direct(
        17,
        'working-day',
        'UBND cấp xã xác nhận và gửi hồ sơ trong 05 ngày làm việc; Sở Nội vụ giải quyết trong 12 ngày làm việc kể từ ngày nhận đủ hồ sơ.',
        NO_FEE,
      ), // time not verified
      online(17, 'working-day', ONLINE_PORTAL, NO_FEE), // time not verified
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Đơn đề nghị giải quyết chế độ trợ cấp thờ cúng liệt sĩ (theo mẫu tại Phụ lục I Nghị định 131/2021/NĐ-CP)',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Biên bản ủy quyền của thân nhân liệt sĩ hoặc người có trách nhiệm thờ cúng (nếu có)',
            originals: 1,
            copies: 0,
            required: false,
          },
        ],
      },
    ],
    results: [{ name: 'Quyết định trợ cấp thờ cúng liệt sĩ' }],
    legalBasis: NCC,
    onlineServiceLevel: 'partial',
    keywords: ['trợ cấp thờ cúng liệt sĩ', 'người có công', 'liệt sĩ'],
    synonyms: ['tiền thờ cúng liệt sĩ', 'thờ cúng bác là liệt sĩ', 'tro cap tho cung liet si'],
    related: ['1.010824', '1.010833'],
  },
  {
    code: '1.010824',
    name: 'Hưởng trợ cấp khi người có công đang hưởng trợ cấp ưu đãi từ trần',
    sector: 'nguoi-co-cong',
    levels: ['commune', 'province'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['ubnd-xa'], competent: ['so-noi-vu'] },
    steps: [
      'Bước 1: Thân nhân người có công nộp bản khai và giấy tờ tại UBND cấp xã nơi người có công thường trú trước khi từ trần.',
      'Bước 2: UBND cấp xã kiểm tra, xác nhận bản khai và gửi hồ sơ đến Sở Nội vụ.',
      'Bước 3: Sở Nội vụ ban hành quyết định trợ cấp một lần, mai táng phí và trợ cấp tuất hằng tháng (nếu đủ điều kiện).',
      'Bước 4: UBND cấp xã thông báo và tổ chức chi trả cho thân nhân.',
    ],
    methods: [
      direct(
        17,
        'working-day',
        'UBND cấp xã xác nhận và gửi hồ sơ trong 05 ngày làm việc; Sở Nội vụ giải quyết trong 12 ngày làm việc.',
        NO_FEE,
      ), // time not verified
      online(17, 'working-day', ONLINE_PORTAL, NO_FEE), // time not verified
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Bản khai của thân nhân (theo mẫu tại Phụ lục I Nghị định 131/2021/NĐ-CP)',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Bản sao Trích lục khai tử hoặc Giấy báo tử của người có công',
            originals: 0,
            copies: 1,
            required: true,
          },
          {
            name: 'Biên bản ủy quyền của các thân nhân cho một người đứng ra nhận trợ cấp (nếu có)',
            originals: 1,
            copies: 0,
            required: false,
          },
        ],
      },
    ],
    results: [{ name: 'Quyết định trợ cấp một lần, mai táng phí, trợ cấp tuất hằng tháng' }],
    legalBasis: NCC,
    onlineServiceLevel: 'partial',
    keywords: ['trợ cấp khi người có công từ trần', 'mai táng phí người có công', 'trợ cấp tuất'],
    synonyms: [
      'bố là thương binh mất thì được hưởng gì',
      'tiền tuất người có công',
      'mai tang phi nguoi co cong',
    ],
    related: ['2.002622', '1.010803'],
  },
  {
    code: '1.010833',
    name: 'Cấp giấy xác nhận thân nhân của người có công',
    sector: 'nguoi-co-cong',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Thân nhân người có công nộp đơn đề nghị cấp giấy xác nhận tại UBND cấp xã nơi thường trú.',
      'Bước 2: Công chức phụ trách đối chiếu hồ sơ người có công đang quản lý, cơ sở dữ liệu người có công.',
      'Bước 3: Chủ tịch UBND cấp xã ký giấy xác nhận thân nhân của người có công và trả kết quả.',
    ],
    methods: [
      direct(
        5,
        'working-day',
        'Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
        NO_FEE,
      ),
      online(5, 'working-day', ONLINE_PORTAL, NO_FEE),
    ], // time not verified
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Đơn đề nghị cấp giấy xác nhận thân nhân của người có công (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
      { name: 'Giấy tờ phải xuất trình', components: [identityShown] },
    ],
    results: [{ name: 'Giấy xác nhận thân nhân của người có công' }],
    legalBasis: NCC,
    onlineServiceLevel: 'full',
    keywords: ['xác nhận thân nhân người có công', 'người có công'],
    synonyms: [
      'giấy xác nhận con liệt sĩ',
      'giấy xác nhận con thương binh để được ưu đãi',
      'xac nhan than nhan nguoi co cong',
    ],
    related: ['1.010803'],
  },
  {
    code: '1.011607', // code from secondary source, not fully verified
    name: 'Công nhận hộ nghèo, hộ cận nghèo; hộ thoát nghèo, hộ thoát cận nghèo thường xuyên hằng năm',
    sector: 'giam-ngheo',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Hộ gia đình có nhu cầu nộp giấy đề nghị công nhận hộ nghèo, hộ cận nghèo hoặc thoát nghèo, thoát cận nghèo tại UBND cấp xã.',
      'Bước 2: UBND cấp xã chỉ đạo tổ rà soát tổ chức thẩm định, thu thập thông tin hộ gia đình theo phiếu rà soát.',
      'Bước 3: Niêm yết công khai kết quả thẩm định tại trụ sở UBND cấp xã và nhà văn hóa thôn, bản, tổ dân phố trong thời hạn 03 ngày làm việc.',
      'Bước 4: Chủ tịch UBND cấp xã quyết định công nhận và cấp giấy chứng nhận hộ nghèo, hộ cận nghèo; trường hợp không đủ điều kiện thì trả lời bằng văn bản.',
    ],
    methods: [
      direct(
        10,
        'working-day',
        'Trong thời hạn 10 ngày làm việc kể từ ngày nhận giấy đề nghị (bao gồm 03 ngày làm việc niêm yết công khai).',
        NO_FEE,
      ),
    ], // time not verified
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Giấy đề nghị xét duyệt bổ sung hộ nghèo, hộ cận nghèo / công nhận hộ thoát nghèo, thoát cận nghèo (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'giay-de-nghi-cong-nhan-ho-ngheo-can-ngheo.docx',
          },
        ],
      },
    ],
    results: [
      {
        name: 'Quyết định công nhận hộ nghèo, hộ cận nghèo; Giấy chứng nhận hộ nghèo, hộ cận nghèo',
      },
    ],
    legalBasis: ['07/2021/NĐ-CP', '24/2021/QĐ-TTg'],
    onlineServiceLevel: 'none',
    keywords: ['công nhận hộ nghèo', 'hộ cận nghèo', 'thoát nghèo', 'giảm nghèo'],
    synonyms: [
      'xin vào hộ nghèo',
      'làm giấy chứng nhận hộ nghèo',
      'sổ hộ nghèo',
      'ho ngheo',
      'ho can ngheo',
    ],
    related: ['1.011609'],
  },
  {
    code: '1.011609',
    name: 'Công nhận hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình',
    sector: 'giam-ngheo',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Hộ gia đình nộp giấy đề nghị xác định hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình tại UBND cấp xã.',
      'Bước 2: Tổ rà soát thu thập thông tin, xác định thu nhập của hộ; UBND cấp xã niêm yết kết quả.',
      'Bước 3: Chủ tịch UBND cấp xã quyết định công nhận hộ có mức sống trung bình.',
    ],
    methods: [
      direct(
        10,
        'working-day',
        'Trong thời hạn 10 ngày làm việc kể từ ngày nhận giấy đề nghị.',
        NO_FEE,
      ),
    ], // time not verified
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Giấy đề nghị xác định hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
    ],
    results: [
      {
        name: 'Quyết định công nhận hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình',
      },
    ],
    legalBasis: ['07/2021/NĐ-CP', '24/2021/QĐ-TTg'],
    onlineServiceLevel: 'none',
    keywords: ['hộ có mức sống trung bình', 'giảm nghèo'],
    synonyms: ['xác nhận hộ trung bình để mua bảo hiểm y tế', 'ho muc song trung binh'],
    related: ['1.011607'],
  },
  {
    code: '1.013724',
    name: 'Vay vốn hỗ trợ tạo việc làm, duy trì và mở rộng việc làm từ Quỹ quốc gia về việc làm đối với người lao động',
    sector: 'viec-lam',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: {
      implementing: ['ngan-hang-csxh'],
      competent: ['ngan-hang-csxh'],
      coordinating: ['ubnd-xa'],
    },
    steps: [
      'Bước 1: Người lao động lập giấy đề nghị vay vốn, gửi UBND cấp xã nơi thực hiện dự án để xác nhận về cư trú và địa điểm thực hiện dự án.',
      'Bước 2: UBND cấp xã xác nhận vào giấy đề nghị vay vốn.',
      'Bước 3: Người lao động nộp hồ sơ tại Điểm giao dịch xã hoặc Phòng giao dịch Ngân hàng Chính sách xã hội.',
      'Bước 4: Ngân hàng Chính sách xã hội thẩm định, quyết định cho vay và thông báo kết quả cho người vay.',
    ],
    methods: [
      direct(
        15,
        'working-day',
        'UBND cấp xã xác nhận trong 05 ngày làm việc; Ngân hàng Chính sách xã hội thẩm định, quyết định trong 10 ngày làm việc kể từ ngày nhận đủ hồ sơ.',
        NO_FEE,
      ),
    ], // time not verified
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Giấy đề nghị vay vốn hỗ trợ tạo việc làm, duy trì và mở rộng việc làm (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Bản sao giấy tờ chứng minh thuộc đối tượng ưu tiên (người khuyết tật, người dân tộc thiểu số, người thuộc hộ nghèo…) nếu có',
            originals: 0,
            copies: 1,
            required: false,
          },
        ],
      },
    ],
    results: [{ name: 'Thông báo phê duyệt cho vay; hợp đồng tín dụng' }],
    legalBasis: ['61/2015/NĐ-CP', '74/2019/NĐ-CP'],
    onlineServiceLevel: 'none',
    keywords: ['vay vốn tạo việc làm', 'Quỹ quốc gia về việc làm'],
    synonyms: ['vay tiền ngân hàng chính sách', 'vay vốn làm ăn', 'vay von giai quyet viec lam'],
    related: ['1.011607'],
  },
  {
    code: '2.001942',
    name: 'Chuyển trẻ em đang được chăm sóc thay thế tại cơ sở trợ giúp xã hội đến cá nhân, gia đình nhận chăm sóc thay thế',
    sector: 'tre-em',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: {
      implementing: ['ubnd-xa'],
      competent: ['chu-tich-ubnd-xa'],
      coordinating: ['so-y-te'],
    },
    steps: [
      'Bước 1: Cá nhân, đại diện gia đình có nhu cầu nhận chăm sóc thay thế nộp đơn đăng ký tại UBND cấp xã nơi cư trú.',
      'Bước 2: UBND cấp xã đánh giá điều kiện của cá nhân, gia đình nhận chăm sóc thay thế và lấy ý kiến của trẻ em từ đủ 07 tuổi trở lên.',
      'Bước 3: Chủ tịch UBND cấp xã quyết định giao trẻ em cho cá nhân, gia đình nhận chăm sóc thay thế; cơ sở trợ giúp xã hội bàn giao trẻ em.',
      'Bước 4: UBND cấp xã theo dõi, giám sát việc chăm sóc thay thế.',
    ],
    methods: [
      direct(
        15,
        'working-day',
        'Trong thời hạn 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
        NO_FEE,
      ),
    ], // time not verified
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Đơn đăng ký nhận chăm sóc thay thế cho trẻ em (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Phiếu lý lịch tư pháp của người đăng ký nhận chăm sóc thay thế',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
    ],
    results: [{ name: 'Quyết định giao trẻ em cho cá nhân, gia đình nhận chăm sóc thay thế' }],
    legalBasis: ['102/2016/QH13', '56/2017/NĐ-CP'],
    onlineServiceLevel: 'none',
    keywords: ['chăm sóc thay thế', 'trẻ em', 'bảo vệ trẻ em'],
    synonyms: [
      'nhận nuôi trẻ ở trung tâm bảo trợ',
      'đưa cháu về nhà nuôi',
      'cham soc thay the tre em',
    ],
    related: ['2.001263'],
  },
]

/**
 * Other commune-level fields: adoption, grassroots mediation, household business,
 * religion, emulation & rewards, military service registration.
 */
import type { SeedProcedure } from '../types.ts'
import { direct, fee, free, identityShown, online, ONLINE_PORTAL } from './_helpers.ts'

const NO_FEE = [free('Không thu phí, lệ phí')]
const RELIGION = ['02/2016/QH14', '95/2023/NĐ-CP']
const REWARDS = ['06/2022/QH15', '98/2023/NĐ-CP']

export const khac: SeedProcedure[] = [
  {
    code: '2.001263',
    name: 'Đăng ký việc nuôi con nuôi trong nước',
    sector: 'nuoi-con-nuoi',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người nhận con nuôi nộp hồ sơ của mình và hồ sơ của người được giới thiệu làm con nuôi tại UBND cấp xã nơi thường trú của người được giới thiệu làm con nuôi hoặc của người nhận con nuôi.',
      'Bước 2: UBND cấp xã kiểm tra hồ sơ; lấy ý kiến của cha mẹ đẻ hoặc người giám hộ và của người được nhận làm con nuôi từ đủ 09 tuổi trở lên (sau 15 ngày kể từ ngày lấy ý kiến, những người này có quyền thay đổi ý kiến).',
      'Bước 3: Nếu người nhận con nuôi và người được giới thiệu làm con nuôi có đủ điều kiện, UBND cấp xã tổ chức đăng ký nuôi con nuôi, ghi vào Sổ đăng ký nuôi con nuôi.',
      'Bước 4: Tổ chức giao nhận con nuôi và trao Giấy chứng nhận nuôi con nuôi cho cha mẹ nuôi, cha mẹ đẻ hoặc người giám hộ, đại diện cơ sở nuôi dưỡng.',
    ],
    methods: [
      direct(30, 'day', 'Trong thời hạn 30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.', [
        fee(
          400000,
          'Lệ phí đăng ký nuôi con nuôi trong nước: 400.000 đồng/trường hợp (Nghị định 114/2016/NĐ-CP)',
        ),
        free(
          'Miễn lệ phí khi cha dượng, mẹ kế nhận con riêng của vợ hoặc chồng; cô, cậu, dì, chú, bác ruột nhận cháu làm con nuôi; nhận trẻ em có hoàn cảnh đặc biệt làm con nuôi; người nhận con nuôi ở vùng có điều kiện kinh tế – xã hội đặc biệt khó khăn',
        ),
      ]),
    ],
    dossierCases: [
      {
        name: 'Hồ sơ của người nhận con nuôi',
        components: [
          {
            name: 'Đơn xin nhận con nuôi (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'don-xin-nhan-con-nuoi-trong-nuoc.docx',
          },
          {
            name: 'Bản sao giấy tờ tùy thân của người nhận con nuôi',
            originals: 0,
            copies: 1,
            required: true,
          },
          { name: 'Phiếu lý lịch tư pháp', originals: 1, copies: 0, required: true },
          {
            name: 'Văn bản xác nhận tình trạng hôn nhân (trường hợp người độc thân nhận con nuôi)',
            originals: 1,
            copies: 0,
            required: false,
          },
          {
            name: 'Giấy khám sức khỏe do cơ quan y tế cấp huyện trở lên cấp; văn bản xác nhận hoàn cảnh gia đình, tình trạng chỗ ở, điều kiện kinh tế',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
      {
        name: 'Hồ sơ của người được giới thiệu làm con nuôi',
        components: [
          { name: 'Giấy khai sinh (bản sao)', originals: 0, copies: 1, required: true },
          {
            name: 'Giấy khám sức khỏe do cơ quan y tế cấp huyện trở lên cấp',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Hai ảnh toàn thân, nhìn thẳng chụp không quá 06 tháng',
            originals: 2,
            copies: 0,
            required: true,
          },
          {
            name: 'Biên bản xác nhận trẻ bị bỏ rơi; trích lục khai tử hoặc quyết định tuyên bố cha mẹ đẻ đã chết, mất tích (tùy trường hợp)',
            originals: 0,
            copies: 1,
            required: false,
          },
        ],
      },
    ],
    results: [{ name: 'Giấy chứng nhận nuôi con nuôi' }],
    requirements:
      'Người nhận con nuôi có năng lực hành vi dân sự đầy đủ, hơn con nuôi từ 20 tuổi trở lên, có điều kiện về sức khỏe, kinh tế, chỗ ở bảo đảm việc chăm sóc, nuôi dưỡng, giáo dục con nuôi, có tư cách đạo đức tốt (trừ một số trường hợp nhận con riêng, nhận cháu).',
    legalBasis: ['52/2010/QH12', '19/2011/NĐ-CP', '114/2016/NĐ-CP'],
    onlineServiceLevel: 'none',
    keywords: ['nuôi con nuôi', 'đăng ký nuôi con nuôi trong nước'],
    synonyms: [
      'nhận con nuôi',
      'xin con nuôi',
      'nhận cháu làm con nuôi',
      'nhan con nuoi',
      'nuoi con nuoi',
    ],
    related: ['2.001942', '1.001193'],
  },
  {
    code: '2.000424',
    name: 'Thủ tục thực hiện hỗ trợ khi hòa giải viên gặp tai nạn hoặc rủi ro ảnh hưởng đến sức khỏe, tính mạng trong khi thực hiện hoạt động hòa giải',
    sector: 'hoa-giai-co-so',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Hòa giải viên hoặc thân nhân (trường hợp hòa giải viên chết) nộp giấy đề nghị hỗ trợ và giấy tờ liên quan tại UBND cấp xã nơi hòa giải viên thực hiện hoạt động hòa giải.',
      'Bước 2: Công chức Tư pháp – Hộ tịch kiểm tra hồ sơ, trình Chủ tịch UBND cấp xã.',
      'Bước 3: Chủ tịch UBND cấp xã xem xét, quyết định hỗ trợ; thực hiện chi trả trong thời hạn 02 ngày làm việc kể từ ngày có quyết định.',
    ],
    methods: [
      direct(
        3,
        'working-day',
        'Trong thời hạn 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, Chủ tịch UBND cấp xã xem xét, quyết định hỗ trợ.',
        NO_FEE,
      ),
      online(3, 'working-day', ONLINE_PORTAL, NO_FEE),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          { name: 'Giấy đề nghị hỗ trợ (theo mẫu)', originals: 1, copies: 0, required: true },
          {
            name: 'Văn bản xác nhận của Tổ trưởng tổ hòa giải về việc hòa giải viên gặp tai nạn, rủi ro trong khi thực hiện hoạt động hòa giải',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Giấy tờ về chi phí khám, chữa bệnh (giấy ra viện, hóa đơn) hoặc Trích lục khai tử (trường hợp hòa giải viên chết)',
            originals: 0,
            copies: 1,
            required: true,
          },
        ],
      },
    ],
    results: [{ name: 'Quyết định hỗ trợ của Chủ tịch UBND cấp xã' }],
    legalBasis: ['35/2013/QH13', '15/2014/NĐ-CP'],
    onlineServiceLevel: 'partial',
    keywords: ['hòa giải viên', 'hòa giải ở cơ sở', 'hỗ trợ hòa giải viên'],
    synonyms: ['hòa giải viên bị tai nạn', 'tổ hòa giải thôn bản', 'hoa giai vien'],
    related: ['1.012812'],
  },
  {
    code: '1.001612',
    name: 'Đăng ký thành lập hộ kinh doanh',
    sector: 'ho-kinh-doanh',
    levels: ['commune', 'district'],
    formalityType: 'standard',
    subjects: ['citizen'],
    description:
      'Trước ngày 01/7/2025 do Phòng Tài chính – Kế hoạch cấp huyện thực hiện; từ ngày 01/7/2025 cơ quan đăng ký kinh doanh cấp xã thực hiện.',
    agencies: { implementing: ['ubnd-xa'], competent: ['ubnd-xa'], coordinating: ['co-quan-thue'] },
    steps: [
      'Bước 1: Cá nhân hoặc thành viên hộ gia đình nộp hồ sơ đăng ký hộ kinh doanh tại cơ quan đăng ký kinh doanh cấp xã nơi đặt trụ sở hộ kinh doanh hoặc qua Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh.',
      'Bước 2: Cơ quan đăng ký kinh doanh trao giấy biên nhận, kiểm tra tính hợp lệ của hồ sơ, tên hộ kinh doanh và ngành, nghề kinh doanh.',
      'Bước 3: Nếu hồ sơ hợp lệ, cơ quan đăng ký kinh doanh cấp Giấy chứng nhận đăng ký hộ kinh doanh; trường hợp không hợp lệ thì thông báo bằng văn bản nội dung cần sửa đổi, bổ sung.',
      'Bước 4: Thông tin đăng ký hộ kinh doanh được chuyển sang cơ quan thuế để cấp mã số thuế.',
    ],
    methods: [
      direct(3, 'working-day', 'Trong thời hạn 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.', [
        fee(
          100000,
          'Lệ phí đăng ký hộ kinh doanh: 100.000 đồng/lần, theo Nghị quyết của HĐND tỉnh Điện Biên',
        ),
      ]), // amount illustrative
      online(
        3,
        'working-day',
        'Nộp hồ sơ qua Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh hoặc Cổng Dịch vụ công quốc gia.',
        [free('Miễn lệ phí khi đăng ký qua mạng điện tử')],
      ), // amount illustrative
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Giấy đề nghị đăng ký hộ kinh doanh (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'giay-de-nghi-dang-ky-ho-kinh-doanh.docx',
          },
          {
            name: 'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (trường hợp các thành viên hộ gia đình cùng đăng ký)',
            originals: 1,
            copies: 0,
            required: false,
          },
          {
            name: 'Văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh (nếu có)',
            originals: 1,
            copies: 0,
            required: false,
          },
        ],
      },
      { name: 'Giấy tờ phải xuất trình', components: [identityShown] },
    ],
    results: [{ name: 'Giấy chứng nhận đăng ký hộ kinh doanh' }],
    legalBasis: ['59/2020/QH14', '168/2025/NĐ-CP', '85/2019/TT-BTC'],
    onlineServiceLevel: 'full',
    keywords: ['đăng ký hộ kinh doanh', 'giấy chứng nhận đăng ký hộ kinh doanh'],
    synonyms: [
      'mở quán tạp hóa',
      'đăng ký kinh doanh cá thể',
      'xin giấy phép kinh doanh hộ gia đình',
      'dang ky ho kinh doanh',
      'giấy phép kinh doanh',
    ],
  },
  {
    code: '1.001055', // code not verified
    name: 'Thủ tục đăng ký hoạt động tín ngưỡng',
    sector: 'tin-nguong-ton-giao',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    description:
      'Người đại diện hoặc ban quản lý cơ sở tín ngưỡng (đình, đền, miếu, nhà thờ họ…) đăng ký hoạt động tín ngưỡng diễn ra hằng năm với UBND cấp xã nơi có cơ sở tín ngưỡng.',
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Trước ngày 15 tháng 10 hằng năm, người đại diện hoặc ban quản lý cơ sở tín ngưỡng gửi văn bản đăng ký hoạt động tín ngưỡng diễn ra vào năm tiếp theo đến UBND cấp xã.',
      'Bước 2: Công chức Văn hóa – Xã hội kiểm tra nội dung đăng ký (tên cơ sở, hoạt động, quy mô, thời gian, địa điểm).',
      'Bước 3: UBND cấp xã có ý kiến trả lời bằng văn bản; trường hợp từ chối phải nêu rõ lý do.',
    ],
    methods: [
      direct(
        15,
        'day',
        'Trong thời hạn 15 ngày kể từ ngày nhận được văn bản đăng ký hợp lệ.',
        NO_FEE,
      ),
      online(15, 'day', ONLINE_PORTAL, NO_FEE),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Văn bản đăng ký hoạt động tín ngưỡng (nêu tên cơ sở tín ngưỡng, tên hoạt động, quy mô, thành phần tham dự, thời gian, địa điểm, nội dung, hình thức)',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
    ],
    results: [{ name: 'Văn bản chấp thuận hoặc từ chối của UBND cấp xã' }],
    legalBasis: RELIGION,
    onlineServiceLevel: 'partial',
    keywords: ['đăng ký hoạt động tín ngưỡng', 'cơ sở tín ngưỡng'],
    synonyms: [
      'đăng ký lễ cúng ở đền',
      'đăng ký hoạt động đình làng',
      'dang ky hoat dong tin nguong',
    ],
  },
  {
    code: '1.001085', // code not verified
    name: 'Thủ tục đăng ký sinh hoạt tôn giáo tập trung',
    sector: 'tin-nguong-ton-giao',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người đại diện nhóm sinh hoạt tôn giáo tập trung gửi văn bản đăng ký và giấy tờ kèm theo đến UBND cấp xã nơi có địa điểm sinh hoạt tôn giáo tập trung.',
      'Bước 2: UBND cấp xã kiểm tra hồ sơ, điều kiện về địa điểm hợp pháp và người đại diện.',
      'Bước 3: UBND cấp xã có văn bản chấp thuận hoặc từ chối (nêu rõ lý do) việc đăng ký sinh hoạt tôn giáo tập trung.',
    ],
    methods: [direct(20, 'day', 'Trong thời hạn 20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.', NO_FEE)],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Văn bản đăng ký sinh hoạt tôn giáo tập trung (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Bản tóm tắt giáo lý, giáo luật, lễ nghi (đối với nhóm sinh hoạt của tôn giáo chưa được công nhận tổ chức)',
            originals: 1,
            copies: 0,
            required: false,
          },
          {
            name: 'Sơ yếu lý lịch, phiếu lý lịch tư pháp của người đại diện nhóm sinh hoạt tôn giáo tập trung',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Văn bản chấp thuận của người đại diện tổ chức tôn giáo (đối với tín đồ của tổ chức tôn giáo đã được công nhận)',
            originals: 1,
            copies: 0,
            required: false,
          },
          {
            name: 'Giấy tờ chứng minh địa điểm hợp pháp để sinh hoạt tôn giáo tập trung',
            originals: 0,
            copies: 1,
            required: true,
          },
        ],
      },
    ],
    results: [{ name: 'Văn bản chấp thuận đăng ký sinh hoạt tôn giáo tập trung' }],
    legalBasis: RELIGION,
    onlineServiceLevel: 'none',
    keywords: ['sinh hoạt tôn giáo tập trung', 'điểm nhóm tôn giáo'],
    synonyms: [
      'xin lập điểm nhóm đạo Tin Lành',
      'đăng ký điểm nhóm sinh hoạt đạo',
      'sinh hoat ton giao tap trung',
    ],
  },
  {
    code: '1.000843', // code not verified
    name: 'Thủ tục tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã về thành tích thực hiện nhiệm vụ chính trị',
    sector: 'thi-dua-khen-thuong',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Thủ trưởng cơ quan, đơn vị, Trưởng thôn, bản, tổ dân phố lập hồ sơ đề nghị khen thưởng gửi UBND cấp xã (qua công chức Văn phòng – Thống kê hoặc công chức phụ trách thi đua, khen thưởng).',
      'Bước 2: Hội đồng Thi đua – Khen thưởng cấp xã họp xét, thẩm định hồ sơ.',
      'Bước 3: Chủ tịch UBND cấp xã quyết định tặng Giấy khen; thông báo kết quả và tổ chức trao thưởng.',
    ],
    methods: [
      direct(
        20,
        'working-day',
        'Trong thời hạn 20 ngày làm việc kể từ ngày nhận đủ hồ sơ đề nghị.',
        NO_FEE,
      ),
    ], // time not verified
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ trình đề nghị khen thưởng kèm danh sách cá nhân, tập thể được đề nghị',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Báo cáo thành tích của cá nhân, tập thể được đề nghị khen thưởng (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'bao-cao-thanh-tich-de-nghi-khen-thuong.docx',
          },
          { name: 'Biên bản họp xét khen thưởng', originals: 1, copies: 0, required: true },
        ],
      },
    ],
    results: [{ name: 'Quyết định và Giấy khen của Chủ tịch UBND cấp xã' }],
    legalBasis: REWARDS,
    onlineServiceLevel: 'none',
    keywords: ['giấy khen', 'thi đua khen thưởng', 'khen thưởng cấp xã'],
    synonyms: ['xin giấy khen của xã', 'khen thưởng cuối năm', 'giay khen'],
    related: ['1.000748'],
  },
  {
    code: '1.000748', // code not verified
    name: 'Thủ tục tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã về thành tích đột xuất',
    sector: 'thi-dua-khen-thuong',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    description:
      'Khen thưởng kịp thời cá nhân, tập thể, hộ gia đình có hành động dũng cảm cứu người, cứu tài sản, lập thành tích đột xuất trong phòng, chống thiên tai, bảo vệ an ninh trật tự.',
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Cơ quan, đơn vị, thôn, bản, tổ dân phố phát hiện thành tích đột xuất lập hồ sơ đề nghị gửi UBND cấp xã.',
      'Bước 2: Công chức phụ trách thi đua, khen thưởng thẩm định, trình Chủ tịch UBND cấp xã.',
      'Bước 3: Chủ tịch UBND cấp xã quyết định tặng Giấy khen và tổ chức trao thưởng.',
    ],
    methods: [
      direct(
        10,
        'working-day',
        'Trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ đề nghị.',
        NO_FEE,
      ),
    ], // time not verified
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          { name: 'Tờ trình đề nghị khen thưởng', originals: 1, copies: 0, required: true },
          {
            name: 'Bản tóm tắt thành tích đột xuất, có xác nhận của cơ quan, đơn vị hoặc Trưởng thôn, bản',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
    ],
    results: [{ name: 'Quyết định và Giấy khen của Chủ tịch UBND cấp xã' }],
    legalBasis: REWARDS,
    onlineServiceLevel: 'none',
    keywords: ['khen thưởng đột xuất', 'giấy khen'],
    synonyms: ['khen người cứu người đuối nước', 'khen thưởng dũng cảm', 'khen thuong dot xuat'],
    related: ['1.000843'],
  },
  {
    code: '1.013133', // code from secondary source, not fully verified
    name: 'Đăng ký nghĩa vụ quân sự lần đầu',
    sector: 'nghia-vu-quan-su',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    description:
      'Công dân nam đủ 17 tuổi trong năm đăng ký nghĩa vụ quân sự lần đầu tại Ban Chỉ huy quân sự cấp xã nơi cư trú vào tháng 4 hằng năm.',
    agencies: { implementing: ['ban-chqs-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Chủ tịch UBND cấp xã ra lệnh gọi công dân đăng ký nghĩa vụ quân sự lần đầu; Ban Chỉ huy quân sự cấp xã chuyển lệnh cho công dân trước thời hạn đăng ký 15 ngày.',
      'Bước 2: Công dân trực tiếp đến Ban Chỉ huy quân sự cấp xã, xuất trình giấy tờ tùy thân và nộp phiếu tự khai sức khỏe, bản chụp văn bằng, chứng chỉ.',
      'Bước 3: Ban Chỉ huy quân sự cấp xã đối chiếu giấy tờ, hướng dẫn kê khai phiếu đăng ký nghĩa vụ quân sự, cập nhật vào sổ đăng ký công dân sẵn sàng nhập ngũ.',
      'Bước 4: Cấp Giấy chứng nhận đăng ký nghĩa vụ quân sự cho công dân.',
    ],
    methods: [direct(1, 'working-day', 'Giải quyết ngay trong ngày công dân đến đăng ký.', NO_FEE)],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp, xuất trình',
        components: [
          identityShown,
          {
            name: 'Phiếu tự khai sức khỏe nghĩa vụ quân sự',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Bản chụp giấy tờ liên quan đến trình độ học vấn, chuyên môn kỹ thuật',
            originals: 0,
            copies: 1,
            required: false,
          },
        ],
      },
    ],
    results: [{ name: 'Giấy chứng nhận đăng ký nghĩa vụ quân sự' }],
    legalBasis: ['78/2015/QH13', '13/2016/NĐ-CP'],
    onlineServiceLevel: 'none',
    keywords: ['đăng ký nghĩa vụ quân sự', 'nghĩa vụ quân sự lần đầu'],
    synonyms: ['đăng ký đi bộ đội', 'đăng ký quân sự tuổi 17', 'dang ky nghia vu quan su'],
  },
]

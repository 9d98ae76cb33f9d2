/**
 * Văn hóa cơ sở, thư viện, thể dục thể thao – commune level.
 * Only 1.003622 and 1.014310 were found in public copies of the portal data; the other codes
 * are plausible values of the right format, marked "code not verified".
 */
import type { SeedProcedure } from '../types.ts'
import { direct, free, identityShown, online, ONLINE_PORTAL } from './_helpers.ts'

const NO_FEE = [free('Không thu phí, lệ phí')]

export const vanHoa: SeedProcedure[] = [
  {
    code: '1.003622',
    name: 'Thông báo tổ chức lễ hội cấp xã',
    sector: 'van-hoa',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    description:
      'Ban tổ chức lễ hội truyền thống, lễ hội văn hóa do cộng đồng dân cư tổ chức trên địa bàn xã thông báo cho UBND cấp xã trước khi tổ chức (ví dụ: lễ hội Xên bản, Xên mường, hội xuân của đồng bào dân tộc Thái, Mông).',
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Chậm nhất 15 ngày làm việc trước ngày tổ chức lễ hội, ban tổ chức gửi văn bản thông báo tổ chức lễ hội đến UBND cấp xã (trực tiếp, qua bưu chính hoặc trực tuyến).',
      'Bước 2: Công chức Văn hóa – Xã hội tiếp nhận, kiểm tra nội dung thông báo (thời gian, địa điểm, nội dung, hình thức tổ chức, phương án bảo đảm an ninh trật tự).',
      'Bước 3: Trường hợp không đồng ý, UBND cấp xã trả lời bằng văn bản và nêu rõ lý do; trường hợp không có ý kiến thì ban tổ chức được tổ chức lễ hội theo nội dung đã thông báo.',
    ],
    methods: [
      direct(
        5,
        'working-day',
        'Trong thời hạn 05 ngày làm việc kể từ ngày nhận được thông báo, UBND cấp xã có ý kiến trả lời bằng văn bản nếu không đồng ý.',
        NO_FEE,
      ),
      online(5, 'working-day', ONLINE_PORTAL, NO_FEE),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Văn bản thông báo tổ chức lễ hội (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'van-ban-thong-bao-to-chuc-le-hoi.docx',
          },
        ],
      },
    ],
    results: [{ name: 'Văn bản trả lời của UBND cấp xã (trường hợp không đồng ý)' }],
    legalBasis: ['110/2018/NĐ-CP'],
    onlineServiceLevel: 'full',
    keywords: ['thông báo tổ chức lễ hội', 'lễ hội cấp xã'],
    synonyms: [
      'xin phép tổ chức lễ hội ở bản',
      'tổ chức hội xuân',
      'xin tổ chức lễ hội truyền thống',
      'to chuc le hoi',
    ],
  },
  {
    code: '1.000954', // code not verified
    name: 'Thủ tục xét tặng danh hiệu "Gia đình văn hóa"',
    sector: 'van-hoa',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    description:
      'Xét tặng danh hiệu "Gia đình văn hóa" hằng năm theo khung tiêu chuẩn tại Nghị định 86/2023/NĐ-CP.',
    agencies: {
      implementing: ['ubnd-xa'],
      competent: ['chu-tich-ubnd-xa'],
      coordinating: ['ubmttq-xa'],
    },
    steps: [
      'Bước 1: Hộ gia đình đăng ký phấn đấu với Trưởng thôn, bản, tổ dân phố; cuối năm Trưởng thôn tổ chức họp bình xét công khai.',
      'Bước 2: Trưởng thôn, bản, tổ dân phố lập hồ sơ đề nghị gửi UBND cấp xã.',
      'Bước 3: Công chức Văn hóa – Xã hội thẩm định hồ sơ, trình Chủ tịch UBND cấp xã.',
      'Bước 4: Chủ tịch UBND cấp xã ban hành quyết định và cấp Giấy công nhận danh hiệu "Gia đình văn hóa"; công bố tại thôn, bản, tổ dân phố.',
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
        name: 'Giấy tờ phải nộp (do Trưởng thôn, bản, tổ dân phố lập)',
        components: [
          {
            name: 'Văn bản đề nghị xét tặng danh hiệu "Gia đình văn hóa" kèm danh sách hộ gia đình',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Biên bản họp bình xét tại thôn, bản, tổ dân phố',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
    ],
    results: [{ name: 'Quyết định và Giấy công nhận danh hiệu "Gia đình văn hóa"' }],
    legalBasis: ['86/2023/NĐ-CP'],
    onlineServiceLevel: 'none',
    keywords: ['gia đình văn hóa', 'xét tặng danh hiệu'],
    synonyms: [
      'công nhận gia đình văn hóa',
      'giấy khen gia đình văn hóa',
      'bình xét gia đình văn hóa',
      'gia dinh van hoa',
    ],
    related: ['1.000933'],
  },
  {
    code: '1.000933', // code not verified
    name: 'Thủ tục xét tặng danh hiệu "Thôn, Tổ dân phố văn hóa"',
    sector: 'van-hoa',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['organisation'],
    description:
      'Xét tặng danh hiệu "Thôn, Tổ dân phố văn hóa" (bao gồm bản, tổ dân phố) theo Nghị định 86/2023/NĐ-CP.',
    agencies: {
      implementing: ['ubnd-xa'],
      competent: ['chu-tich-ubnd-xa'],
      coordinating: ['ubmttq-xa'],
    },
    steps: [
      'Bước 1: Trưởng thôn, bản, tổ dân phố phối hợp Ban công tác Mặt trận tổ chức họp đánh giá kết quả thực hiện tiêu chuẩn.',
      'Bước 2: Trưởng thôn, bản, tổ dân phố lập hồ sơ đề nghị gửi UBND cấp xã.',
      'Bước 3: Công chức Văn hóa – Xã hội thẩm định, tổng hợp, trình Chủ tịch UBND cấp xã.',
      'Bước 4: Chủ tịch UBND cấp xã quyết định tặng danh hiệu và Giấy công nhận; công bố tại hội nghị của thôn, bản, tổ dân phố.',
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
          {
            name: 'Văn bản đề nghị xét tặng danh hiệu "Thôn, Tổ dân phố văn hóa"',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Báo cáo thành tích xây dựng thôn, tổ dân phố văn hóa có xác nhận của Ban công tác Mặt trận',
            originals: 1,
            copies: 0,
            required: true,
          },
          { name: 'Biên bản họp đánh giá, bình xét', originals: 1, copies: 0, required: true },
        ],
      },
    ],
    results: [{ name: 'Quyết định và Giấy công nhận danh hiệu "Thôn, Tổ dân phố văn hóa"' }],
    legalBasis: ['86/2023/NĐ-CP'],
    onlineServiceLevel: 'none',
    keywords: ['thôn văn hóa', 'tổ dân phố văn hóa', 'bản văn hóa'],
    synonyms: [
      'công nhận bản văn hóa',
      'công nhận tổ dân phố văn hóa',
      'khu dân cư văn hóa',
      'ban van hoa',
    ],
    related: ['1.000954'],
  },
  {
    code: '2.001812', // code not verified
    name: 'Thông báo thành lập thư viện đối với thư viện cộng đồng',
    sector: 'thu-vien',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    description:
      'Cá nhân, tổ chức thành lập thư viện cộng đồng (tủ sách, thư viện tại nhà văn hóa thôn, bản) thông báo cho UBND cấp xã nơi đặt trụ sở thư viện.',
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Cá nhân, tổ chức thành lập thư viện cộng đồng gửi văn bản thông báo thành lập đến UBND cấp xã (trực tiếp, qua bưu chính hoặc trực tuyến).',
      'Bước 2: Công chức Văn hóa – Xã hội kiểm tra các điều kiện về tài nguyên thông tin, không gian, người quản lý thư viện.',
      'Bước 3: UBND cấp xã cập nhật thông tin thư viện vào danh sách quản lý; trường hợp không đủ điều kiện thì thông báo bằng văn bản nêu rõ lý do.',
    ],
    methods: [
      direct(
        5,
        'working-day',
        'Trong thời hạn 05 ngày làm việc kể từ ngày nhận được thông báo.',
        NO_FEE,
      ), // time not verified
      online(5, 'working-day', ONLINE_PORTAL, NO_FEE), // time not verified
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Văn bản thông báo thành lập thư viện cộng đồng (nêu tên, địa chỉ, người phụ trách, số lượng tài nguyên thông tin)',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
    ],
    results: [{ name: 'Thư viện cộng đồng được cập nhật vào danh sách quản lý của UBND cấp xã' }],
    legalBasis: ['46/2019/QH14', '93/2020/NĐ-CP'],
    onlineServiceLevel: 'full',
    keywords: ['thư viện cộng đồng', 'thông báo thành lập thư viện'],
    synonyms: ['mở tủ sách ở bản', 'lập thư viện tại nhà văn hóa', 'thu vien cong dong'],
  },
  {
    code: '1.001120', // code not verified
    name: 'Công nhận câu lạc bộ thể thao cơ sở',
    sector: 'the-duc-the-thao',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Ban vận động thành lập câu lạc bộ nộp hồ sơ đề nghị công nhận tại UBND cấp xã.',
      'Bước 2: Công chức Văn hóa – Xã hội kiểm tra hồ sơ, điều kiện về người hướng dẫn chuyên môn, cơ sở vật chất, nguồn tài chính.',
      'Bước 3: Chủ tịch UBND cấp xã ra quyết định công nhận câu lạc bộ thể thao cơ sở; trường hợp không công nhận thì trả lời bằng văn bản.',
    ],
    methods: [
      direct(
        7,
        'working-day',
        'Trong thời hạn 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
        NO_FEE,
      ),
    ], // time not verified
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Đơn đề nghị công nhận câu lạc bộ thể thao cơ sở',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Danh sách người đăng ký tham gia câu lạc bộ; danh sách Ban chủ nhiệm',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Dự thảo quy chế hoạt động của câu lạc bộ',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
    ],
    results: [{ name: 'Quyết định công nhận câu lạc bộ thể thao cơ sở' }],
    legalBasis: ['77/2006/QH11', '18/2011/TT-BVHTTDL'],
    onlineServiceLevel: 'none',
    keywords: ['câu lạc bộ thể thao cơ sở', 'thể dục thể thao'],
    synonyms: ['thành lập câu lạc bộ bóng chuyền', 'lập đội bóng của bản', 'clb the thao'],
  },
  {
    code: '1.014310',
    name: 'Thủ tục hưởng trợ cấp sinh hoạt hàng tháng đối với Nghệ nhân nhân dân, Nghệ nhân ưu tú',
    sector: 'van-hoa',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    description:
      'Nghệ nhân nhân dân, Nghệ nhân ưu tú trong lĩnh vực di sản văn hóa phi vật thể có thu nhập thấp, hoàn cảnh khó khăn đề nghị hưởng trợ cấp sinh hoạt hằng tháng tại UBND cấp xã nơi cư trú.',
    agencies: {
      implementing: ['ubnd-xa'],
      competent: ['chu-tich-ubnd-xa'],
      coordinating: ['so-vhttdl'],
    },
    steps: [
      'Bước 1: Nghệ nhân hoặc người đại diện nộp đơn đề nghị hưởng trợ cấp sinh hoạt hằng tháng tại UBND cấp xã nơi cư trú.',
      'Bước 2: Công chức Văn hóa – Xã hội kiểm tra hồ sơ, xác minh thu nhập và hoàn cảnh của nghệ nhân.',
      'Bước 3: Chủ tịch UBND cấp xã quyết định hưởng trợ cấp sinh hoạt hằng tháng và tổ chức chi trả.',
    ],
    methods: [
      direct(
        10,
        'working-day',
        'Trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
        NO_FEE,
      ),
    ], // time not verified
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Đơn đề nghị hưởng trợ cấp sinh hoạt hằng tháng (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Bản sao quyết định phong tặng danh hiệu Nghệ nhân nhân dân, Nghệ nhân ưu tú',
            originals: 0,
            copies: 1,
            required: true,
          },
        ],
      },
      { name: 'Giấy tờ phải xuất trình', components: [identityShown] },
    ],
    results: [{ name: 'Quyết định hưởng trợ cấp sinh hoạt hằng tháng' }],
    legalBasis: ['45/2024/QH15', '109/2015/NĐ-CP'],
    onlineServiceLevel: 'none',
    keywords: [
      'trợ cấp nghệ nhân',
      'nghệ nhân ưu tú',
      'nghệ nhân nhân dân',
      'di sản văn hóa phi vật thể',
    ],
    synonyms: ['tiền trợ cấp cho nghệ nhân', 'nghệ nhân hát then được hỗ trợ', 'tro cap nghe nhan'],
  },
]

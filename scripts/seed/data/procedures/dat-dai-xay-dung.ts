/**
 * Đất đai – xây dựng. Land procedures follow Luật Đất đai 2024 and its decrees; since
 * 2025-07-01 (Nghị định 151/2025/NĐ-CP) the commune chairman registers land and issues
 * certificates to households and individuals, with the land registration office branch as
 * coordinating agency. Before that date the commune desk was a receiving point only.
 * Land fees are set by the provincial People's Council: amounts are illustrative.
 */
import type { SeedProcedure } from '../types.ts'
import {
  direct,
  fee,
  free,
  identityShown,
  online,
  ONLINE_PORTAL,
  postal,
  proxyLetter,
} from './_helpers.ts'

const LAND = [
  '31/2024/QH15',
  '101/2024/NĐ-CP',
  '102/2024/NĐ-CP',
  '151/2025/NĐ-CP',
  '85/2019/TT-BTC',
]
const LOCAL_FEE = 'theo Nghị quyết của HĐND tỉnh Điện Biên'
const MOUNTAIN =
  'Thời gian được tăng thêm 10 ngày làm việc đối với các xã miền núi, vùng có điều kiện kinh tế – xã hội đặc biệt khó khăn; không tính thời gian thực hiện nghĩa vụ tài chính và thời gian trích đo địa chính.'

const certificate = {
  name: 'Bản gốc Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất đã cấp',
  originals: 1,
  copies: 0,
  required: true,
}
const changeForm = {
  name: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (theo mẫu)',
  originals: 1,
  copies: 0,
  required: true,
  form: 'don-dang-ky-bien-dong-dat-dai.docx',
}

export const datDaiXayDung: SeedProcedure[] = [
  {
    code: '1.012812',
    name: 'Hòa giải tranh chấp đất đai',
    sector: 'dat-dai',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    description:
      'Hòa giải tranh chấp đất đai tại UBND cấp xã nơi có đất tranh chấp; là thủ tục bắt buộc trước khi đề nghị giải quyết tranh chấp hoặc khởi kiện tại Tòa án đối với tranh chấp ai là người có quyền sử dụng đất.',
    agencies: {
      implementing: ['ubnd-xa'],
      competent: ['chu-tich-ubnd-xa'],
      coordinating: ['ubmttq-xa'],
    },
    steps: [
      'Bước 1: Người có đơn nộp đơn yêu cầu hòa giải tranh chấp đất đai tại UBND cấp xã nơi có đất tranh chấp.',
      'Bước 2: UBND cấp xã thẩm tra, xác minh nguyên nhân phát sinh tranh chấp, thu thập giấy tờ, tài liệu có liên quan do các bên cung cấp về nguồn gốc, quá trình sử dụng đất và hiện trạng sử dụng đất.',
      'Bước 3: Chủ tịch UBND cấp xã quyết định thành lập Hội đồng hòa giải tranh chấp đất đai (gồm đại diện UBND cấp xã, Ủy ban Mặt trận Tổ quốc cấp xã, công chức địa chính, trưởng thôn, bản, người có uy tín…).',
      'Bước 4: Tổ chức cuộc họp hòa giải có sự tham gia của các bên tranh chấp và người có quyền, nghĩa vụ liên quan; lập biên bản hòa giải thành hoặc hòa giải không thành, gửi cho các bên và lưu hồ sơ.',
    ],
    methods: [
      direct(
        30,
        'day',
        'Không quá 30 ngày kể từ ngày UBND cấp xã nhận được đơn yêu cầu hòa giải (Luật Đất đai năm 2024; theo Luật Đất đai năm 2013 là không quá 45 ngày).',
        [free('Không thu phí, lệ phí')],
      ),
      online(30, 'day', `${ONLINE_PORTAL} Các bên phải có mặt tại cuộc họp hòa giải.`, [
        free('Không thu phí, lệ phí'),
      ]),
      postal(30, 'day', 'Gửi đơn qua dịch vụ bưu chính công ích đến UBND cấp xã nơi có đất.', [
        free('Không thu phí, lệ phí'),
      ]),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Đơn yêu cầu hòa giải tranh chấp đất đai',
            originals: 1,
            copies: 0,
            required: true,
            form: 'don-yeu-cau-hoa-giai-tranh-chap-dat-dai.docx',
          },
          {
            name: 'Giấy tờ, tài liệu có liên quan đến nguồn gốc, quá trình sử dụng đất (nếu có)',
            originals: 0,
            copies: 1,
            required: false,
          },
        ],
      },
    ],
    results: [{ name: 'Biên bản hòa giải thành hoặc biên bản hòa giải không thành' }],
    requirements:
      'Trường hợp hòa giải thành mà có thay đổi hiện trạng về ranh giới, người sử dụng đất thì UBND cấp xã gửi biên bản hòa giải đến cơ quan có thẩm quyền để giải quyết theo quy định.',
    legalBasis: ['31/2024/QH15', '102/2024/NĐ-CP', '151/2025/NĐ-CP'],
    onlineServiceLevel: 'partial',
    keywords: ['hòa giải tranh chấp đất đai', 'tranh chấp đất đai', 'hòa giải'],
    synonyms: [
      'tranh chấp ranh giới đất với hàng xóm',
      'lấn chiếm đất',
      'kiện đất',
      'hoa giai tranh chap dat',
      'tranh chap dat dai',
    ],
    related: ['1.013967'],
  },
  {
    code: '1.013967',
    name: 'Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân cấp xã',
    sector: 'dat-dai',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    description:
      'Áp dụng từ ngày 01/7/2025 đối với tranh chấp đất đai đã hòa giải tại UBND cấp xã không thành mà các bên lựa chọn giải quyết tại cơ quan hành chính (trước đây thuộc thẩm quyền của Chủ tịch UBND cấp huyện).',
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người có đơn nộp đơn đề nghị giải quyết tranh chấp kèm biên bản hòa giải không thành tại UBND cấp xã nơi có đất.',
      'Bước 2: Chủ tịch UBND cấp xã giao cơ quan chuyên môn thẩm tra, xác minh, tổ chức đối thoại với các bên tranh chấp.',
      'Bước 3: Cơ quan chuyên môn lập hồ sơ, dự thảo quyết định giải quyết tranh chấp trình Chủ tịch UBND cấp xã.',
      'Bước 4: Chủ tịch UBND cấp xã ban hành quyết định giải quyết tranh chấp, gửi các bên và công bố công khai tại trụ sở UBND cấp xã.',
    ],
    methods: [
      direct(
        45,
        'day',
        'Không quá 45 ngày kể từ ngày thụ lý đơn; đối với các xã miền núi, vùng có điều kiện kinh tế – xã hội đặc biệt khó khăn không quá 60 ngày.',
        [free('Không thu phí, lệ phí')],
      ),
    ], // time not verified
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Đơn đề nghị giải quyết tranh chấp đất đai',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Biên bản hòa giải không thành tại UBND cấp xã',
            originals: 0,
            copies: 1,
            required: true,
          },
          {
            name: 'Giấy tờ, tài liệu, chứng cứ có liên quan',
            originals: 0,
            copies: 1,
            required: false,
          },
        ],
      },
    ],
    results: [{ name: 'Quyết định giải quyết tranh chấp đất đai của Chủ tịch UBND cấp xã' }],
    legalBasis: ['31/2024/QH15', '102/2024/NĐ-CP', '151/2025/NĐ-CP'],
    onlineServiceLevel: 'none',
    keywords: ['giải quyết tranh chấp đất đai', 'tranh chấp đất đai'],
    synonyms: [
      'hòa giải không thành thì làm gì',
      'xin xã giải quyết tranh chấp đất',
      'giai quyet tranh chap dat',
    ],
    related: ['1.012812'],
  },
  {
    code: '1.013978',
    name: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân, cộng đồng dân cư, người gốc Việt Nam định cư ở nước ngoài',
    sector: 'dat-dai',
    levels: ['commune', 'province'],
    formalityType: 'standard',
    subjects: ['citizen', 'overseas-vietnamese'],
    agencies: {
      implementing: ['ubnd-xa'],
      competent: ['chu-tich-ubnd-xa'],
      coordinating: ['cn-vpdk-dat-dai', 'co-quan-thue'],
    },
    steps: [
      'Bước 1: Người sử dụng đất nộp hồ sơ tại Bộ phận Một cửa UBND cấp xã nơi có đất hoặc nộp trực tuyến.',
      'Bước 2: UBND cấp xã xác nhận hiện trạng sử dụng đất, nguồn gốc và thời điểm sử dụng đất, tình trạng tranh chấp, sự phù hợp với quy hoạch; niêm yết công khai kết quả kiểm tra tại trụ sở UBND cấp xã và khu dân cư nơi có đất trong thời hạn 15 ngày.',
      'Bước 3: Chi nhánh Văn phòng đăng ký đất đai trích lục hoặc trích đo bản đồ địa chính, cập nhật hồ sơ địa chính, gửi thông tin đến cơ quan thuế để xác định nghĩa vụ tài chính.',
      'Bước 4: Người sử dụng đất thực hiện nghĩa vụ tài chính theo thông báo của cơ quan thuế; Chủ tịch UBND cấp xã ký cấp Giấy chứng nhận.',
      'Bước 5: Người sử dụng đất nhận Giấy chứng nhận tại Bộ phận Một cửa UBND cấp xã.',
    ],
    methods: [
      direct(
        20,
        'working-day',
        `Không quá 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ. ${MOUNTAIN}`,
        [
          fee(
            25000,
            `Lệ phí cấp Giấy chứng nhận cho hộ gia đình, cá nhân: 25.000 đồng/giấy, ${LOCAL_FEE}`,
          ), // amount illustrative
          fee(100000, `Phí thẩm định hồ sơ cấp Giấy chứng nhận: 100.000 đồng/hồ sơ, ${LOCAL_FEE}`), // amount illustrative
        ],
      ),
      online(
        20,
        'working-day',
        `${ONLINE_PORTAL} Bản gốc giấy tờ được nộp khi nhận Giấy chứng nhận.`,
        [
          fee(12500, 'Lệ phí cấp Giấy chứng nhận khi nộp trực tuyến: giảm 50%'), // amount illustrative
          fee(50000, 'Phí thẩm định hồ sơ khi nộp trực tuyến: giảm 50%'), // amount illustrative
        ],
      ),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Đơn đăng ký đất đai, tài sản gắn liền với đất (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'don-dang-ky-dat-dai-lan-dau.docx',
          },
          {
            name: 'Một trong các loại giấy tờ về quyền sử dụng đất quy định tại Điều 137 Luật Đất đai (nếu có)',
            originals: 0,
            copies: 1,
            required: false,
          },
          {
            name: 'Mảnh trích đo bản đồ địa chính thửa đất (nếu có)',
            originals: 1,
            copies: 0,
            required: false,
          },
          {
            name: 'Chứng từ thực hiện nghĩa vụ tài chính; giấy tờ liên quan đến việc miễn, giảm nghĩa vụ tài chính (nếu có)',
            originals: 0,
            copies: 1,
            required: false,
          },
          proxyLetter,
        ],
      },
      { name: 'Giấy tờ phải xuất trình', components: [identityShown] },
    ],
    results: [{ name: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất' }],
    legalBasis: LAND,
    onlineServiceLevel: 'partial',
    keywords: [
      'cấp giấy chứng nhận lần đầu',
      'đăng ký đất đai lần đầu',
      'giấy chứng nhận quyền sử dụng đất',
    ],
    synonyms: [
      'làm sổ đỏ lần đầu',
      'xin cấp sổ đỏ',
      'làm bìa đỏ',
      'sổ hồng',
      'lam so do',
      'cap so do lan dau',
    ],
    related: ['1.013831', '1.012783', '1.012786'],
  },
  {
    code: '1.013831',
    name: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi quyền sử dụng đất nông nghiệp mà không theo phương án dồn điền, đổi thửa; chuyển nhượng, thừa kế, tặng cho quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    sector: 'dat-dai',
    levels: ['commune', 'province'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    description:
      'Đăng ký sang tên khi mua bán (chuyển nhượng), thừa kế, tặng cho quyền sử dụng đất; hộ gia đình, cá nhân nộp hồ sơ tại Bộ phận Một cửa cấp xã, Chi nhánh Văn phòng đăng ký đất đai thực hiện đăng ký và cấp Giấy chứng nhận.',
    agencies: {
      implementing: ['cn-vpdk-dat-dai'],
      competent: ['vpdk-dat-dai'],
      coordinating: ['ubnd-xa', 'co-quan-thue'],
    },
    steps: [
      'Bước 1: Người sử dụng đất nộp hồ sơ tại Bộ phận Một cửa UBND cấp xã nơi có đất hoặc nộp trực tuyến; người tiếp nhận kiểm tra, cấp phiếu hẹn và chuyển hồ sơ đến Chi nhánh Văn phòng đăng ký đất đai.',
      'Bước 2: Chi nhánh Văn phòng đăng ký đất đai kiểm tra điều kiện chuyển quyền, gửi thông tin đến cơ quan thuế để xác định nghĩa vụ tài chính (thuế thu nhập cá nhân, lệ phí trước bạ).',
      'Bước 3: Người sử dụng đất nộp nghĩa vụ tài chính theo thông báo của cơ quan thuế và nộp chứng từ.',
      'Bước 4: Chi nhánh Văn phòng đăng ký đất đai xác nhận nội dung biến động vào Giấy chứng nhận đã cấp hoặc cấp Giấy chứng nhận mới, cập nhật hồ sơ địa chính và cơ sở dữ liệu đất đai.',
      'Bước 5: Người sử dụng đất nhận kết quả tại Bộ phận Một cửa UBND cấp xã nơi đã nộp hồ sơ.',
    ],
    methods: [
      direct(
        10,
        'working-day',
        `Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ. ${MOUNTAIN}`,
        [
          // time not verified
          fee(
            25000,
            `Lệ phí cấp Giấy chứng nhận (trường hợp cấp mới Giấy chứng nhận): 25.000 đồng/giấy, ${LOCAL_FEE}`,
          ), // amount illustrative
          fee(100000, `Phí thẩm định hồ sơ đăng ký biến động: 100.000 đồng/hồ sơ, ${LOCAL_FEE}`), // amount illustrative
        ],
      ),
      online(10, 'working-day', `${ONLINE_PORTAL} Nộp bản gốc Giấy chứng nhận khi nhận kết quả.`, [
        // time not verified
        fee(12500, 'Lệ phí cấp Giấy chứng nhận khi nộp trực tuyến: giảm 50%'), // amount illustrative
        fee(50000, 'Phí thẩm định hồ sơ khi nộp trực tuyến: giảm 50%'), // amount illustrative
      ]),
    ],
    dossierCases: [
      {
        name: 'Chuyển nhượng, tặng cho quyền sử dụng đất',
        components: [
          changeForm,
          {
            name: 'Hợp đồng, văn bản về chuyển nhượng, tặng cho quyền sử dụng đất đã được công chứng hoặc chứng thực',
            originals: 1,
            copies: 0,
            required: true,
          },
          certificate,
          {
            name: 'Tờ khai thuế thu nhập cá nhân; tờ khai lệ phí trước bạ',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
      {
        name: 'Thừa kế quyền sử dụng đất',
        components: [
          changeForm,
          {
            name: 'Văn bản thỏa thuận phân chia di sản thừa kế hoặc văn bản khai nhận di sản đã được công chứng, chứng thực; bản án, quyết định của Tòa án (nếu có)',
            originals: 1,
            copies: 0,
            required: true,
          },
          certificate,
        ],
      },
    ],
    results: [{ name: 'Giấy chứng nhận đã xác nhận nội dung biến động hoặc Giấy chứng nhận mới' }],
    requirements:
      'Có Giấy chứng nhận; đất không có tranh chấp hoặc tranh chấp đã được giải quyết; quyền sử dụng đất không bị kê biên để bảo đảm thi hành án; trong thời hạn sử dụng đất. Lệ phí trước bạ (0,5% giá trị quyền sử dụng đất) và thuế thu nhập cá nhân nộp theo thông báo của cơ quan thuế.',
    legalBasis: LAND,
    onlineServiceLevel: 'partial',
    keywords: [
      'đăng ký biến động',
      'chuyển nhượng quyền sử dụng đất',
      'thừa kế quyền sử dụng đất',
      'tặng cho quyền sử dụng đất',
    ],
    synonyms: [
      'sang tên sổ đỏ',
      'mua bán đất',
      'sang tên đất',
      'tách sổ đỏ cho con',
      'sang ten so do',
      'mua ban dat',
      'chuyển nhượng đất',
    ],
    related: ['2.001035', '2.001406', '1.013978', '1.012783'],
  },
  {
    code: '1.012783',
    name: 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    sector: 'dat-dai',
    levels: ['commune', 'province'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    agencies: {
      implementing: ['cn-vpdk-dat-dai'],
      competent: ['vpdk-dat-dai'],
      coordinating: ['ubnd-xa'],
    },
    steps: [
      'Bước 1: Người sử dụng đất nộp hồ sơ tại Bộ phận Một cửa UBND cấp xã hoặc nộp trực tuyến.',
      'Bước 2: Chi nhánh Văn phòng đăng ký đất đai kiểm tra hồ sơ, trích lục hoặc trích đo bản đồ địa chính (nếu cấp đổi do đo đạc lại).',
      'Bước 3: Chi nhánh Văn phòng đăng ký đất đai in Giấy chứng nhận mới, cập nhật hồ sơ địa chính và cơ sở dữ liệu đất đai.',
      'Bước 4: Người sử dụng đất nộp lại Giấy chứng nhận cũ và nhận Giấy chứng nhận mới tại nơi đã nộp hồ sơ.',
    ],
    methods: [
      direct(
        7,
        'working-day',
        `Không quá 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ. ${MOUNTAIN}`,
        [fee(20000, `Lệ phí cấp đổi Giấy chứng nhận: 20.000 đồng/giấy, ${LOCAL_FEE}`)],
      ), // amount illustrative
      online(7, 'working-day', ONLINE_PORTAL, [fee(10000, 'Giảm 50% khi nộp trực tuyến')]), // amount illustrative
    ],
    dossierCases: [{ name: 'Giấy tờ phải nộp', components: [changeForm, certificate] }],
    results: [
      {
        name: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (cấp đổi)',
      },
    ],
    legalBasis: LAND,
    onlineServiceLevel: 'partial',
    keywords: ['cấp đổi giấy chứng nhận', 'giấy chứng nhận quyền sử dụng đất'],
    synonyms: ['đổi sổ đỏ cũ', 'sổ đỏ bị rách', 'đổi bìa đỏ sang mẫu mới', 'cap doi so do'],
    related: ['1.012786', '1.012790'],
  },
  {
    code: '1.012786',
    name: 'Cấp lại Giấy chứng nhận do bị mất',
    sector: 'dat-dai',
    levels: ['commune', 'province'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    agencies: {
      implementing: ['cn-vpdk-dat-dai'],
      competent: ['vpdk-dat-dai'],
      coordinating: ['ubnd-xa'],
    },
    steps: [
      'Bước 1: Người sử dụng đất khai báo việc mất Giấy chứng nhận với UBND cấp xã nơi có đất; UBND cấp xã niêm yết thông báo mất Giấy chứng nhận tại trụ sở trong thời hạn 15 ngày (trừ trường hợp mất do thiên tai, hỏa hoạn).',
      'Bước 2: Người sử dụng đất nộp hồ sơ đề nghị cấp lại tại Bộ phận Một cửa UBND cấp xã hoặc nộp trực tuyến.',
      'Bước 3: Chi nhánh Văn phòng đăng ký đất đai kiểm tra hồ sơ, trích lục bản đồ địa chính, lập hồ sơ hủy Giấy chứng nhận bị mất và cấp lại Giấy chứng nhận.',
      'Bước 4: Người sử dụng đất nhận Giấy chứng nhận cấp lại tại nơi đã nộp hồ sơ.',
    ],
    methods: [
      direct(
        10,
        'working-day',
        `Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (không tính thời gian niêm yết 15 ngày). ${MOUNTAIN}`,
        [fee(20000, `Lệ phí cấp lại Giấy chứng nhận: 20.000 đồng/giấy, ${LOCAL_FEE}`)],
      ), // amount illustrative
      online(10, 'working-day', ONLINE_PORTAL, [fee(10000, 'Giảm 50% khi nộp trực tuyến')]), // amount illustrative
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          changeForm,
          {
            name: 'Giấy xác nhận của UBND cấp xã về việc đã niêm yết thông báo mất Giấy chứng nhận; hoặc giấy xác nhận của UBND cấp xã về việc thiên tai, hỏa hoạn',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
    ],
    results: [
      {
        name: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (cấp lại)',
      },
    ],
    legalBasis: LAND,
    onlineServiceLevel: 'partial',
    keywords: ['cấp lại giấy chứng nhận', 'mất giấy chứng nhận'],
    synonyms: ['mất sổ đỏ', 'làm lại sổ đỏ bị mất', 'mat so do', 'cap lai so do'],
    related: ['1.012783'],
  },
  {
    code: '1.012790',
    name: 'Đính chính Giấy chứng nhận đã cấp',
    sector: 'dat-dai',
    levels: ['commune', 'province'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    agencies: {
      implementing: ['cn-vpdk-dat-dai'],
      competent: ['vpdk-dat-dai'],
      coordinating: ['ubnd-xa'],
    },
    steps: [
      'Bước 1: Người sử dụng đất phát hiện sai sót trên Giấy chứng nhận nộp hồ sơ đề nghị đính chính tại Bộ phận Một cửa UBND cấp xã hoặc nộp trực tuyến.',
      'Bước 2: Chi nhánh Văn phòng đăng ký đất đai kiểm tra, xác định nội dung sai sót, lập biên bản kết luận về nội dung và nguyên nhân sai sót.',
      'Bước 3: Chi nhánh Văn phòng đăng ký đất đai đính chính vào Giấy chứng nhận đã cấp hoặc cấp Giấy chứng nhận mới (nếu người sử dụng đất có yêu cầu).',
    ],
    methods: [
      direct(
        10,
        'working-day',
        `Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ. ${MOUNTAIN}`,
        [
          free(
            'Không thu lệ phí đối với trường hợp đính chính do lỗi của cơ quan cấp Giấy chứng nhận',
          ),
        ],
      ), // time not verified
      online(10, 'working-day', ONLINE_PORTAL, [
        free(
          'Không thu lệ phí đối với trường hợp đính chính do lỗi của cơ quan cấp Giấy chứng nhận',
        ),
      ]), // time not verified
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          changeForm,
          certificate,
          {
            name: 'Giấy tờ chứng minh nội dung sai sót (giấy tờ nhân thân, quyết định, giấy tờ về quyền sử dụng đất…)',
            originals: 0,
            copies: 1,
            required: true,
          },
        ],
      },
    ],
    results: [{ name: 'Giấy chứng nhận đã được đính chính hoặc Giấy chứng nhận mới' }],
    legalBasis: LAND,
    onlineServiceLevel: 'partial',
    keywords: ['đính chính giấy chứng nhận', 'sai sót giấy chứng nhận'],
    synonyms: ['sổ đỏ ghi sai tên', 'sửa sổ đỏ bị sai', 'sua so do', 'dinh chinh so do'],
    related: ['1.012783'],
  },
  {
    code: '1.013992',
    name: 'Đăng ký biến động chuyển mục đích sử dụng đất không phải xin phép cơ quan nhà nước có thẩm quyền',
    sector: 'dat-dai',
    levels: ['commune', 'province'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    agencies: {
      implementing: ['cn-vpdk-dat-dai'],
      competent: ['vpdk-dat-dai'],
      coordinating: ['ubnd-xa'],
    },
    steps: [
      'Bước 1: Người sử dụng đất nộp hồ sơ đăng ký biến động tại Bộ phận Một cửa UBND cấp xã hoặc nộp trực tuyến.',
      'Bước 2: Chi nhánh Văn phòng đăng ký đất đai kiểm tra trường hợp chuyển mục đích không phải xin phép (ví dụ chuyển đất trồng cây hằng năm sang đất trồng cây lâu năm).',
      'Bước 3: Chi nhánh Văn phòng đăng ký đất đai xác nhận nội dung biến động vào Giấy chứng nhận, cập nhật hồ sơ địa chính và trả kết quả qua nơi nộp hồ sơ.',
    ],
    methods: [
      direct(
        10,
        'working-day',
        `Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ. ${MOUNTAIN}`,
        [fee(50000, `Phí thẩm định hồ sơ: 50.000 đồng/hồ sơ, ${LOCAL_FEE}`)],
      ), // amount illustrative; time not verified
      online(10, 'working-day', ONLINE_PORTAL, [fee(25000, 'Giảm 50% khi nộp trực tuyến')]), // amount illustrative; time not verified
    ],
    dossierCases: [{ name: 'Giấy tờ phải nộp', components: [changeForm, certificate] }],
    results: [{ name: 'Giấy chứng nhận đã xác nhận nội dung biến động' }],
    legalBasis: LAND,
    onlineServiceLevel: 'partial',
    keywords: ['chuyển mục đích sử dụng đất không phải xin phép', 'đăng ký biến động'],
    synonyms: [
      // not rice land: turned to another farming use it needs permission (Luật Đất đai 2024,
      // art. 121); on it the commune registers a change of crops instead
      'chuyển đất trồng cây hằng năm sang cây lâu năm',
      'đổi mục đích đất vườn',
      'chuyen muc dich su dung dat',
    ],
    related: ['1.013831'],
  },
  {
    code: '1.011441',
    name: 'Đăng ký biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với đất',
    sector: 'dat-dai',
    levels: ['commune', 'province'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation', 'enterprise'],
    agencies: {
      implementing: ['cn-vpdk-dat-dai'],
      competent: ['vpdk-dat-dai'],
      coordinating: ['ubnd-xa'],
    },
    steps: [
      'Bước 1: Người yêu cầu đăng ký (bên thế chấp hoặc bên nhận thế chấp) nộp phiếu yêu cầu và giấy tờ tại Bộ phận Một cửa hoặc nộp trực tuyến.',
      'Bước 2: Người tiếp nhận kiểm tra hồ sơ; trường hợp hợp lệ thì ghi thời điểm nhận hồ sơ và chuyển Chi nhánh Văn phòng đăng ký đất đai.',
      'Bước 3: Chi nhánh Văn phòng đăng ký đất đai ghi nội dung đăng ký vào Sổ địa chính và Giấy chứng nhận, chứng nhận nội dung đăng ký vào phiếu yêu cầu.',
    ],
    methods: [
      direct(
        1,
        'working-day',
        'Trong ngày nhận hồ sơ hợp lệ; trường hợp nhận sau 15 giờ thì hoàn thành trong ngày làm việc tiếp theo; trường hợp phải kéo dài thì không quá 03 ngày làm việc.',
        [
          fee(
            80000,
            `Phí đăng ký biện pháp bảo đảm: 80.000 đồng/hồ sơ, ${LOCAL_FEE}; miễn đối với cá nhân, hộ gia đình vay vốn phục vụ phát triển nông nghiệp, nông thôn`,
          ), // amount illustrative
        ],
      ),
      online(1, 'working-day', ONLINE_PORTAL, [fee(40000, 'Giảm 50% khi nộp trực tuyến')]), // amount illustrative
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Phiếu yêu cầu đăng ký biện pháp bảo đảm (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'phieu-yeu-cau-dang-ky-bien-phap-bao-dam.docx',
          },
          certificate,
          {
            name: 'Hợp đồng bảo đảm (bản sao hoặc bản chính nếu yêu cầu chứng nhận vào hợp đồng)',
            originals: 0,
            copies: 1,
            required: false,
          },
        ],
      },
    ],
    results: [
      {
        name: 'Phiếu yêu cầu có chứng nhận đăng ký biện pháp bảo đảm; Giấy chứng nhận có ghi nội dung đăng ký thế chấp',
      },
    ],
    legalBasis: ['99/2022/NĐ-CP', '31/2024/QH15', '85/2019/TT-BTC'],
    onlineServiceLevel: 'full',
    keywords: ['đăng ký biện pháp bảo đảm', 'đăng ký thế chấp quyền sử dụng đất'],
    synonyms: ['thế chấp sổ đỏ vay ngân hàng', 'đăng ký thế chấp đất', 'the chap so do'],
    related: ['1.013831'],
  },
  {
    code: '1.013225',
    name: 'Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV và nhà ở riêng lẻ',
    sector: 'xay-dung',
    levels: ['commune', 'district'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    description:
      'Trước ngày 01/7/2025 UBND cấp huyện cấp giấy phép xây dựng nhà ở riêng lẻ; từ ngày 01/7/2025 do UBND cấp xã cấp. Nhà ở riêng lẻ ở nông thôn có quy mô dưới 07 tầng thuộc khu vực không có quy hoạch đô thị, quy hoạch xây dựng khu chức năng hoặc quy hoạch chi tiết xây dựng điểm dân cư nông thôn được miễn giấy phép.',
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Chủ đầu tư nộp hồ sơ đề nghị cấp giấy phép xây dựng tại Bộ phận Một cửa UBND cấp xã hoặc nộp trực tuyến.',
      'Bước 2: Cơ quan chuyên môn thuộc UBND cấp xã kiểm tra hồ sơ; trường hợp thiếu thì thông báo một lần bằng văn bản để bổ sung.',
      'Bước 3: Cơ quan chuyên môn kiểm tra thực địa, đối chiếu với quy hoạch, lấy ý kiến các cơ quan liên quan (nếu cần) và trình Chủ tịch UBND cấp xã.',
      'Bước 4: Chủ tịch UBND cấp xã cấp giấy phép xây dựng kèm bản vẽ thiết kế có đóng dấu; chủ đầu tư nhận kết quả và niêm yết giấy phép tại công trường.',
    ],
    methods: [
      direct(
        15,
        'day',
        'Không quá 15 ngày đối với nhà ở riêng lẻ; không quá 20 ngày đối với công trình cấp III, cấp IV kể từ ngày nhận đủ hồ sơ hợp lệ.',
        [
          fee(
            75000,
            `Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ: 75.000 đồng/giấy phép, ${LOCAL_FEE}`,
          ), // amount illustrative
        ],
      ),
      online(15, 'day', ONLINE_PORTAL, [fee(37500, 'Giảm 50% khi nộp trực tuyến')]), // amount illustrative
    ],
    dossierCases: [
      {
        name: 'Nhà ở riêng lẻ',
        components: [
          {
            name: 'Đơn đề nghị cấp giấy phép xây dựng (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'don-de-nghi-cap-giay-phep-xay-dung.docx',
          },
          {
            name: 'Bản sao giấy tờ chứng minh quyền sử dụng đất',
            originals: 0,
            copies: 1,
            required: true,
          },
          {
            name: '02 bộ bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, móng, đấu nối hạ tầng)',
            originals: 2,
            copies: 0,
            required: true,
          },
          {
            name: 'Bản kê khai năng lực, kinh nghiệm của tổ chức, cá nhân thiết kế (đối với công trình phải có)',
            originals: 1,
            copies: 0,
            required: false,
          },
        ],
      },
    ],
    results: [{ name: 'Giấy phép xây dựng' }],
    legalBasis: [
      '50/2014/QH13',
      '62/2020/QH14',
      '175/2024/NĐ-CP',
      '140/2025/NĐ-CP',
      '85/2019/TT-BTC',
    ],
    onlineServiceLevel: 'partial',
    keywords: ['cấp giấy phép xây dựng', 'giấy phép xây dựng nhà ở riêng lẻ'],
    synonyms: [
      'xin giấy phép xây nhà',
      'xin phép xây dựng',
      'giấy phép xây nhà',
      'xin giay phep xay dung',
      'cap phep xay dung',
    ],
    related: ['1.013227'],
  },
  {
    code: '1.013227',
    name: 'Gia hạn giấy phép xây dựng',
    sector: 'xay-dung',
    levels: ['commune', 'district'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Trước thời điểm giấy phép xây dựng hết hiệu lực khởi công 30 ngày, chủ đầu tư nộp đơn đề nghị gia hạn kèm bản chính giấy phép đã cấp.',
      'Bước 2: Cơ quan chuyên môn thuộc UBND cấp xã kiểm tra hồ sơ và trình Chủ tịch UBND cấp xã.',
      'Bước 3: Chủ tịch UBND cấp xã xem xét, gia hạn giấy phép xây dựng; chủ đầu tư nhận kết quả.',
    ],
    methods: [
      direct(5, 'working-day', 'Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.', [
        fee(15000, `Lệ phí gia hạn giấy phép xây dựng: 15.000 đồng/giấy phép, ${LOCAL_FEE}`),
      ]), // amount illustrative
      online(5, 'working-day', ONLINE_PORTAL, [fee(7500, 'Giảm 50% khi nộp trực tuyến')]), // amount illustrative
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Đơn đề nghị gia hạn giấy phép xây dựng',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Bản chính giấy phép xây dựng đã được cấp',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
    ],
    results: [{ name: 'Giấy phép xây dựng được gia hạn' }],
    legalBasis: ['50/2014/QH13', '62/2020/QH14', '175/2024/NĐ-CP', '140/2025/NĐ-CP'],
    onlineServiceLevel: 'partial',
    keywords: ['gia hạn giấy phép xây dựng'],
    synonyms: [
      'giấy phép xây dựng hết hạn',
      'gia hạn xin phép xây nhà',
      'gia han giay phep xay dung',
    ],
    related: ['1.013225'],
  },
]

/**
 * Hộ tịch (civil status) – commune level.
 * All national codes in this file were checked against public copies of the national portal
 * data (see the report); fee amounts set by the provincial People's Council (HĐND tỉnh) are
 * illustrative values of realistic size, marked "amount illustrative".
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

const BASIS = [
  '60/2014/QH13',
  '123/2015/NĐ-CP',
  '04/2020/TT-BTP',
  '87/2020/NĐ-CP',
  '07/2025/NĐ-CP',
  '85/2019/TT-BTC',
]
const LOCAL_FEE = 'theo Nghị quyết của HĐND tỉnh Điện Biên về phí, lệ phí'
const SAME_DAY =
  'Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo.'

const marriageCertShown = {
  name: 'Giấy chứng nhận kết hôn của cha, mẹ (nếu cha, mẹ đã đăng ký kết hôn)',
  description:
    'Xuất trình; không phải xuất trình nếu thông tin đã có trong Cơ sở dữ liệu hộ tịch điện tử.',
  originals: 1,
  copies: 0,
  required: false,
}

export const hoTich: SeedProcedure[] = [
  {
    code: '1.001193',
    localCode: '1.001193.000.00.00.H18',
    name: 'Thủ tục đăng ký khai sinh',
    sector: 'ho-tich',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    description:
      'Đăng ký khai sinh cho trẻ em sinh ra tại Việt Nam có cha, mẹ là công dân Việt Nam; thực hiện tại UBND cấp xã nơi cư trú của người cha hoặc người mẹ.',
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người có trách nhiệm đăng ký khai sinh chuẩn bị tờ khai và giấy tờ theo quy định, nộp hồ sơ tại Bộ phận Một cửa của UBND cấp xã nơi cư trú của người cha hoặc người mẹ, hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia, ứng dụng VNeID.',
      'Bước 2: Người tiếp nhận kiểm tra ngay toàn bộ hồ sơ, đối chiếu thông tin trong tờ khai với giấy tờ xuất trình; hồ sơ đầy đủ thì viết giấy tiếp nhận, ghi rõ ngày, giờ trả kết quả; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần bằng văn bản.',
      'Bước 3: Công chức làm công tác hộ tịch kiểm tra thông tin khai sinh; nếu đầy đủ, phù hợp thì ghi vào Sổ đăng ký khai sinh, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử để lấy Số định danh cá nhân và trình Chủ tịch UBND cấp xã ký Giấy khai sinh.',
      'Bước 4: Người đi đăng ký khai sinh kiểm tra nội dung Giấy khai sinh và Sổ đăng ký khai sinh, cùng công chức làm công tác hộ tịch ký vào Sổ và nhận Giấy khai sinh bản chính.',
    ],
    methods: [
      direct(1, 'working-day', SAME_DAY, [
        free('Miễn lệ phí đăng ký khai sinh đúng hạn (khoản 1 Điều 11 Luật Hộ tịch)'),
        fee(
          5000,
          `Đăng ký khai sinh quá hạn: 5.000 đồng/trường hợp, ${LOCAL_FEE}; miễn đối với người thuộc hộ nghèo, gia đình có công, người khuyết tật`,
        ), // amount illustrative
      ]),
      online(
        1,
        'working-day',
        `${ONLINE_PORTAL} Thời hạn như nộp trực tiếp; Giấy khai sinh bản điện tử được gửi vào tài khoản VNeID.`,
        [
          free('Miễn lệ phí đăng ký khai sinh đúng hạn'),
          fee(2500, 'Đăng ký khai sinh quá hạn nộp trực tuyến: giảm 50% mức thu'), // amount illustrative
        ],
      ),
      postal(
        1,
        'working-day',
        'Gửi hồ sơ qua dịch vụ bưu chính công ích; thời hạn tính từ khi UBND cấp xã nhận đủ hồ sơ hợp lệ; cước bưu chính do người yêu cầu trả.',
        [free('Miễn lệ phí đăng ký khai sinh đúng hạn')],
      ),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai đăng ký khai sinh (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-dang-ky-khai-sinh.docx',
          },
          {
            name: 'Giấy chứng sinh',
            description:
              'Trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh; nếu không có người làm chứng thì nộp giấy cam đoan về việc sinh.',
            originals: 1,
            copies: 0,
            required: true,
          },
          proxyLetter,
        ],
      },
      { name: 'Giấy tờ phải xuất trình', components: [identityShown, marriageCertShown] },
      {
        name: 'Trường hợp trẻ em bị bỏ rơi',
        components: [
          {
            name: 'Tờ khai đăng ký khai sinh (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-dang-ky-khai-sinh.docx',
          },
          {
            name: 'Biên bản xác nhận việc trẻ bị bỏ rơi do UBND cấp xã hoặc Công an cấp xã nơi phát hiện trẻ lập',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
    ],
    results: [
      { name: 'Giấy khai sinh (bản chính)', code: 'KQ.G15.000031' },
      { name: 'Bản sao Giấy khai sinh (nếu có yêu cầu)' },
    ],
    requirements:
      'Trong thời hạn 60 ngày kể từ ngày sinh con, cha hoặc mẹ có trách nhiệm đăng ký khai sinh cho con; trường hợp cha, mẹ không thể đăng ký thì ông, bà hoặc người thân thích khác thực hiện. Họ, chữ đệm, tên và dân tộc của trẻ phải bảo đảm theo quy định của pháp luật.',
    legalBasis: BASIS,
    onlineServiceLevel: 'full',
    keywords: [
      'đăng ký khai sinh',
      'khai sinh',
      'giấy khai sinh',
      'số định danh cá nhân',
      'hộ tịch',
    ],
    synonyms: [
      'làm giấy khai sinh',
      'khai sinh cho con',
      'làm khai sinh cho bé',
      'giấy khai sanh',
      'lam giay khai sinh',
      'dang ky khai sinh',
      'khai sinh cho be moi sinh',
    ],
    related: ['2.002621', '1.000689', '1.004884', '2.000635', '2.000528', '1.003583'],
  },
  {
    code: '1.000894',
    localCode: '1.000894.000.00.00.H18',
    name: 'Thủ tục đăng ký kết hôn',
    sector: 'ho-tich',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    description:
      'Đăng ký kết hôn giữa công dân Việt Nam với nhau tại UBND cấp xã nơi cư trú của một trong hai bên.',
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Hai bên nam, nữ nộp tờ khai và giấy tờ theo quy định tại Bộ phận Một cửa của UBND cấp xã nơi cư trú của một trong hai bên hoặc nộp trực tuyến.',
      'Bước 2: Người tiếp nhận kiểm tra hồ sơ, đối chiếu giấy tờ; hồ sơ đầy đủ thì tiếp nhận, hẹn ngày trả kết quả; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần.',
      'Bước 3: Công chức làm công tác hộ tịch kiểm tra, xác minh (nếu cần) điều kiện kết hôn theo Luật Hôn nhân và gia đình; nếu đủ điều kiện thì ghi vào Sổ đăng ký kết hôn, cập nhật Cơ sở dữ liệu hộ tịch điện tử và trình Chủ tịch UBND cấp xã ký Giấy chứng nhận kết hôn.',
      'Bước 4: Hai bên nam, nữ cùng có mặt, kiểm tra nội dung, cùng ký vào Giấy chứng nhận kết hôn và Sổ đăng ký kết hôn; mỗi bên nhận 01 bản chính Giấy chứng nhận kết hôn.',
    ],
    methods: [
      direct(
        1,
        'working-day',
        'Ngay trong ngày tiếp nhận hồ sơ; trường hợp cần xác minh điều kiện kết hôn thì thời hạn giải quyết không quá 05 ngày làm việc.',
        [
          free(
            'Miễn lệ phí đăng ký kết hôn của công dân Việt Nam cư trú ở trong nước (khoản 1 Điều 11 Luật Hộ tịch)',
          ),
        ],
      ),
      online(
        1,
        'working-day',
        `${ONLINE_PORTAL} Hai bên phải có mặt tại UBND cấp xã để ký Giấy chứng nhận kết hôn; trường hợp cần xác minh không quá 05 ngày làm việc.`,
        [free('Miễn lệ phí')],
      ),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai đăng ký kết hôn (theo mẫu); hai bên có thể khai chung một tờ khai',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-dang-ky-ket-hon.docx',
          },
          {
            name: 'Giấy xác nhận tình trạng hôn nhân',
            description:
              'Chỉ nộp trường hợp người yêu cầu đăng ký kết hôn không thường trú tại xã nơi đăng ký kết hôn và thông tin tình trạng hôn nhân chưa có trong Cơ sở dữ liệu hộ tịch điện tử.',
            originals: 1,
            copies: 0,
            required: false,
          },
        ],
      },
      {
        name: 'Giấy tờ phải xuất trình',
        components: [{ ...identityShown, name: 'Giấy tờ tùy thân của hai bên nam, nữ' }],
      },
    ],
    results: [{ name: 'Giấy chứng nhận kết hôn (02 bản chính)' }],
    requirements:
      'Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi; việc kết hôn do nam và nữ tự nguyện quyết định; không bị mất năng lực hành vi dân sự; không thuộc các trường hợp cấm kết hôn theo Luật Hôn nhân và gia đình. Hai bên phải có mặt khi đăng ký kết hôn.',
    legalBasis: BASIS,
    onlineServiceLevel: 'partial',
    keywords: ['đăng ký kết hôn', 'giấy chứng nhận kết hôn', 'kết hôn', 'hôn nhân'],
    synonyms: [
      'đăng ký lấy vợ',
      'làm giấy kết hôn',
      'làm đám cưới đăng ký',
      'giấy đăng ký kết hôn',
      'dang ky ket hon',
      'giay ket hon',
    ],
    related: ['1.004873', '1.004746', '1.000593', '2.000806'],
  },
  {
    code: '1.000656',
    localCode: '1.000656.000.00.00.H18',
    name: 'Thủ tục đăng ký khai tử',
    sector: 'ho-tich',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    description:
      'Đăng ký khai tử tại UBND cấp xã nơi cư trú cuối cùng của người chết hoặc nơi người đó chết, nơi phát hiện thi thể.',
    agencies: {
      implementing: ['ubnd-xa'],
      competent: ['chu-tich-ubnd-xa'],
      coordinating: ['cong-an-xa'],
    },
    steps: [
      'Bước 1: Người có trách nhiệm đi khai tử nộp tờ khai và Giấy báo tử hoặc giấy tờ thay Giấy báo tử tại Bộ phận Một cửa của UBND cấp xã hoặc nộp trực tuyến.',
      'Bước 2: Người tiếp nhận kiểm tra hồ sơ; hồ sơ đầy đủ thì tiếp nhận và hẹn trả kết quả; chưa đầy đủ thì hướng dẫn bổ sung một lần.',
      'Bước 3: Công chức làm công tác hộ tịch ghi nội dung khai tử vào Sổ đăng ký khai tử, cập nhật Cơ sở dữ liệu hộ tịch điện tử, trình Chủ tịch UBND cấp xã cấp Trích lục khai tử; thông báo cho Công an cấp xã để xóa đăng ký thường trú.',
      'Bước 4: Người đi khai tử ký vào Sổ đăng ký khai tử và nhận Trích lục khai tử bản chính.',
    ],
    methods: [
      direct(
        1,
        'working-day',
        `${SAME_DAY} Trường hợp cần xác minh thì không quá 03 ngày làm việc.`,
        [
          free('Miễn lệ phí đăng ký khai tử đúng hạn (khoản 1 Điều 11 Luật Hộ tịch)'),
          fee(5000, `Đăng ký khai tử quá hạn: 5.000 đồng/trường hợp, ${LOCAL_FEE}`), // amount illustrative
        ],
      ),
      online(1, 'working-day', ONLINE_PORTAL, [free('Miễn lệ phí đăng ký khai tử đúng hạn')]),
      postal(
        1,
        'working-day',
        'Gửi hồ sơ qua dịch vụ bưu chính công ích; thời hạn tính từ khi UBND cấp xã nhận đủ hồ sơ.',
        [free('Miễn lệ phí đăng ký khai tử đúng hạn')],
      ),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai đăng ký khai tử (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-dang-ky-khai-tu.docx',
          },
          {
            name: 'Giấy báo tử hoặc giấy tờ thay Giấy báo tử do cơ quan có thẩm quyền cấp',
            description:
              'Trường hợp chết tại cơ sở y tế: Giấy báo tử do Thủ trưởng cơ sở y tế cấp; chết tại nhà: văn bản xác nhận của Trưởng thôn, bản hoặc tổ dân phố, người làm chứng.',
            originals: 1,
            copies: 0,
            required: true,
          },
          proxyLetter,
        ],
      },
      { name: 'Giấy tờ phải xuất trình', components: [identityShown] },
    ],
    results: [{ name: 'Trích lục khai tử (bản chính)' }],
    requirements:
      'Trong thời hạn 15 ngày kể từ ngày có người chết, vợ, chồng hoặc con, cha, mẹ hoặc người thân thích khác của người chết có trách nhiệm đi khai tử.',
    legalBasis: BASIS,
    onlineServiceLevel: 'full',
    keywords: ['đăng ký khai tử', 'khai tử', 'trích lục khai tử', 'giấy báo tử'],
    synonyms: [
      'báo tử',
      'làm giấy chứng tử',
      'khai tử cho người mất',
      'giay chung tu',
      'dang ky khai tu',
      'làm giấy báo tử',
    ],
    related: ['2.002622', '1.005461', '1.000419', '1.003197'],
  },
  {
    code: '1.001022',
    localCode: '1.001022.000.00.00.H18',
    name: 'Thủ tục đăng ký nhận cha, mẹ, con',
    sector: 'ho-tich',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người yêu cầu nộp tờ khai và chứng cứ chứng minh quan hệ cha, mẹ, con tại UBND cấp xã nơi cư trú của người nhận hoặc người được nhận là cha, mẹ, con.',
      'Bước 2: Người tiếp nhận kiểm tra hồ sơ, đối chiếu giấy tờ; hồ sơ đầy đủ thì tiếp nhận và hẹn trả kết quả.',
      'Bước 3: Công chức làm công tác hộ tịch kiểm tra, xác minh; nếu việc nhận cha, mẹ, con là đúng và không có tranh chấp thì ghi vào Sổ hộ tịch và trình Chủ tịch UBND cấp xã cấp Trích lục.',
      'Bước 4: Bên nhận và bên được nhận có mặt ký vào Sổ hộ tịch và nhận Trích lục đăng ký nhận cha, mẹ, con.',
    ],
    methods: [
      direct(
        3,
        'working-day',
        'Trong thời hạn 03 ngày làm việc kể từ ngày nhận đủ hồ sơ; trường hợp cần xác minh thì kéo dài thêm không quá 05 ngày làm việc.',
        [
          fee(
            15000,
            `15.000 đồng/trường hợp, ${LOCAL_FEE}; miễn đối với người thuộc hộ nghèo, gia đình có công, người khuyết tật`,
          ), // amount illustrative
        ],
      ),
      online(3, 'working-day', ONLINE_PORTAL, [fee(7500, 'Giảm 50% mức thu khi nộp trực tuyến')]), // amount illustrative
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai đăng ký nhận cha, mẹ, con (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-dang-ky-nhan-cha-me-con.docx',
          },
          {
            name: 'Văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan có thẩm quyền xác nhận quan hệ cha – con, mẹ – con',
            description:
              'Trường hợp không có văn bản này thì nộp giấy tờ, đồ vật hoặc chứng cứ khác chứng minh quan hệ cha, mẹ, con và văn bản cam đoan của cha, mẹ có ít nhất hai người làm chứng.',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
      {
        name: 'Giấy tờ phải xuất trình',
        components: [
          {
            ...identityShown,
            name: 'Giấy tờ tùy thân của bên nhận và bên được nhận là cha, mẹ, con',
          },
        ],
      },
    ],
    results: [{ name: 'Trích lục đăng ký nhận cha, mẹ, con (bản chính)' }],
    requirements:
      'Bên nhận, bên được nhận là cha, mẹ, con còn sống vào thời điểm đăng ký và không có tranh chấp; trường hợp người được nhận là con chưa thành niên hoặc mất năng lực hành vi dân sự thì phải có sự đồng ý của người đang là mẹ hoặc cha.',
    legalBasis: BASIS,
    onlineServiceLevel: 'partial',
    keywords: ['nhận cha mẹ con', 'xác nhận cha cho con', 'trích lục nhận cha mẹ con'],
    synonyms: [
      'nhận con',
      'nhận bố cho con',
      'làm giấy nhận cha con',
      'nhan cha con',
      'bổ sung tên bố vào giấy khai sinh',
    ],
    related: ['1.000689', '1.004859'],
  },
  {
    code: '1.000689',
    localCode: '1.000689.000.00.00.H18',
    name: 'Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con',
    sector: 'ho-tich',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người yêu cầu nộp tờ khai đăng ký khai sinh, tờ khai đăng ký nhận cha, mẹ, con và chứng cứ chứng minh quan hệ cha, mẹ, con tại UBND cấp xã.',
      'Bước 2: Người tiếp nhận kiểm tra hồ sơ, đối chiếu giấy tờ và hẹn trả kết quả.',
      'Bước 3: Công chức làm công tác hộ tịch xác minh (nếu cần), ghi nội dung khai sinh và nhận cha, mẹ, con vào Sổ hộ tịch, cập nhật Cơ sở dữ liệu hộ tịch điện tử, trình Chủ tịch UBND cấp xã ký.',
      'Bước 4: Người yêu cầu ký vào Sổ và nhận Giấy khai sinh cùng Trích lục đăng ký nhận cha, mẹ, con.',
    ],
    methods: [
      direct(
        3,
        'working-day',
        'Trong thời hạn 03 ngày làm việc; trường hợp cần xác minh thì kéo dài thêm không quá 05 ngày làm việc.',
        [
          free('Miễn lệ phí đăng ký khai sinh đúng hạn'),
          fee(15000, `Lệ phí đăng ký nhận cha, mẹ, con: 15.000 đồng/trường hợp, ${LOCAL_FEE}`), // amount illustrative
        ],
      ),
      online(3, 'working-day', ONLINE_PORTAL, [
        free('Miễn lệ phí đăng ký khai sinh đúng hạn'),
        fee(7500, 'Lệ phí nhận cha, mẹ, con khi nộp trực tuyến: giảm 50%'),
      ]), // amount illustrative
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai đăng ký khai sinh (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-dang-ky-khai-sinh.docx',
          },
          {
            name: 'Tờ khai đăng ký nhận cha, mẹ, con (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-dang-ky-nhan-cha-me-con.docx',
          },
          { name: 'Giấy chứng sinh', originals: 1, copies: 0, required: true },
          {
            name: 'Chứng cứ chứng minh quan hệ cha, mẹ, con (kết quả giám định ADN hoặc văn bản cam đoan có người làm chứng)',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
      { name: 'Giấy tờ phải xuất trình', components: [identityShown] },
    ],
    results: [
      { name: 'Giấy khai sinh (bản chính)', code: 'KQ.G15.000031' },
      { name: 'Trích lục đăng ký nhận cha, mẹ, con' },
    ],
    legalBasis: BASIS,
    onlineServiceLevel: 'partial',
    keywords: ['khai sinh kết hợp nhận cha mẹ con', 'khai sinh', 'nhận cha mẹ con'],
    synonyms: [
      'khai sinh cho con khi chưa đăng ký kết hôn',
      'làm khai sinh có tên bố',
      'khai sinh con ngoài giá thú',
      'khai sinh ket hop nhan cha con',
    ],
    related: ['1.001193', '1.001022'],
  },
  {
    code: '1.003583',
    name: 'Thủ tục đăng ký khai sinh lưu động',
    sector: 'ho-tich',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    description:
      'UBND cấp xã tổ chức đăng ký khai sinh tại nhà riêng hoặc địa điểm tổ chức đăng ký lưu động cho trẻ em có cha, mẹ bị khuyết tật, ốm bệnh không thể đi đăng ký khai sinh mà không có người thân thích đi đăng ký thay.',
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người có yêu cầu hoặc Trưởng thôn, bản, tổ dân phố thông báo trường hợp thuộc diện đăng ký lưu động cho UBND cấp xã.',
      'Bước 2: Công chức làm công tác hộ tịch mang theo Sổ hộ tịch, biểu mẫu đến nhà riêng hoặc địa điểm đăng ký lưu động, hướng dẫn ghi tờ khai, kiểm tra giấy tờ và tiếp nhận hồ sơ.',
      'Bước 3: Công chức làm công tác hộ tịch ghi vào Sổ đăng ký khai sinh, cập nhật Cơ sở dữ liệu hộ tịch điện tử, trình Chủ tịch UBND cấp xã ký Giấy khai sinh.',
      'Bước 4: Công chức làm công tác hộ tịch trao Giấy khai sinh tại nơi đăng ký lưu động, hướng dẫn người yêu cầu ký vào Sổ đăng ký khai sinh.',
    ],
    methods: [
      direct(
        5,
        'working-day',
        'Trong thời hạn 05 ngày làm việc kể từ ngày tiếp nhận hồ sơ, công chức làm công tác hộ tịch trả kết quả tại địa điểm đăng ký lưu động.',
        [free('Miễn lệ phí')],
      ),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai đăng ký khai sinh (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-dang-ky-khai-sinh.docx',
          },
          {
            name: 'Giấy chứng sinh hoặc giấy tờ thay Giấy chứng sinh',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
      { name: 'Giấy tờ phải xuất trình', components: [identityShown] },
    ],
    results: [{ name: 'Giấy khai sinh (bản chính)', code: 'KQ.G15.000031' }],
    requirements:
      'Áp dụng khi cha, mẹ của trẻ bị khuyết tật, ốm bệnh không thể đi đăng ký, bị bắt, tạm giữ hoặc đang thi hành án phạt tù mà không có người thân thích đi đăng ký thay.',
    legalBasis: BASIS,
    onlineServiceLevel: 'none',
    keywords: ['khai sinh lưu động', 'đăng ký hộ tịch lưu động'],
    synonyms: [
      'cán bộ xuống tận nhà làm khai sinh',
      'khai sinh tại nhà',
      'khai sinh cho trẻ vùng cao',
      'khai sinh luu dong',
    ],
    related: ['1.001193', '1.000593', '1.000419'],
  },
  {
    code: '1.000593',
    name: 'Thủ tục đăng ký kết hôn lưu động',
    sector: 'ho-tich',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Hai bên nam, nữ hoặc Trưởng thôn, bản thông báo cho UBND cấp xã về trường hợp một hoặc hai bên bị khuyết tật, ốm bệnh không thể đến trụ sở đăng ký kết hôn.',
      'Bước 2: Công chức làm công tác hộ tịch đến địa điểm đăng ký lưu động, hướng dẫn ghi tờ khai, kiểm tra giấy tờ và điều kiện kết hôn.',
      'Bước 3: Nếu đủ điều kiện, công chức làm công tác hộ tịch ghi vào Sổ đăng ký kết hôn, cập nhật Cơ sở dữ liệu hộ tịch điện tử, trình Chủ tịch UBND cấp xã ký Giấy chứng nhận kết hôn.',
      'Bước 4: Công chức làm công tác hộ tịch tổ chức trao Giấy chứng nhận kết hôn tại địa điểm đăng ký lưu động; hai bên cùng ký vào Sổ và Giấy chứng nhận kết hôn.',
    ],
    methods: [
      direct(5, 'working-day', 'Trong thời hạn 05 ngày làm việc kể từ ngày tiếp nhận hồ sơ.', [
        free('Miễn lệ phí'),
      ]),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai đăng ký kết hôn (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-dang-ky-ket-hon.docx',
          },
        ],
      },
      {
        name: 'Giấy tờ phải xuất trình',
        components: [{ ...identityShown, name: 'Giấy tờ tùy thân của hai bên nam, nữ' }],
      },
    ],
    results: [{ name: 'Giấy chứng nhận kết hôn (02 bản chính)' }],
    legalBasis: BASIS,
    onlineServiceLevel: 'none',
    keywords: ['kết hôn lưu động', 'đăng ký hộ tịch lưu động'],
    synonyms: ['đăng ký kết hôn tại nhà', 'cán bộ về bản làm đăng ký kết hôn', 'ket hon luu dong'],
    related: ['1.000894', '1.003583'],
  },
  {
    code: '1.000419',
    name: 'Thủ tục đăng ký khai tử lưu động',
    sector: 'ho-tich',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Trưởng thôn, bản, tổ dân phố hoặc người thân thích thông báo cho UBND cấp xã về trường hợp người chết không có người thân thích đi khai tử.',
      'Bước 2: Công chức làm công tác hộ tịch đến địa điểm đăng ký lưu động, hướng dẫn ghi tờ khai và tiếp nhận giấy tờ.',
      'Bước 3: Công chức làm công tác hộ tịch ghi vào Sổ đăng ký khai tử, cập nhật Cơ sở dữ liệu hộ tịch điện tử, trình Chủ tịch UBND cấp xã ký Trích lục khai tử.',
      'Bước 4: Trả Trích lục khai tử cho người yêu cầu tại địa điểm đăng ký lưu động.',
    ],
    methods: [
      direct(5, 'working-day', 'Trong thời hạn 05 ngày làm việc kể từ ngày tiếp nhận hồ sơ.', [
        free('Miễn lệ phí'),
      ]),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai đăng ký khai tử (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-dang-ky-khai-tu.docx',
          },
          {
            name: 'Giấy báo tử hoặc giấy tờ thay Giấy báo tử',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
      { name: 'Giấy tờ phải xuất trình', components: [identityShown] },
    ],
    results: [{ name: 'Trích lục khai tử (bản chính)' }],
    legalBasis: BASIS,
    onlineServiceLevel: 'none',
    keywords: ['khai tử lưu động', 'đăng ký hộ tịch lưu động'],
    synonyms: ['khai tử tại nhà', 'báo tử tại bản', 'khai tu luu dong'],
    related: ['1.000656', '1.003583'],
  },
  {
    code: '1.004837',
    name: 'Thủ tục đăng ký giám hộ',
    sector: 'ho-tich',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người được cử làm người giám hộ nộp tờ khai và văn bản cử người giám hộ tại UBND cấp xã nơi cư trú của người được giám hộ hoặc người giám hộ.',
      'Bước 2: Người tiếp nhận kiểm tra hồ sơ và hẹn trả kết quả.',
      'Bước 3: Nếu thấy đủ điều kiện, công chức làm công tác hộ tịch ghi vào Sổ hộ tịch, trình Chủ tịch UBND cấp xã cấp Trích lục đăng ký giám hộ.',
      'Bước 4: Người yêu cầu ký vào Sổ hộ tịch và nhận Trích lục đăng ký giám hộ.',
    ],
    methods: [
      direct(3, 'working-day', 'Trong thời hạn 03 ngày làm việc kể từ ngày nhận đủ hồ sơ.', [
        free('Miễn lệ phí đăng ký giám hộ (khoản 1 Điều 11 Luật Hộ tịch)'),
      ]),
      online(3, 'working-day', ONLINE_PORTAL, [free('Miễn lệ phí')]),
    ],
    dossierCases: [
      {
        name: 'Giám hộ cử',
        components: [
          {
            name: 'Tờ khai đăng ký giám hộ (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-dang-ky-giam-ho.docx',
          },
          {
            name: 'Văn bản cử người giám hộ theo quy định của Bộ luật Dân sự',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
      {
        name: 'Giám hộ đương nhiên',
        components: [
          {
            name: 'Tờ khai đăng ký giám hộ (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-dang-ky-giam-ho.docx',
          },
          {
            name: 'Giấy tờ chứng minh điều kiện làm giám hộ đương nhiên; văn bản thỏa thuận cử một người làm giám hộ (nếu có nhiều người cùng đủ điều kiện)',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
    ],
    results: [{ name: 'Trích lục đăng ký giám hộ (bản chính)' }],
    legalBasis: [...BASIS],
    onlineServiceLevel: 'partial',
    keywords: ['đăng ký giám hộ', 'người giám hộ', 'giám hộ'],
    synonyms: ['làm giám hộ cho cháu', 'đứng tên giám hộ trẻ mồ côi', 'dang ky giam ho'],
    related: ['1.004845'],
  },
  {
    code: '1.004845',
    name: 'Thủ tục đăng ký chấm dứt giám hộ',
    sector: 'ho-tich',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người yêu cầu nộp tờ khai đăng ký chấm dứt giám hộ và giấy tờ làm căn cứ chấm dứt giám hộ tại UBND cấp xã đã đăng ký giám hộ.',
      'Bước 2: Người tiếp nhận kiểm tra hồ sơ và hẹn trả kết quả.',
      'Bước 3: Công chức làm công tác hộ tịch ghi việc chấm dứt giám hộ vào Sổ hộ tịch, trình Chủ tịch UBND cấp xã cấp Trích lục.',
      'Bước 4: Người yêu cầu ký vào Sổ hộ tịch và nhận Trích lục đăng ký chấm dứt giám hộ.',
    ],
    methods: [
      direct(2, 'working-day', 'Trong thời hạn 02 ngày làm việc kể từ ngày nhận đủ hồ sơ.', [
        free('Miễn lệ phí'),
      ]),
      online(2, 'working-day', ONLINE_PORTAL, [free('Miễn lệ phí')]),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai đăng ký chấm dứt giám hộ (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-dang-ky-cham-dut-giam-ho.docx',
          },
          {
            name: 'Giấy tờ làm căn cứ chấm dứt giám hộ theo quy định của Bộ luật Dân sự',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
    ],
    results: [{ name: 'Trích lục đăng ký chấm dứt giám hộ (bản chính)' }],
    legalBasis: BASIS,
    onlineServiceLevel: 'partial',
    keywords: ['chấm dứt giám hộ', 'giám hộ'],
    synonyms: ['thôi làm giám hộ', 'hủy giám hộ', 'cham dut giam ho'],
    related: ['1.004837'],
  },
  {
    code: '1.004859',
    name: 'Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc',
    sector: 'ho-tich',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    description:
      'Thay đổi, cải chính thông tin hộ tịch của người chưa đủ 14 tuổi, bổ sung thông tin hộ tịch, xác định lại dân tộc theo quy định tại khoản 1 Điều 27 Luật Hộ tịch và Điều 7 Nghị định 123/2015/NĐ-CP (được sửa đổi).',
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người yêu cầu nộp tờ khai và giấy tờ làm căn cứ thay đổi, cải chính, bổ sung thông tin hộ tịch tại UBND cấp xã nơi đã đăng ký hộ tịch trước đây hoặc nơi cư trú.',
      'Bước 2: Người tiếp nhận kiểm tra hồ sơ, đối chiếu giấy tờ và hẹn trả kết quả.',
      'Bước 3: Công chức làm công tác hộ tịch xem xét; nếu có cơ sở và phù hợp quy định thì ghi vào Sổ hộ tịch, cập nhật Cơ sở dữ liệu hộ tịch điện tử, trình Chủ tịch UBND cấp xã cấp Trích lục; thông báo cho nơi đăng ký hộ tịch trước đây nếu khác nơi giải quyết.',
      'Bước 4: Người yêu cầu ký vào Sổ hộ tịch và nhận Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch.',
    ],
    methods: [
      direct(
        3,
        'working-day',
        'Trong thời hạn 03 ngày làm việc; trường hợp cần xác minh thì kéo dài thêm không quá 03 ngày làm việc. Bổ sung thông tin hộ tịch được giải quyết ngay trong ngày.',
        [
          fee(15000, `15.000 đồng/trường hợp, ${LOCAL_FEE}`), // amount illustrative
        ],
      ),
      online(3, 'working-day', ONLINE_PORTAL, [fee(7500, 'Giảm 50% mức thu khi nộp trực tuyến')]), // amount illustrative
      postal(3, 'working-day', 'Gửi hồ sơ qua dịch vụ bưu chính công ích.', [
        fee(15000, `15.000 đồng/trường hợp, ${LOCAL_FEE}`),
      ]), // amount illustrative
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-thay-doi-cai-chinh-bo-sung-ho-tich.docx',
          },
          {
            name: 'Giấy tờ liên quan làm căn cứ cho việc thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc',
            originals: 0,
            copies: 1,
            required: true,
          },
          proxyLetter,
        ],
      },
      { name: 'Giấy tờ phải xuất trình', components: [identityShown] },
    ],
    results: [
      {
        name: 'Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc (bản chính)',
      },
    ],
    requirements:
      'Việc thay đổi họ, chữ đệm, tên của người từ đủ 09 tuổi trở lên phải có sự đồng ý của người đó. Cải chính hộ tịch chỉ thực hiện khi có đủ căn cứ xác định có sai sót do lỗi của công chức làm công tác hộ tịch hoặc của người yêu cầu đăng ký hộ tịch.',
    legalBasis: BASIS,
    onlineServiceLevel: 'full',
    keywords: [
      'thay đổi hộ tịch',
      'cải chính hộ tịch',
      'bổ sung thông tin hộ tịch',
      'xác định lại dân tộc',
    ],
    synonyms: [
      'sửa giấy khai sinh',
      'đổi tên cho con',
      'sửa sai ngày sinh trên giấy khai sinh',
      'sua giay khai sinh',
      'cai chinh ho tich',
      'đổi họ cho con',
    ],
    related: ['1.001193', '2.000635'],
  },
  {
    code: '1.004873',
    name: 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân',
    sector: 'ho-tich',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người yêu cầu nộp tờ khai cấp Giấy xác nhận tình trạng hôn nhân tại UBND cấp xã nơi thường trú hoặc nộp trực tuyến.',
      'Bước 2: Người tiếp nhận kiểm tra hồ sơ, khai thác Cơ sở dữ liệu hộ tịch điện tử và hẹn trả kết quả.',
      'Bước 3: Công chức làm công tác hộ tịch kiểm tra, xác minh tình trạng hôn nhân của người có yêu cầu; nếu đủ điều kiện thì trình Chủ tịch UBND cấp xã ký Giấy xác nhận tình trạng hôn nhân.',
      'Bước 4: Trả Giấy xác nhận tình trạng hôn nhân cho người yêu cầu trực tiếp, qua bưu chính hoặc bản điện tử qua tài khoản.',
    ],
    methods: [
      direct(
        3,
        'working-day',
        'Trong thời hạn 03 ngày làm việc; trường hợp phải xác minh tại nơi cư trú trước đây thì thời hạn được kéo dài theo thời gian xác minh nhưng không quá 23 ngày.',
        [
          fee(15000, `15.000 đồng/trường hợp, ${LOCAL_FEE}`), // amount illustrative
        ],
      ),
      online(3, 'working-day', ONLINE_PORTAL, [fee(7500, 'Giảm 50% mức thu khi nộp trực tuyến')]), // amount illustrative
      postal(
        3,
        'working-day',
        'Gửi hồ sơ qua dịch vụ bưu chính công ích; kết quả được gửi trả qua bưu chính.',
        [fee(15000, `15.000 đồng/trường hợp, ${LOCAL_FEE}`)],
      ), // amount illustrative
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-cap-giay-xac-nhan-tinh-trang-hon-nhan.docx',
          },
          {
            name: 'Giấy tờ chứng minh tình trạng hôn nhân (bản án, quyết định ly hôn đã có hiệu lực; trích lục khai tử của vợ/chồng)',
            description:
              'Nộp trong trường hợp người yêu cầu đã có vợ, chồng nhưng đã ly hôn hoặc người vợ, chồng đã chết, nếu thông tin chưa có trong Cơ sở dữ liệu hộ tịch điện tử.',
            originals: 0,
            copies: 1,
            required: false,
          },
          {
            name: 'Giấy xác nhận tình trạng hôn nhân đã được cấp trước đây',
            description:
              'Nộp lại khi đề nghị cấp lại để sử dụng vào mục đích khác hoặc khi đã hết thời hạn sử dụng 06 tháng.',
            originals: 1,
            copies: 0,
            required: false,
          },
        ],
      },
      { name: 'Giấy tờ phải xuất trình', components: [identityShown] },
    ],
    results: [{ name: 'Giấy xác nhận tình trạng hôn nhân (có giá trị 06 tháng kể từ ngày cấp)' }],
    legalBasis: BASIS,
    onlineServiceLevel: 'full',
    keywords: ['xác nhận tình trạng hôn nhân', 'giấy xác nhận độc thân', 'tình trạng hôn nhân'],
    synonyms: [
      'xin giấy độc thân',
      'giấy chứng nhận độc thân',
      'xac nhan doc than',
      'xac nhan tinh trang hon nhan',
    ],
    related: ['1.000894', '2.000806'],
  },
  {
    code: '1.004884',
    name: 'Thủ tục đăng ký lại khai sinh',
    sector: 'ho-tich',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    description:
      'Đăng ký lại khai sinh cho người đã đăng ký khai sinh tại cơ quan có thẩm quyền của Việt Nam trước ngày 01/01/2016 nhưng Sổ hộ tịch và bản chính Giấy khai sinh đều bị mất.',
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người yêu cầu nộp tờ khai và bản sao giấy tờ liên quan tại UBND cấp xã nơi đã đăng ký khai sinh trước đây hoặc nơi thường trú.',
      'Bước 2: Người tiếp nhận kiểm tra hồ sơ và hẹn trả kết quả.',
      'Bước 3: Công chức làm công tác hộ tịch kiểm tra, xác minh hồ sơ; trường hợp đăng ký lại tại nơi khác với nơi đã đăng ký trước đây thì có văn bản đề nghị nơi đăng ký trước đây kiểm tra, xác minh việc lưu giữ Sổ hộ tịch.',
      'Bước 4: Nếu đủ điều kiện, công chức làm công tác hộ tịch ghi vào Sổ đăng ký khai sinh, trình Chủ tịch UBND cấp xã ký cấp Giấy khai sinh; người yêu cầu ký vào Sổ và nhận Giấy khai sinh.',
    ],
    methods: [
      direct(
        5,
        'working-day',
        'Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ; trường hợp phải xác minh thì thời hạn được kéo dài thêm không quá 20 ngày.',
        [
          fee(5000, `5.000 đồng/trường hợp, ${LOCAL_FEE}`), // amount illustrative
        ],
      ),
      online(5, 'working-day', ONLINE_PORTAL, [fee(2500, 'Giảm 50% mức thu khi nộp trực tuyến')]), // amount illustrative
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai đăng ký lại khai sinh (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-dang-ky-lai-khai-sinh.docx',
          },
          {
            name: 'Bản sao Giấy khai sinh trước đây (nếu có) hoặc giấy tờ tùy thân, hồ sơ học tập, hồ sơ công tác có thông tin về họ tên, ngày sinh, quê quán',
            originals: 0,
            copies: 1,
            required: true,
          },
          {
            name: 'Văn bản cam đoan của người yêu cầu về việc đã đăng ký khai sinh nhưng không lưu giữ được bản chính Giấy khai sinh',
            originals: 1,
            copies: 0,
            required: false,
          },
        ],
      },
      { name: 'Giấy tờ phải xuất trình', components: [identityShown] },
    ],
    results: [{ name: 'Giấy khai sinh (bản chính) ghi "Đăng ký lại"', code: 'KQ.G15.000031' }],
    legalBasis: BASIS,
    onlineServiceLevel: 'partial',
    keywords: ['đăng ký lại khai sinh', 'khai sinh', 'mất giấy khai sinh'],
    synonyms: ['làm lại giấy khai sinh bị mất', 'làm lại khai sinh', 'dang ky lai khai sinh'],
    related: ['2.000635', '1.004772', '1.001193'],
  },
  {
    code: '1.004772',
    name: 'Thủ tục đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân',
    sector: 'ho-tich',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người yêu cầu nộp tờ khai đăng ký khai sinh và bản sao hồ sơ, giấy tờ cá nhân tại UBND cấp xã nơi thường trú.',
      'Bước 2: Người tiếp nhận kiểm tra, đối chiếu hồ sơ và hẹn trả kết quả.',
      'Bước 3: Công chức làm công tác hộ tịch kiểm tra, xác minh; nếu thông tin phù hợp thì ghi vào Sổ đăng ký khai sinh theo thông tin trong hồ sơ, giấy tờ cá nhân và trình Chủ tịch UBND cấp xã ký Giấy khai sinh.',
      'Bước 4: Người yêu cầu ký vào Sổ đăng ký khai sinh và nhận Giấy khai sinh.',
    ],
    methods: [
      direct(5, 'working-day', 'Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ.', [
        fee(5000, `5.000 đồng/trường hợp, ${LOCAL_FEE}`),
      ]), // amount illustrative
      online(5, 'working-day', ONLINE_PORTAL, [fee(2500, 'Giảm 50% mức thu khi nộp trực tuyến')]), // amount illustrative
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai đăng ký khai sinh (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-dang-ky-khai-sinh.docx',
          },
          {
            name: 'Bản sao toàn bộ hồ sơ, giấy tờ của người yêu cầu (giấy tờ tùy thân, học bạ, văn bằng, hồ sơ nhập ngũ, hồ sơ cán bộ…)',
            originals: 0,
            copies: 1,
            required: true,
          },
          {
            name: 'Văn bản cam đoan về việc chưa đăng ký khai sinh',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
      { name: 'Giấy tờ phải xuất trình', components: [identityShown] },
    ],
    results: [{ name: 'Giấy khai sinh (bản chính)', code: 'KQ.G15.000031' }],
    legalBasis: BASIS,
    onlineServiceLevel: 'partial',
    keywords: [
      'khai sinh cho người đã có hồ sơ giấy tờ',
      'khai sinh quá hạn',
      'khai sinh cho người lớn',
    ],
    synonyms: [
      'người lớn chưa có giấy khai sinh',
      'làm khai sinh cho người già',
      'khai sinh muộn',
      'khai sinh qua han',
    ],
    related: ['1.001193', '1.004884'],
  },
  {
    code: '1.004746',
    name: 'Thủ tục đăng ký lại kết hôn',
    sector: 'ho-tich',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Hai bên vợ chồng nộp tờ khai và giấy tờ liên quan tại UBND cấp xã nơi đã đăng ký kết hôn trước đây hoặc nơi thường trú của một trong hai bên.',
      'Bước 2: Người tiếp nhận kiểm tra hồ sơ và hẹn trả kết quả.',
      'Bước 3: Công chức làm công tác hộ tịch kiểm tra, xác minh việc đã đăng ký kết hôn và việc mất Sổ hộ tịch; nếu đủ điều kiện thì ghi vào Sổ đăng ký kết hôn và trình Chủ tịch UBND cấp xã ký Giấy chứng nhận kết hôn.',
      'Bước 4: Hai bên vợ chồng cùng có mặt ký vào Sổ và nhận Giấy chứng nhận kết hôn.',
    ],
    methods: [
      direct(
        5,
        'working-day',
        'Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ; trường hợp phải xác minh thì kéo dài thêm không quá 20 ngày.',
        [
          fee(5000, `5.000 đồng/trường hợp, ${LOCAL_FEE}`), // amount illustrative
        ],
      ),
      online(5, 'working-day', ONLINE_PORTAL, [fee(2500, 'Giảm 50% mức thu khi nộp trực tuyến')]), // amount illustrative
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai đăng ký lại kết hôn (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-dang-ky-lai-ket-hon.docx',
          },
          {
            name: 'Bản sao Giấy chứng nhận kết hôn được cấp trước đây hoặc giấy tờ có nội dung liên quan đến việc đã đăng ký kết hôn',
            originals: 0,
            copies: 1,
            required: true,
          },
        ],
      },
      {
        name: 'Giấy tờ phải xuất trình',
        components: [{ ...identityShown, name: 'Giấy tờ tùy thân của hai bên vợ, chồng' }],
      },
    ],
    results: [{ name: 'Giấy chứng nhận kết hôn ghi "Đăng ký lại"' }],
    legalBasis: BASIS,
    onlineServiceLevel: 'partial',
    keywords: ['đăng ký lại kết hôn', 'mất giấy chứng nhận kết hôn'],
    synonyms: ['làm lại giấy đăng ký kết hôn bị mất', 'mất giấy kết hôn', 'dang ky lai ket hon'],
    related: ['1.000894', '2.000635'],
  },
  {
    code: '1.005461',
    name: 'Thủ tục đăng ký lại khai tử',
    sector: 'ho-tich',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người yêu cầu nộp tờ khai và giấy tờ liên quan tại UBND cấp xã nơi đã đăng ký khai tử trước đây.',
      'Bước 2: Người tiếp nhận kiểm tra hồ sơ và hẹn trả kết quả.',
      'Bước 3: Công chức làm công tác hộ tịch kiểm tra, xác minh; nếu việc đăng ký lại khai tử là đúng thì ghi vào Sổ đăng ký khai tử và trình Chủ tịch UBND cấp xã cấp Trích lục khai tử.',
      'Bước 4: Người yêu cầu ký vào Sổ và nhận Trích lục khai tử.',
    ],
    methods: [
      direct(5, 'working-day', 'Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ.', [
        fee(5000, `5.000 đồng/trường hợp, ${LOCAL_FEE}`),
      ]), // amount illustrative
      online(5, 'working-day', ONLINE_PORTAL, [fee(2500, 'Giảm 50% mức thu khi nộp trực tuyến')]), // amount illustrative
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai đăng ký lại khai tử (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-dang-ky-lai-khai-tu.docx',
          },
          {
            name: 'Bản sao Giấy chứng tử trước đây hoặc giấy tờ, tài liệu có nội dung liên quan chứng minh sự kiện chết',
            originals: 0,
            copies: 1,
            required: true,
          },
        ],
      },
      { name: 'Giấy tờ phải xuất trình', components: [identityShown] },
    ],
    results: [{ name: 'Trích lục khai tử ghi "Đăng ký lại"' }],
    legalBasis: BASIS,
    onlineServiceLevel: 'partial',
    keywords: ['đăng ký lại khai tử', 'mất giấy chứng tử'],
    synonyms: ['làm lại giấy chứng tử bị mất', 'mất giấy báo tử', 'dang ky lai khai tu'],
    related: ['1.000656'],
  },
  {
    code: '2.000635',
    name: 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh',
    sector: 'ho-tich',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    description:
      'Cấp bản sao trích lục hộ tịch (khai sinh, kết hôn, khai tử…) từ Sổ hộ tịch hoặc Cơ sở dữ liệu hộ tịch điện tử; người yêu cầu có thể nộp tại bất kỳ UBND cấp xã nào nếu dữ liệu đã có trong Cơ sở dữ liệu hộ tịch điện tử.',
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người yêu cầu nộp tờ khai cấp bản sao trích lục hộ tịch tại UBND cấp xã hoặc nộp trực tuyến.',
      'Bước 2: Người tiếp nhận kiểm tra yêu cầu, tra cứu Sổ hộ tịch hoặc Cơ sở dữ liệu hộ tịch điện tử.',
      'Bước 3: Nếu có thông tin và người yêu cầu có quyền được cấp, công chức làm công tác hộ tịch in bản sao trích lục, trình người có thẩm quyền ký và đóng dấu.',
      'Bước 4: Trả bản sao trích lục hộ tịch cho người yêu cầu (bản giấy hoặc bản điện tử).',
    ],
    methods: [
      direct(1, 'working-day', SAME_DAY, [
        fee(
          8000,
          'Phí cấp bản sao trích lục hộ tịch: 8.000 đồng/bản (Thông tư số 281/2016/TT-BTC)',
        ),
      ]),
      online(
        1,
        'working-day',
        `${ONLINE_PORTAL} Bản sao trích lục điện tử có giá trị sử dụng như bản giấy.`,
        [fee(4000, 'Nộp trực tuyến: 4.000 đồng/bản (giảm 50%)')],
      ), // amount illustrative
      postal(
        1,
        'working-day',
        'Gửi yêu cầu qua dịch vụ bưu chính công ích; kết quả gửi trả qua bưu chính.',
        [fee(8000, 'Phí cấp bản sao trích lục hộ tịch: 8.000 đồng/bản')],
      ),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai cấp bản sao trích lục hộ tịch (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-cap-ban-sao-trich-luc-ho-tich.docx',
          },
          proxyLetter,
        ],
      },
      { name: 'Giấy tờ phải xuất trình', components: [identityShown] },
    ],
    results: [{ name: 'Bản sao Trích lục hộ tịch / Bản sao Giấy khai sinh' }],
    legalBasis: [...BASIS, '281/2016/TT-BTC'],
    onlineServiceLevel: 'full',
    keywords: ['bản sao trích lục hộ tịch', 'trích lục khai sinh', 'bản sao giấy khai sinh'],
    synonyms: [
      'xin bản sao giấy khai sinh',
      'sao y giấy khai sinh',
      'trich luc khai sinh',
      'ban sao giay khai sinh',
    ],
    related: ['1.004884', '2.000908'],
  },
  {
    code: '2.002621',
    name: 'Đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
    sector: 'ho-tich',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    description:
      'Nhóm thủ tục liên thông điện tử theo Nghị định 63/2024/NĐ-CP: một lần khai, một bộ hồ sơ để đăng ký khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi.',
    agencies: {
      implementing: ['ubnd-xa'],
      competent: ['chu-tich-ubnd-xa'],
      coordinating: ['cong-an-xa', 'bhxh-huyen'],
    },
    steps: [
      'Bước 1: Cha hoặc mẹ đăng nhập Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID bằng tài khoản định danh điện tử mức độ 2, khai biểu mẫu điện tử liên thông và đăng tải giấy tờ; trường hợp không tự thực hiện được, đến Bộ phận Một cửa UBND cấp xã để được hướng dẫn, hỗ trợ số hóa hồ sơ.',
      'Bước 2: UBND cấp xã giải quyết đăng ký khai sinh, cập nhật Cơ sở dữ liệu hộ tịch điện tử và cấp Số định danh cá nhân cho trẻ; hệ thống tự động chuyển hồ sơ đến Công an cấp xã và cơ quan Bảo hiểm xã hội.',
      'Bước 3: Công an cấp xã giải quyết đăng ký thường trú; cơ quan Bảo hiểm xã hội cấp thẻ bảo hiểm y tế cho trẻ.',
      'Bước 4: Người yêu cầu nhận Giấy khai sinh (bản điện tử và bản giấy nếu có yêu cầu), thông báo kết quả đăng ký thường trú và thẻ bảo hiểm y tế điện tử trên VNeID.',
    ],
    methods: [
      direct(
        3,
        'working-day',
        'Nộp hồ sơ giấy tại Bộ phận Một cửa UBND cấp xã trong trường hợp không thể nộp trực tuyến; công chức tiếp nhận số hóa và chuyển hồ sơ liên thông.',
        [
          // time not verified
          free(
            'Miễn lệ phí đăng ký khai sinh đúng hạn; miễn lệ phí đăng ký thường trú đối với trẻ em (Điều 4 Thông tư 75/2022/TT-BTC)',
          ),
        ],
      ),
      online(
        3,
        'working-day',
        'Nộp trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID; tổng thời gian giải quyết của cả nhóm thủ tục liên thông.',
        [
          // time not verified
          free('Miễn lệ phí'),
        ],
      ),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai liên thông (biểu mẫu điện tử) đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Giấy chứng sinh (bản chụp/bản điện tử)',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Giấy tờ chứng minh chỗ ở hợp pháp (nếu đăng ký thường trú vào nơi khác nơi thường trú của cha, mẹ)',
            originals: 0,
            copies: 1,
            required: false,
          },
        ],
      },
    ],
    results: [
      { name: 'Giấy khai sinh (bản điện tử, bản giấy nếu có yêu cầu)', code: 'KQ.G15.000031' },
      { name: 'Thông báo kết quả đăng ký thường trú' },
      { name: 'Thẻ bảo hiểm y tế' },
    ],
    legalBasis: [
      '63/2024/NĐ-CP',
      '60/2014/QH13',
      '123/2015/NĐ-CP',
      '68/2020/QH14',
      '75/2022/TT-BTC',
    ],
    onlineServiceLevel: 'full',
    keywords: [
      'liên thông khai sinh',
      'khai sinh thường trú bảo hiểm y tế',
      'thẻ bảo hiểm y tế trẻ em',
      'liên thông điện tử',
    ],
    synonyms: [
      'làm khai sinh nhập khẩu thẻ bảo hiểm cho bé',
      'khai sinh nhập hộ khẩu cho con',
      'làm thẻ bhyt cho con',
      'lien thong khai sinh',
      'khai sinh va nhap khau cho be',
    ],
    related: ['1.001193', '1.004222'],
  },
  {
    code: '2.002622',
    name: 'Đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất',
    sector: 'ho-tich',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    description:
      'Nhóm thủ tục liên thông điện tử theo Nghị định 63/2024/NĐ-CP cho thân nhân người chết: đăng ký khai tử, xóa đăng ký thường trú, hưởng mai táng phí, trợ cấp tuất.',
    agencies: {
      implementing: ['ubnd-xa'],
      competent: ['chu-tich-ubnd-xa'],
      coordinating: ['cong-an-xa', 'bhxh-huyen', 'so-noi-vu'],
    },
    steps: [
      'Bước 1: Thân nhân người chết khai biểu mẫu điện tử liên thông trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID và đăng tải giấy tờ; hoặc đến Bộ phận Một cửa UBND cấp xã để được hỗ trợ.',
      'Bước 2: UBND cấp xã đăng ký khai tử, cập nhật Cơ sở dữ liệu hộ tịch điện tử; hệ thống chuyển hồ sơ để Công an cấp xã xóa đăng ký thường trú.',
      'Bước 3: Cơ quan có thẩm quyền (Bảo hiểm xã hội, cơ quan quản lý người có công hoặc UBND cấp xã đối với đối tượng bảo trợ xã hội) giải quyết chế độ mai táng phí, trợ cấp tuất.',
      'Bước 4: Người yêu cầu nhận Trích lục khai tử, thông báo xóa đăng ký thường trú và quyết định hưởng chế độ.',
    ],
    methods: [
      direct(
        5,
        'working-day',
        'Nộp hồ sơ giấy tại Bộ phận Một cửa UBND cấp xã khi không thể nộp trực tuyến; thời gian giải quyết chế độ mai táng phí, tử tuất theo quy định của từng chế độ.',
        [
          // time not verified
          free('Miễn lệ phí đăng ký khai tử đúng hạn; xóa đăng ký thường trú không thu lệ phí'),
        ],
      ),
      online(5, 'working-day', 'Nộp trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID.', [
        free('Miễn lệ phí'),
      ]), // time not verified
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai liên thông (biểu mẫu điện tử) đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Giấy báo tử hoặc giấy tờ thay Giấy báo tử',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Giấy tờ chứng minh người đứng tên hưởng chế độ (văn bản ủy quyền của các thân nhân, nếu có)',
            originals: 1,
            copies: 0,
            required: false,
          },
        ],
      },
    ],
    results: [
      { name: 'Trích lục khai tử' },
      { name: 'Thông báo xóa đăng ký thường trú' },
      { name: 'Quyết định hưởng mai táng phí, trợ cấp tuất' },
    ],
    legalBasis: [
      '63/2024/NĐ-CP',
      '60/2014/QH13',
      '123/2015/NĐ-CP',
      '68/2020/QH14',
      '20/2021/NĐ-CP',
      '131/2021/NĐ-CP',
    ],
    onlineServiceLevel: 'full',
    keywords: ['liên thông khai tử', 'xóa đăng ký thường trú', 'mai táng phí', 'trợ cấp tuất'],
    synonyms: [
      'báo tử và cắt khẩu',
      'làm giấy chứng tử và xin tiền mai táng',
      'cắt hộ khẩu người mất',
      'lien thong khai tu',
    ],
    related: ['1.000656', '1.003197', '1.001731'],
  },
  {
    code: '2.000528',
    name: 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài',
    sector: 'ho-tich',
    levels: ['commune', 'district'],
    formalityType: 'standard',
    subjects: ['citizen', 'foreigner', 'overseas-vietnamese'],
    description:
      'Đăng ký khai sinh cho trẻ em sinh ra tại Việt Nam có cha hoặc mẹ là người nước ngoài, hoặc có cha, mẹ là công dân Việt Nam nhưng một bên định cư ở nước ngoài. Trước ngày 01/7/2025 do UBND cấp huyện thực hiện; từ ngày 01/7/2025 do UBND cấp xã thực hiện.',
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người yêu cầu nộp tờ khai và giấy tờ tại UBND cấp xã nơi cư trú của cha hoặc mẹ.',
      'Bước 2: Người tiếp nhận kiểm tra hồ sơ, giấy tờ do cơ quan nước ngoài cấp (đã hợp pháp hóa lãnh sự, dịch sang tiếng Việt theo quy định) và hẹn trả kết quả.',
      'Bước 3: Công chức làm công tác hộ tịch ghi vào Sổ đăng ký khai sinh, cập nhật Cơ sở dữ liệu hộ tịch điện tử, trình Chủ tịch UBND cấp xã ký Giấy khai sinh.',
      'Bước 4: Người yêu cầu ký vào Sổ và nhận Giấy khai sinh.',
    ],
    methods: [
      direct(1, 'working-day', SAME_DAY, [fee(75000, `75.000 đồng/trường hợp, ${LOCAL_FEE}`)]), // amount illustrative
      online(1, 'working-day', ONLINE_PORTAL, [fee(37500, 'Giảm 50% mức thu khi nộp trực tuyến')]), // amount illustrative
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai đăng ký khai sinh (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-dang-ky-khai-sinh.docx',
          },
          { name: 'Giấy chứng sinh', originals: 1, copies: 0, required: true },
          {
            name: 'Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con (nếu cha, mẹ chọn quốc tịch nước ngoài)',
            originals: 1,
            copies: 0,
            required: false,
          },
        ],
      },
      {
        name: 'Giấy tờ phải xuất trình',
        components: [{ ...identityShown, name: 'Hộ chiếu hoặc giấy tờ tùy thân của cha, mẹ' }],
      },
    ],
    results: [{ name: 'Giấy khai sinh (bản chính)', code: 'KQ.G15.000031' }],
    legalBasis: BASIS,
    onlineServiceLevel: 'partial',
    keywords: ['khai sinh có yếu tố nước ngoài', 'khai sinh', 'quốc tịch cho con'],
    synonyms: [
      'khai sinh cho con lai',
      'làm khai sinh khi bố là người nước ngoài',
      'khai sinh yeu to nuoc ngoai',
    ],
    related: ['1.001193'],
  },
  {
    code: '2.000806',
    name: 'Thủ tục đăng ký kết hôn có yếu tố nước ngoài',
    sector: 'ho-tich',
    levels: ['commune', 'district'],
    formalityType: 'standard',
    subjects: ['citizen', 'foreigner', 'overseas-vietnamese'],
    description:
      'Đăng ký kết hôn giữa công dân Việt Nam với người nước ngoài, hoặc giữa công dân Việt Nam cư trú ở trong nước với công dân Việt Nam định cư ở nước ngoài. Từ ngày 01/7/2025 do UBND cấp xã thực hiện.',
    agencies: {
      implementing: ['ubnd-xa'],
      competent: ['chu-tich-ubnd-xa'],
      coordinating: ['so-tu-phap'],
    },
    steps: [
      'Bước 1: Hai bên nộp tờ khai và giấy tờ tại UBND cấp xã nơi cư trú của công dân Việt Nam.',
      'Bước 2: Công chức làm công tác hộ tịch kiểm tra hồ sơ, xác minh làm rõ (nếu cần); có thể phỏng vấn hai bên để làm rõ sự tự nguyện kết hôn.',
      'Bước 3: Nếu hai bên đủ điều kiện kết hôn, Chủ tịch UBND cấp xã ký Giấy chứng nhận kết hôn.',
      'Bước 4: Tổ chức trao Giấy chứng nhận kết hôn trong thời hạn 03 ngày làm việc kể từ ngày Chủ tịch UBND cấp xã ký; hai bên cùng có mặt ký vào Sổ và Giấy chứng nhận kết hôn.',
    ],
    methods: [
      direct(15, 'day', 'Trong thời hạn 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.', [
        fee(1000000, `1.000.000 đồng/trường hợp, ${LOCAL_FEE}`),
      ]), // amount illustrative
      online(15, 'day', `${ONLINE_PORTAL} Hai bên phải có mặt khi nhận Giấy chứng nhận kết hôn.`, [
        fee(500000, 'Giảm 50% mức thu khi nộp trực tuyến'),
      ]), // amount illustrative
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai đăng ký kết hôn (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai-dang-ky-ket-hon.docx',
          },
          {
            name: 'Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có thẩm quyền nước ngoài cấp, còn giá trị sử dụng',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Giấy xác nhận của tổ chức y tế có thẩm quyền xác nhận không mắc bệnh tâm thần hoặc bệnh khác mà không có khả năng nhận thức, làm chủ hành vi',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Bản sao hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu của người nước ngoài',
            originals: 0,
            copies: 1,
            required: true,
          },
        ],
      },
      { name: 'Giấy tờ phải xuất trình', components: [identityShown] },
    ],
    results: [{ name: 'Giấy chứng nhận kết hôn' }],
    legalBasis: BASIS,
    onlineServiceLevel: 'partial',
    keywords: ['kết hôn có yếu tố nước ngoài', 'kết hôn với người nước ngoài'],
    synonyms: [
      'lấy chồng nước ngoài',
      'lấy vợ người Lào',
      'đăng ký kết hôn với người nước ngoài',
      'ket hon nguoi nuoc ngoai',
    ],
    related: ['1.000894', '2.002189'],
  },
  {
    code: '2.002189',
    name: 'Thủ tục ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài',
    sector: 'ho-tich',
    levels: ['commune', 'district'],
    formalityType: 'standard',
    subjects: ['citizen', 'overseas-vietnamese'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người yêu cầu nộp tờ khai và bản sao giấy tờ chứng nhận việc kết hôn do cơ quan có thẩm quyền nước ngoài cấp tại UBND cấp xã nơi cư trú.',
      'Bước 2: Người tiếp nhận kiểm tra hồ sơ, giấy tờ đã hợp pháp hóa lãnh sự và dịch sang tiếng Việt; hẹn trả kết quả.',
      'Bước 3: Nếu thấy việc kết hôn phù hợp pháp luật Việt Nam, công chức làm công tác hộ tịch ghi vào Sổ hộ tịch và trình Chủ tịch UBND cấp xã cấp Trích lục.',
      'Bước 4: Người yêu cầu nhận Trích lục ghi chú kết hôn.',
    ],
    methods: [
      direct(
        5,
        'working-day',
        'Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ; trường hợp cần xác minh thì kéo dài thêm không quá 10 ngày làm việc.',
        [
          fee(75000, `75.000 đồng/trường hợp, ${LOCAL_FEE}`), // amount illustrative
        ],
      ),
      online(5, 'working-day', ONLINE_PORTAL, [fee(37500, 'Giảm 50% mức thu khi nộp trực tuyến')]), // amount illustrative
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai ghi vào Sổ hộ tịch việc kết hôn (theo mẫu)',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Bản sao giấy tờ chứng nhận việc kết hôn do cơ quan có thẩm quyền nước ngoài cấp',
            originals: 0,
            copies: 1,
            required: true,
          },
        ],
      },
      { name: 'Giấy tờ phải xuất trình', components: [identityShown] },
    ],
    results: [{ name: 'Trích lục ghi chú kết hôn' }],
    legalBasis: BASIS,
    onlineServiceLevel: 'partial',
    keywords: ['ghi chú kết hôn', 'ghi vào sổ hộ tịch việc kết hôn', 'kết hôn ở nước ngoài'],
    synonyms: ['đã cưới ở nước ngoài về đăng ký lại', 'ghi chu ket hon'],
    related: ['2.000806'],
  },
]

/**
 * Cư trú (residence registration) – Công an cấp xã. Steps, times and fees follow the
 * Ministry of Public Security's published procedure texts (Luật Cư trú 2020, Thông tư
 * 55/56/57/2021/TT-BCA amended by 66/2023/TT-BCA, lệ phí Thông tư 75/2022/TT-BTC).
 * Includes the one abolished procedure of the demo (sổ hộ khẩu, abolished by the 2020 law).
 */
import type { SeedProcedure } from '../types.ts'
import { direct, fee, free, online } from './_helpers.ts'

const BASIS = [
  '68/2020/QH14',
  '154/2024/NĐ-CP',
  '55/2021/TT-BCA',
  '56/2021/TT-BCA',
  '57/2021/TT-BCA',
  '66/2023/TT-BCA',
]
const FEE_BASIS = '75/2022/TT-BTC'
const ONLINE_CT =
  'Nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công Bộ Công an hoặc ứng dụng VNeID; đăng tải bản quét, bản chụp giấy tờ (không bắt buộc chứng thực); kết quả thông báo qua tài khoản.'
const DIRECT_CT =
  'Nộp trực tiếp tại Công an cấp xã; tiếp nhận giờ hành chính các ngày làm việc và sáng thứ Bảy hằng tuần (trừ ngày lễ, tết).'
const EXEMPT =
  'Miễn lệ phí đối với các trường hợp tại Điều 4 Thông tư 75/2022/TT-BTC (trẻ em, người cao tuổi, người khuyết tật, người có công và thân nhân, đồng bào dân tộc thiểu số ở xã, thôn đặc biệt khó khăn, công dân thường trú tại xã biên giới, người thuộc hộ nghèo…)'

const ct01 = {
  name: 'Tờ khai thay đổi thông tin cư trú (Mẫu CT01)',
  originals: 1,
  copies: 0,
  required: true,
  form: 'to-khai-thay-doi-thong-tin-cu-tru.docx',
}
const steps = (what: string, extra?: string): string[] =>
  [
    'Cá nhân, tổ chức chuẩn bị hồ sơ theo quy định.',
    `Nộp hồ sơ ${what} tại Công an cấp xã hoặc nộp trực tuyến qua Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công Bộ Công an, ứng dụng VNeID.`,
    'Cơ quan đăng ký cư trú kiểm tra tính pháp lý và nội dung hồ sơ: hồ sơ đầy đủ, hợp lệ thì cấp Phiếu tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu CT04); hồ sơ đủ điều kiện nhưng chưa đủ giấy tờ thì hướng dẫn bổ sung (Mẫu CT05); không đủ điều kiện thì từ chối và cấp Phiếu từ chối (Mẫu CT06).',
    ...(extra ? [extra] : []),
    'Căn cứ ngày hẹn, nhận thông báo kết quả giải quyết (Mẫu CT08) hoặc tra cứu kết quả trên ứng dụng VNeID.',
  ].map((text, i) => `Bước ${i + 1}: ${text}`)

export const cuTru: SeedProcedure[] = [
  {
    code: '1.004222',
    name: 'Đăng ký thường trú',
    sector: 'cu-tru',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'overseas-vietnamese'],
    agencies: { implementing: ['cong-an-xa'], competent: ['cong-an-xa'] },
    steps: steps('đăng ký thường trú', 'Nộp lệ phí đăng ký thường trú theo quy định.'),
    methods: [
      direct(
        7,
        'working-day',
        `${DIRECT_CT} Trong thời hạn 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, cơ quan đăng ký cư trú thẩm định, cập nhật thông tin nơi thường trú mới vào Cơ sở dữ liệu về cư trú.`,
        [fee(20000, '20.000 đồng/lần đăng ký (Thông tư 75/2022/TT-BTC)'), free(EXEMPT)],
      ),
      online(7, 'working-day', ONLINE_CT, [
        fee(10000, '10.000 đồng/lần đăng ký khi nộp trực tuyến'),
        free(EXEMPT),
      ]),
    ],
    dossierCases: [
      {
        name: 'Đăng ký thường trú vào chỗ ở hợp pháp thuộc quyền sở hữu của mình',
        components: [
          ct01,
          {
            name: 'Giấy tờ, tài liệu chứng minh việc sở hữu chỗ ở hợp pháp',
            description:
              'Không phải nộp nếu thông tin đã có trong cơ sở dữ liệu chuyên ngành được kết nối với cơ quan đăng ký cư trú.',
            originals: 0,
            copies: 1,
            required: true,
          },
        ],
      },
      {
        name: 'Vợ về ở với chồng, con về ở với cha mẹ… (chỗ ở không thuộc quyền sở hữu của mình)',
        components: [
          {
            ...ct01,
            name: 'Tờ khai thay đổi thông tin cư trú (Mẫu CT01), ghi rõ ý kiến đồng ý của chủ hộ, chủ sở hữu chỗ ở hợp pháp',
          },
          {
            name: 'Giấy tờ, tài liệu chứng minh quan hệ nhân thân với chủ hộ, thành viên hộ gia đình (trừ trường hợp thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư)',
            originals: 0,
            copies: 1,
            required: false,
          },
        ],
      },
      {
        name: 'Đăng ký thường trú vào chỗ ở do thuê, mượn, ở nhờ',
        components: [
          {
            ...ct01,
            name: 'Tờ khai thay đổi thông tin cư trú (Mẫu CT01), ghi rõ ý kiến đồng ý của chủ sở hữu chỗ ở',
          },
          {
            name: 'Hợp đồng cho thuê, cho mượn, cho ở nhờ hoặc văn bản về việc cho mượn, cho ở nhờ chỗ ở hợp pháp đã được công chứng hoặc chứng thực',
            originals: 0,
            copies: 1,
            required: true,
          },
          {
            name: 'Giấy tờ, tài liệu chứng minh đủ diện tích nhà ở tối thiểu để đăng ký thường trú theo quy định của HĐND tỉnh',
            originals: 0,
            copies: 1,
            required: true,
          },
        ],
      },
    ],
    results: [
      {
        name: 'Thông báo kết quả giải quyết, hủy bỏ thủ tục đăng ký cư trú (Mẫu CT08); thông tin thường trú được cập nhật vào Cơ sở dữ liệu về cư trú',
      },
    ],
    requirements:
      'Có chỗ ở hợp pháp; trường hợp đăng ký thường trú vào chỗ ở thuê, mượn, ở nhờ phải bảo đảm diện tích nhà ở tối thiểu do HĐND tỉnh quy định và được chủ sở hữu đồng ý.',
    legalBasis: [...BASIS, FEE_BASIS],
    onlineServiceLevel: 'full',
    keywords: ['đăng ký thường trú', 'thường trú', 'cư trú'],
    synonyms: [
      'đăng ký hộ khẩu',
      'nhập khẩu',
      'nhập hộ khẩu',
      'chuyển hộ khẩu về nhà',
      'dang ky ho khau',
      'nhap khau',
      'dang ky thuong tru',
    ],
    related: ['1.003197', '1.010038', '1.004194', '2.002621'],
  },
  {
    code: '1.004194',
    name: 'Đăng ký tạm trú',
    sector: 'cu-tru',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    agencies: { implementing: ['cong-an-xa'], competent: ['cong-an-xa'] },
    steps: steps('đăng ký tạm trú', 'Nộp lệ phí đăng ký tạm trú theo quy định.'),
    methods: [
      direct(
        3,
        'working-day',
        `${DIRECT_CT} Thời hạn 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.`,
        [
          fee(
            15000,
            'Cá nhân, hộ gia đình: 15.000 đồng/lần đăng ký; đăng ký theo danh sách: 10.000 đồng/người/lần (Thông tư 75/2022/TT-BTC)',
          ),
          free(EXEMPT),
        ],
      ),
      online(3, 'working-day', ONLINE_CT, [
        fee(
          7000,
          'Cá nhân, hộ gia đình: 7.000 đồng/lần; theo danh sách: 5.000 đồng/người/lần khi nộp trực tuyến',
        ),
        free(EXEMPT),
      ]),
    ],
    dossierCases: [
      {
        name: 'Đăng ký tạm trú cá nhân, hộ gia đình',
        components: [
          ct01,
          {
            name: 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp',
            description:
              'Văn bản cho thuê, cho mượn, cho ở nhờ không bắt buộc công chứng, chứng thực.',
            originals: 0,
            copies: 1,
            required: true,
          },
        ],
      },
      {
        name: 'Đăng ký tạm trú theo danh sách',
        components: [
          { ...ct01, name: 'Tờ khai thay đổi thông tin cư trú (Mẫu CT01) của từng người' },
          {
            name: 'Văn bản đề nghị đăng ký tạm trú ghi rõ chỗ ở hợp pháp, kèm danh sách người tạm trú (họ tên, ngày sinh, giới tính, số định danh cá nhân, thời hạn tạm trú)',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
    ],
    results: [
      {
        name: 'Thông báo kết quả giải quyết (Mẫu CT08); thông tin tạm trú và thời hạn tạm trú được cập nhật vào Cơ sở dữ liệu về cư trú',
      },
    ],
    requirements:
      'Công dân đến sinh sống tại chỗ ở hợp pháp ngoài phạm vi đơn vị hành chính cấp xã nơi thường trú để lao động, học tập hoặc vì mục đích khác từ 30 ngày trở lên thì phải đăng ký tạm trú. Thời hạn tạm trú tối đa là 02 năm và có thể tiếp tục gia hạn nhiều lần.',
    legalBasis: [...BASIS, FEE_BASIS],
    onlineServiceLevel: 'full',
    keywords: ['đăng ký tạm trú', 'tạm trú', 'cư trú'],
    synonyms: [
      'đăng ký tạm trú cho sinh viên',
      'khai báo tạm trú',
      'làm tạm trú',
      'dang ky tam tru',
      'tạm trú cho người thuê trọ',
    ],
    related: ['1.002755', '1.010028', '2.001159'],
  },
  {
    code: '1.002755',
    name: 'Gia hạn tạm trú',
    sector: 'cu-tru',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    agencies: { implementing: ['cong-an-xa'], competent: ['cong-an-xa'] },
    steps: steps('gia hạn tạm trú', 'Nộp lệ phí gia hạn tạm trú theo quy định.'),
    methods: [
      direct(
        3,
        'working-day',
        `${DIRECT_CT} Thời hạn 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.`,
        [
          fee(
            15000,
            'Cá nhân, hộ gia đình: 15.000 đồng/lần; theo danh sách: 10.000 đồng/người/lần',
          ),
          free(EXEMPT),
        ],
      ),
      online(3, 'working-day', ONLINE_CT, [
        fee(
          7000,
          'Cá nhân, hộ gia đình: 7.000 đồng/lần; theo danh sách: 5.000 đồng/người/lần khi nộp trực tuyến',
        ),
        free(EXEMPT),
      ]),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          ct01,
          {
            name: 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp (trừ trường hợp thông tin đã có trong cơ sở dữ liệu)',
            originals: 0,
            copies: 1,
            required: false,
          },
        ],
      },
    ],
    results: [
      {
        name: 'Thông báo kết quả giải quyết (Mẫu CT08); thời hạn tạm trú mới được cập nhật vào Cơ sở dữ liệu về cư trú',
      },
    ],
    requirements:
      'Trong thời hạn 15 ngày trước ngày kết thúc thời hạn tạm trú đã đăng ký, công dân phải làm thủ tục gia hạn tạm trú.',
    legalBasis: [...BASIS, FEE_BASIS],
    onlineServiceLevel: 'full',
    keywords: ['gia hạn tạm trú', 'tạm trú'],
    synonyms: ['hết hạn tạm trú', 'gia hạn đăng ký tạm trú', 'gia han tam tru'],
    related: ['1.004194'],
  },
  {
    code: '1.003197',
    name: 'Xóa đăng ký thường trú',
    sector: 'cu-tru',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    agencies: { implementing: ['cong-an-xa'], competent: ['cong-an-xa'] },
    steps: steps('xóa đăng ký thường trú'),
    methods: [
      direct(
        5,
        'working-day',
        `${DIRECT_CT} Thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.`,
        [free('Không thu lệ phí')],
      ),
      online(5, 'working-day', ONLINE_CT, [free('Không thu lệ phí')]),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          ct01,
          {
            name: 'Giấy tờ, tài liệu chứng minh thuộc một trong các trường hợp xóa đăng ký thường trú quy định tại Điều 24 Luật Cư trú (trừ trường hợp thông tin đã có trong cơ sở dữ liệu chuyên ngành)',
            originals: 0,
            copies: 1,
            required: false,
          },
        ],
      },
    ],
    results: [{ name: 'Thông báo kết quả xóa đăng ký thường trú (Mẫu CT08)' }],
    requirements:
      'Trong thời hạn 07 ngày kể từ ngày hộ gia đình có người thuộc diện xóa đăng ký thường trú, người đó hoặc đại diện hộ gia đình có trách nhiệm nộp hồ sơ; quá thời hạn mà không nộp thì cơ quan đăng ký cư trú lập biên bản và thực hiện xóa đăng ký thường trú.',
    legalBasis: BASIS,
    onlineServiceLevel: 'full',
    keywords: ['xóa đăng ký thường trú', 'thường trú'],
    synonyms: [
      'cắt khẩu',
      'cắt hộ khẩu',
      'xóa hộ khẩu',
      'chuyển khẩu đi',
      'cat khau',
      'xoa ho khau',
      'xoa dang ky thuong tru',
    ],
    related: ['1.004222', '2.002622'],
  },
  {
    code: '1.010028',
    name: 'Xóa đăng ký tạm trú',
    sector: 'cu-tru',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    agencies: { implementing: ['cong-an-xa'], competent: ['cong-an-xa'] },
    steps: steps('xóa đăng ký tạm trú'),
    methods: [
      direct(
        2,
        'working-day',
        `${DIRECT_CT} Thời hạn 02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.`,
        [free('Không thu lệ phí')],
      ),
      online(2, 'working-day', ONLINE_CT, [free('Không thu lệ phí')]),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          ct01,
          {
            name: 'Giấy tờ, tài liệu chứng minh thuộc một trong các trường hợp xóa đăng ký tạm trú',
            originals: 0,
            copies: 1,
            required: false,
          },
        ],
      },
    ],
    results: [{ name: 'Thông báo kết quả xóa đăng ký tạm trú (Mẫu CT08)' }],
    legalBasis: BASIS,
    onlineServiceLevel: 'full',
    keywords: ['xóa đăng ký tạm trú', 'tạm trú'],
    synonyms: ['hủy tạm trú', 'cắt tạm trú', 'xoa tam tru'],
    related: ['1.004194'],
  },
  {
    code: '1.010038',
    name: 'Tách hộ',
    sector: 'cu-tru',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['cong-an-xa'], competent: ['cong-an-xa'] },
    steps: steps('tách hộ', 'Nộp lệ phí theo quy định.'),
    methods: [
      direct(
        5,
        'working-day',
        `${DIRECT_CT} Thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.`,
        [fee(10000, '10.000 đồng/lần đăng ký (Thông tư 75/2022/TT-BTC)'), free(EXEMPT)],
      ),
      online(5, 'working-day', ONLINE_CT, [
        fee(5000, '5.000 đồng/lần đăng ký khi nộp trực tuyến'),
        free(EXEMPT),
      ]),
    ],
    dossierCases: [
      {
        name: 'Tách hộ để đăng ký thường trú tại cùng một chỗ ở hợp pháp',
        components: [
          {
            ...ct01,
            name: 'Tờ khai thay đổi thông tin cư trú (Mẫu CT01), ghi rõ ý kiến đồng ý cho tách hộ của chủ hộ, chủ sở hữu chỗ ở hợp pháp',
          },
        ],
      },
      {
        name: 'Vợ, chồng đã ly hôn vẫn được ở cùng chỗ ở hợp pháp',
        components: [
          ct01,
          {
            name: 'Giấy tờ, tài liệu chứng minh việc ly hôn và việc tiếp tục được sử dụng chỗ ở hợp pháp đó',
            originals: 0,
            copies: 1,
            required: true,
          },
        ],
      },
    ],
    results: [
      {
        name: 'Thông báo kết quả (Mẫu CT08); thông tin hộ gia đình được cập nhật vào Cơ sở dữ liệu về cư trú',
      },
    ],
    requirements:
      'Thành viên hộ gia đình đăng ký tách hộ phải có năng lực hành vi dân sự đầy đủ; nhiều thành viên cùng tách để lập hộ mới thì ít nhất một người có năng lực hành vi dân sự đầy đủ.',
    legalBasis: [...BASIS, FEE_BASIS],
    onlineServiceLevel: 'full',
    keywords: ['tách hộ', 'cư trú', 'hộ gia đình'],
    synonyms: ['tách sổ hộ khẩu', 'tách khẩu', 'ra hộ riêng', 'tach ho khau', 'tach khau'],
    related: ['1.004222', '1.010039'],
  },
  {
    code: '1.010039',
    name: 'Điều chỉnh thông tin về cư trú trong Cơ sở dữ liệu về cư trú',
    sector: 'cu-tru',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['cong-an-xa'], competent: ['cong-an-xa'] },
    steps: steps('điều chỉnh thông tin về cư trú'),
    methods: [
      direct(
        3,
        'working-day',
        `${DIRECT_CT} Thời hạn 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.`,
        [free('Không thu lệ phí')],
      ), // time not verified
      online(3, 'working-day', ONLINE_CT, [free('Không thu lệ phí')]), // time not verified
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          ct01,
          {
            name: 'Giấy tờ, tài liệu chứng minh việc điều chỉnh thông tin (không phải nộp nếu thông tin thay đổi đã có trong Cơ sở dữ liệu hộ tịch điện tử)',
            originals: 0,
            copies: 1,
            required: false,
          },
        ],
      },
    ],
    results: [
      {
        name: 'Thông báo kết quả (Mẫu CT08); thông tin cư trú được điều chỉnh trong Cơ sở dữ liệu về cư trú',
      },
    ],
    legalBasis: BASIS,
    onlineServiceLevel: 'full',
    keywords: ['điều chỉnh thông tin cư trú', 'thay đổi chủ hộ', 'cư trú'],
    synonyms: [
      'đổi chủ hộ',
      'sửa thông tin hộ khẩu',
      'điều chỉnh hộ khẩu',
      'dieu chinh thong tin cu tru',
    ],
    related: ['1.010038', '1.004859'],
  },
  {
    code: '1.010041',
    name: 'Xác nhận thông tin về cư trú',
    sector: 'cu-tru',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    description:
      'Công dân có thể đề nghị tại Công an cấp xã nơi thuận lợi, không phụ thuộc vào nơi cư trú.',
    agencies: { implementing: ['cong-an-xa'], competent: ['cong-an-xa'] },
    steps: steps('xác nhận thông tin về cư trú'),
    methods: [
      direct(
        3,
        'working-day',
        'Không quá 1/2 ngày làm việc nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư; 03 ngày làm việc nếu cần xác minh.',
        [free('Không thu lệ phí')],
      ),
      online(
        3,
        'working-day',
        `${ONLINE_CT} Không quá 1/2 ngày làm việc nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư; 03 ngày làm việc nếu cần xác minh.`,
        [free('Không thu lệ phí')],
      ),
    ],
    dossierCases: [{ name: 'Giấy tờ phải nộp', components: [ct01] }],
    results: [{ name: 'Xác nhận thông tin về cư trú (Mẫu CT07)' }],
    legalBasis: BASIS,
    onlineServiceLevel: 'full',
    keywords: ['xác nhận thông tin về cư trú', 'xác nhận cư trú', 'CT07'],
    synonyms: [
      'xin giấy xác nhận cư trú',
      'giấy xác nhận hộ khẩu',
      'xác nhận nơi ở',
      'xac nhan cu tru',
    ],
    related: ['1.004222', '1.004194'],
  },
  {
    code: '1.010040',
    name: 'Khai báo thông tin về cư trú đối với người chưa đủ điều kiện đăng ký thường trú, đăng ký tạm trú',
    sector: 'cu-tru',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['cong-an-xa'], competent: ['cong-an-xa'] },
    steps: steps('khai báo thông tin về cư trú'),
    methods: [
      direct(
        5,
        'working-day',
        'Trường hợp đã có thông tin trong Cơ sở dữ liệu quốc gia về dân cư: xác minh trong 05 ngày làm việc; chưa có thông tin: trong 30 ngày, trường hợp phức tạp không quá 60 ngày.',
        [free('Không thu lệ phí')],
      ),
      online(5, 'working-day', ONLINE_CT, [free('Không thu lệ phí')]),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          ct01,
          { name: 'Giấy tờ, tài liệu khác (nếu có)', originals: 0, copies: 1, required: false },
        ],
      },
    ],
    results: [
      {
        name: 'Thông báo cập nhật thông tin (Mẫu CT08) và Xác nhận thông tin về cư trú (Mẫu CT07)',
      },
    ],
    legalBasis: BASIS,
    onlineServiceLevel: 'full',
    keywords: ['khai báo thông tin về cư trú', 'nơi ở hiện tại'],
    synonyms: [
      'không có chỗ ở hợp pháp để nhập khẩu',
      'khai báo nơi ở hiện tại',
      'khai bao cu tru',
    ],
    related: ['1.004222', '1.010041'],
  },
  {
    code: '1.003677',
    name: 'Khai báo tạm vắng',
    sector: 'cu-tru',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['cong-an-xa'], competent: ['cong-an-xa'] },
    steps: [
      'Bước 1: Người thuộc diện phải khai báo tạm vắng (hoặc cha, mẹ, người giám hộ đối với người chưa thành niên) chuẩn bị đề nghị khai báo tạm vắng.',
      'Bước 2: Bị can, bị cáo, người bị áp dụng biện pháp quản lý, giáo dục… nộp hồ sơ trực tiếp tại Công an cấp xã; các trường hợp đi khỏi nơi cư trú từ 12 tháng trở lên có thể khai báo trực tiếp, qua điện thoại, hộp thư điện tử hoặc trực tuyến.',
      'Bước 3: Cơ quan đăng ký cư trú kiểm tra, cập nhật thông tin khai báo tạm vắng vào Cơ sở dữ liệu về cư trú.',
      'Bước 4: Người khai báo nhận Phiếu khai báo tạm vắng (Mẫu CT03) và thông báo kết quả (Mẫu CT08).',
    ],
    methods: [
      direct(
        1,
        'working-day',
        'Trong thời gian 01 ngày kể từ khi tiếp nhận đề nghị khai báo tạm vắng; trường hợp phức tạp không quá 02 ngày làm việc.',
        [free('Không thu lệ phí')],
      ),
      online(
        1,
        'working-day',
        `${ONLINE_CT} Áp dụng cho trường hợp đi khỏi nơi cư trú để làm việc, học tập hoặc vì mục đích khác từ 12 tháng trở lên.`,
        [free('Không thu lệ phí')],
      ),
    ],
    dossierCases: [
      {
        name: 'Bị can, bị cáo tại ngoại; người bị áp dụng biện pháp giáo dục tại xã, quản chế, cải tạo không giam giữ…',
        components: [
          { name: 'Đề nghị khai báo tạm vắng', originals: 1, copies: 0, required: true },
          {
            name: 'Văn bản đồng ý của cơ quan có thẩm quyền giám sát, quản lý, giáo dục người đó',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
      {
        name: 'Người trong độ tuổi nghĩa vụ quân sự đi khỏi huyện từ 03 tháng trở lên; người đi khỏi nơi thường trú từ 12 tháng trở lên',
        components: [
          {
            name: 'Nội dung khai báo: họ tên, số định danh cá nhân, lý do tạm vắng, thời gian tạm vắng, địa chỉ nơi đến',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
    ],
    results: [{ name: 'Phiếu khai báo tạm vắng (Mẫu CT03)' }],
    legalBasis: [
      '68/2020/QH14',
      '55/2021/TT-BCA',
      '56/2021/TT-BCA',
      '57/2021/TT-BCA',
      '66/2023/TT-BCA',
    ],
    onlineServiceLevel: 'partial',
    keywords: ['khai báo tạm vắng', 'tạm vắng'],
    synonyms: ['báo tạm vắng', 'đi làm ăn xa báo công an', 'khai bao tam vang'],
    related: ['1.004194'],
  },
  {
    code: '2.001159',
    name: 'Thông báo lưu trú',
    sector: 'cu-tru',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation', 'enterprise'],
    agencies: { implementing: ['cong-an-xa'], competent: ['cong-an-xa'] },
    steps: [
      'Bước 1: Khi có người đến lưu trú, chủ hộ, thành viên hộ gia đình hoặc đại diện cơ sở lưu trú đề nghị người đến lưu trú xuất trình giấy tờ có số định danh cá nhân.',
      'Bước 2: Thông báo lưu trú với cơ quan đăng ký cư trú trực tiếp, qua số điện thoại, hộp thư điện tử do Công an cấp xã niêm yết, qua Cổng Dịch vụ công hoặc ứng dụng VNeID.',
      'Bước 3: Cán bộ Công an cấp xã tiếp nhận và cập nhật thông tin lưu trú vào Cơ sở dữ liệu về cư trú.',
    ],
    methods: [
      direct(1, 'hour', 'Tiếp nhận ngay khi công dân thông báo lưu trú.', [
        free('Không thu lệ phí'),
      ]),
      online(
        1,
        'hour',
        'Thông báo qua Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công Bộ Công an hoặc ứng dụng VNeID; tiếp nhận ngay.',
        [free('Không thu lệ phí')],
      ),
    ],
    dossierCases: [
      {
        name: 'Nội dung thông báo',
        components: [
          {
            name: 'Thông tin người đến lưu trú: họ tên, số định danh cá nhân, thời gian lưu trú, lý do lưu trú',
            originals: 0,
            copies: 0,
            required: true,
          },
        ],
      },
    ],
    results: [{ name: 'Thông tin lưu trú được cập nhật vào Cơ sở dữ liệu về cư trú' }],
    requirements:
      'Thông báo trước 23 giờ của ngày bắt đầu lưu trú; người đến lưu trú sau 23 giờ thì thông báo trước 08 giờ ngày hôm sau. Ông, bà, cha, mẹ, vợ, chồng, con, cháu, anh, chị, em ruột đến lưu trú nhiều lần thì chỉ cần thông báo một lần.',
    legalBasis: ['68/2020/QH14', '55/2021/TT-BCA', '57/2021/TT-BCA', '66/2023/TT-BCA'],
    onlineServiceLevel: 'full',
    keywords: ['thông báo lưu trú', 'lưu trú'],
    synonyms: [
      'khai báo lưu trú',
      'báo có khách ngủ lại',
      'khai báo khách ở nhà',
      'thong bao luu tru',
    ],
    related: ['1.004194'],
  },
  {
    code: '1.003273', // code not verified (abolished procedure; old code of the pre-2021 residence catalogue)
    name: 'Cấp đổi, cấp lại sổ hộ khẩu',
    sector: 'cu-tru',
    levels: ['commune', 'district'],
    formalityType: 'standard',
    subjects: ['citizen'],
    description:
      'Thủ tục theo Luật Cư trú năm 2006. Đã bị bãi bỏ từ ngày 01/7/2021 khi Luật Cư trú số 68/2020/QH14 có hiệu lực: cơ quan đăng ký cư trú không cấp mới, cấp đổi, cấp lại sổ hộ khẩu; sổ hộ khẩu đã cấp chỉ được sử dụng đến hết ngày 31/12/2022.',
    agencies: { implementing: ['cong-an-xa'], competent: ['cong-an-xa'] },
    steps: [
      'Bước 1: Chủ hộ nộp phiếu báo thay đổi hộ khẩu, nhân khẩu và sổ hộ khẩu cũ (trường hợp cấp đổi) tại Công an cấp xã (hoặc Công an cấp huyện đối với thị trấn).',
      'Bước 2: Cán bộ tiếp nhận kiểm tra hồ sơ, viết giấy biên nhận.',
      'Bước 3: Cơ quan đăng ký cư trú cấp đổi hoặc cấp lại sổ hộ khẩu và trả kết quả theo giấy hẹn.',
    ],
    methods: [
      direct(
        5,
        'working-day',
        'Cấp đổi: 03 ngày làm việc; cấp lại: 05 ngày làm việc kể từ ngày nhận đủ hồ sơ (theo quy định cũ).',
        [
          fee(
            8000,
            'Lệ phí cấp đổi, cấp lại sổ hộ khẩu theo Nghị quyết của HĐND tỉnh (quy định cũ); miễn khi đổi do thay đổi địa giới hành chính',
          ), // amount illustrative
        ],
      ),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Phiếu báo thay đổi hộ khẩu, nhân khẩu (mẫu HK02)',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Sổ hộ khẩu cũ (trường hợp cấp đổi do hư hỏng)',
            originals: 1,
            copies: 0,
            required: false,
          },
        ],
      },
    ],
    results: [{ name: 'Sổ hộ khẩu' }],
    legalBasis: ['81/2006/QH11', '31/2014/NĐ-CP', '35/2014/TT-BCA'],
    onlineServiceLevel: 'none',
    keywords: ['sổ hộ khẩu', 'cấp đổi sổ hộ khẩu', 'cấp lại sổ hộ khẩu'],
    synonyms: ['làm lại sổ hộ khẩu', 'mất sổ hộ khẩu', 'đổi sổ hộ khẩu', 'so ho khau'],
    related: ['1.010041', '1.010039'],
    status: 'abolished',
  },
]

/**
 * Chứng thực (certification) – commune level. Fees are the national amounts of
 * Thông tư 226/2016/TT-BTC (phí chứng thực); "công chứng" is what citizens usually type.
 */
import type { SeedProcedure } from '../types.ts'
import { direct, fee, identityShown, online, ONLINE_PORTAL, proxyLetter } from './_helpers.ts'

const BASIS = ['23/2015/NĐ-CP', '01/2020/TT-BTP', '07/2025/NĐ-CP', '226/2016/TT-BTC']
const SAME_DAY =
  'Ngay trong ngày tiếp nhận yêu cầu hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ; trường hợp yêu cầu chứng thực số lượng lớn thì có thể hẹn lại theo thỏa thuận bằng văn bản.'
const TWO_DAYS =
  'Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ hoặc theo thời hạn khác mà người yêu cầu chứng thực thỏa thuận bằng văn bản.'

const requestSlip = {
  name: 'Phiếu yêu cầu chứng thực (theo mẫu)',
  description:
    'Áp dụng đối với chứng thực hợp đồng, giao dịch; có thể sử dụng khi người yêu cầu đề nghị chứng thực nhiều giấy tờ.',
  originals: 1,
  copies: 0,
  required: true,
  form: 'phieu-yeu-cau-chung-thuc.docx',
}
const contractDraft = {
  name: 'Dự thảo hợp đồng, giao dịch (hoặc văn bản) cần chứng thực',
  originals: 1,
  copies: 0,
  required: true,
}
const propertyPapers = {
  name: 'Bản sao Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở hoặc giấy tờ thay thế theo quy định đối với tài sản là bất động sản, động sản phải đăng ký',
  description: 'Nộp bản sao kèm xuất trình bản chính để đối chiếu.',
  originals: 0,
  copies: 1,
  required: true,
}

export const chungThuc: SeedProcedure[] = [
  {
    code: '2.000815',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam; cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận',
    sector: 'chung-thuc',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation', 'foreigner'],
    description:
      'Chứng thực bản sao (bản giấy hoặc bản điện tử) từ bản chính giấy tờ, văn bản tại UBND cấp xã; người yêu cầu có thể yêu cầu tại bất kỳ UBND cấp xã nào, không phụ thuộc nơi cư trú.',
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người yêu cầu chứng thực xuất trình bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao và bản sao cần chứng thực (hoặc đề nghị cơ quan chụp từ bản chính).',
      'Bước 2: Người tiếp nhận kiểm tra bản chính; nếu bản chính thuộc trường hợp không được dùng làm cơ sở chứng thực bản sao (bị tẩy xóa, sửa chữa, hư hỏng, đóng dấu mật…) thì từ chối và giải thích rõ lý do.',
      'Bước 3: Người thực hiện chứng thực đối chiếu bản sao với bản chính, ghi lời chứng, ký, ghi rõ họ tên, đóng dấu UBND cấp xã và ghi vào sổ chứng thực (đối với bản sao điện tử: ký số của người thực hiện chứng thực và của UBND cấp xã).',
      'Bước 4: Người yêu cầu nộp phí và nhận bản sao đã được chứng thực.',
    ],
    methods: [
      direct(1, 'working-day', SAME_DAY, [
        fee(
          2000,
          '2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa không quá 200.000 đồng/bản (Thông tư 226/2016/TT-BTC)',
        ),
      ]),
      online(
        1,
        'working-day',
        `${ONLINE_PORTAL} Chứng thực bản sao điện tử từ bản chính: người yêu cầu đăng ký trực tuyến và xuất trình bản chính tại UBND cấp xã; bản sao điện tử được trả vào tài khoản.`,
        [
          fee(
            2000,
            '2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản',
          ),
        ],
      ),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp, xuất trình',
        components: [
          {
            name: 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao',
            description:
              'Giấy tờ do cơ quan nước ngoài cấp phải được hợp pháp hóa lãnh sự, trừ trường hợp được miễn theo điều ước quốc tế.',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Bản sao cần chứng thực',
            description:
              'Trường hợp người yêu cầu không nộp bản sao thì cơ quan thực hiện chụp từ bản chính.',
            originals: 0,
            copies: 1,
            required: false,
          },
        ],
      },
    ],
    results: [{ name: 'Bản sao được chứng thực từ bản chính' }],
    requirements:
      'Không chứng thực bản sao từ bản chính bị tẩy xóa, sửa chữa, thêm, bớt nội dung không hợp lệ; bị hư hỏng, cũ nát không xác định được nội dung; đóng dấu mật hoặc ghi rõ không được sao chụp; có nội dung trái pháp luật, đạo đức xã hội.',
    legalBasis: BASIS,
    onlineServiceLevel: 'partial',
    keywords: ['chứng thực bản sao', 'bản sao từ bản chính', 'chứng thực bản sao điện tử'],
    synonyms: [
      'công chứng giấy tờ',
      'photo công chứng',
      'sao y bản chính',
      'công chứng căn cước',
      'cong chung giay to',
      'chung thuc ban sao',
      'sao y',
    ],
    related: ['2.000884', '2.000908'],
  },
  {
    code: '2.000884',
    name: 'Thủ tục chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)',
    sector: 'chung-thuc',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'foreigner'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người yêu cầu chứng thực xuất trình giấy tờ tùy thân và giấy tờ, văn bản mà mình sẽ ký.',
      'Bước 2: Người thực hiện chứng thực kiểm tra giấy tờ; nếu người yêu cầu minh mẫn, nhận thức và làm chủ được hành vi, việc chứng thực không thuộc trường hợp bị cấm thì tiếp nhận.',
      'Bước 3: Người yêu cầu ký (hoặc điểm chỉ) trước mặt người thực hiện chứng thực; người thực hiện chứng thực ghi lời chứng, ký, ghi rõ họ tên, đóng dấu UBND cấp xã và ghi vào sổ chứng thực.',
      'Bước 4: Người yêu cầu nộp phí và nhận giấy tờ, văn bản đã được chứng thực chữ ký.',
    ],
    methods: [
      direct(1, 'working-day', SAME_DAY, [
        fee(
          10000,
          '10.000 đồng/trường hợp (Thông tư 226/2016/TT-BTC); trường hợp là một việc ký vào nhiều giấy tờ thì tính là một trường hợp',
        ),
      ]),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp, xuất trình',
        components: [
          identityShown,
          {
            name: 'Giấy tờ, văn bản mà người yêu cầu chứng thực sẽ ký',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
    ],
    results: [{ name: 'Giấy tờ, văn bản đã được chứng thực chữ ký' }],
    requirements:
      'Người yêu cầu chứng thực phải ký trước mặt người thực hiện chứng thực. Không chứng thực chữ ký trong giấy tờ, văn bản có nội dung là hợp đồng, giao dịch (trừ các trường hợp pháp luật cho phép).',
    legalBasis: BASIS,
    onlineServiceLevel: 'none',
    keywords: ['chứng thực chữ ký', 'chứng thực điểm chỉ'],
    synonyms: [
      'công chứng chữ ký',
      'xác nhận chữ ký',
      'ký xác nhận giấy ủy quyền',
      'chung thuc chu ky',
      'cong chung chu ky',
    ],
    related: ['2.000815', '2.000992'],
  },
  {
    code: '2.000992',
    name: 'Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật của Ủy ban nhân dân cấp xã, tổ chức hành nghề công chứng',
    sector: 'chung-thuc',
    levels: ['commune', 'district'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation', 'foreigner'],
    description:
      'Trước ngày 01/7/2025 do Phòng Tư pháp cấp huyện thực hiện; từ ngày 01/7/2025 do UBND cấp xã thực hiện.',
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người yêu cầu nộp giấy tờ, văn bản cần dịch và bản dịch do cộng tác viên dịch thuật của UBND cấp xã thực hiện.',
      'Bước 2: Người thực hiện chứng thực kiểm tra giấy tờ cần dịch, đối chiếu chữ ký của người dịch với chữ ký mẫu đã đăng ký.',
      'Bước 3: Người thực hiện chứng thực ghi lời chứng, ký, ghi rõ họ tên, đóng dấu và ghi vào sổ chứng thực.',
      'Bước 4: Người yêu cầu nộp phí và nhận bản dịch đã được chứng thực chữ ký người dịch.',
    ],
    methods: [
      direct(1, 'working-day', SAME_DAY, [
        fee(10000, '10.000 đồng/trường hợp (Thông tư 226/2016/TT-BTC)'),
      ]),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Giấy tờ, văn bản cần dịch (bản chính hoặc bản sao)',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Bản dịch do cộng tác viên dịch thuật thực hiện',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
    ],
    results: [{ name: 'Bản dịch đã được chứng thực chữ ký người dịch' }],
    legalBasis: BASIS,
    onlineServiceLevel: 'none',
    keywords: ['chứng thực chữ ký người dịch', 'cộng tác viên dịch thuật', 'bản dịch'],
    synonyms: ['công chứng bản dịch', 'dịch thuật công chứng', 'chung thuc ban dich'],
    related: ['2.001008', '2.000884'],
  },
  {
    code: '2.001008',
    name: 'Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật của Ủy ban nhân dân cấp xã, tổ chức hành nghề công chứng',
    sector: 'chung-thuc',
    levels: ['commune', 'district'],
    formalityType: 'standard',
    subjects: ['citizen', 'foreigner'],
    description:
      'Người dịch tự yêu cầu chứng thực chữ ký trên bản dịch; người dịch phải có bằng cử nhân ngoại ngữ trở lên về thứ tiếng nước ngoài cần dịch hoặc có bằng tốt nghiệp đại học trở lên đối với chuyên ngành khác được học bằng thứ tiếng đó.',
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người dịch xuất trình giấy tờ tùy thân, bản sao văn bằng, chứng chỉ chứng minh trình độ dịch thuật, bản dịch và giấy tờ cần dịch.',
      'Bước 2: Người thực hiện chứng thực kiểm tra giấy tờ và năng lực dịch thuật theo quy định.',
      'Bước 3: Người dịch ký trước mặt người thực hiện chứng thực; người thực hiện chứng thực ghi lời chứng, ký, đóng dấu và ghi vào sổ chứng thực.',
      'Bước 4: Người dịch nộp phí và nhận bản dịch đã được chứng thực.',
    ],
    methods: [
      direct(1, 'working-day', SAME_DAY, [
        fee(10000, '10.000 đồng/trường hợp (Thông tư 226/2016/TT-BTC)'),
      ]),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp, xuất trình',
        components: [
          identityShown,
          {
            name: 'Bản sao bằng cử nhân ngoại ngữ trở lên hoặc văn bằng tương đương chứng minh trình độ dịch thuật',
            originals: 0,
            copies: 1,
            required: true,
          },
          {
            name: 'Bản dịch đính kèm giấy tờ, văn bản cần dịch',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
    ],
    results: [{ name: 'Bản dịch đã được chứng thực chữ ký người dịch' }],
    legalBasis: BASIS,
    onlineServiceLevel: 'none',
    keywords: ['chứng thực chữ ký người dịch', 'bản dịch'],
    synonyms: [
      'tự dịch rồi xin chứng thực',
      'công chứng bản dịch tiếng Anh',
      'chung thuc chu ky nguoi dich',
    ],
    related: ['2.000992'],
  },
  {
    code: '2.001035',
    name: 'Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở',
    sector: 'chung-thuc',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    description:
      'Chứng thực hợp đồng, giao dịch (chuyển nhượng, tặng cho, thế chấp, cho thuê…) liên quan đến động sản, quyền sử dụng đất, nhà ở tại UBND cấp xã nơi có đất, nhà ở.',
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người yêu cầu nộp phiếu yêu cầu chứng thực, dự thảo hợp đồng, giao dịch và giấy tờ liên quan tại Bộ phận Một cửa UBND cấp xã nơi có bất động sản.',
      'Bước 2: Người tiếp nhận kiểm tra giấy tờ; trường hợp hồ sơ đầy đủ, tại thời điểm chứng thực các bên tự nguyện giao kết, minh mẫn, nhận thức và làm chủ được hành vi thì thực hiện chứng thực.',
      'Bước 3: Các bên ký trước mặt người thực hiện chứng thực (trường hợp người đại diện tổ chức tín dụng đã đăng ký chữ ký mẫu thì có thể ký trước); người thực hiện chứng thực ghi lời chứng, ký, đóng dấu và ghi vào sổ chứng thực.',
      'Bước 4: Người yêu cầu nộp phí và nhận hợp đồng, giao dịch đã được chứng thực.',
    ],
    methods: [
      direct(2, 'working-day', TWO_DAYS, [
        fee(50000, '50.000 đồng/hợp đồng, giao dịch (Thông tư 226/2016/TT-BTC)'),
      ]),
      online(
        2,
        'working-day',
        `${ONLINE_PORTAL} Nộp hồ sơ trực tuyến; các bên có mặt tại UBND cấp xã để ký trước mặt người thực hiện chứng thực.`,
        [fee(50000, '50.000 đồng/hợp đồng, giao dịch')],
      ),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [requestSlip, contractDraft, propertyPapers, proxyLetter],
      },
      {
        name: 'Giấy tờ phải xuất trình',
        components: [
          { ...identityShown, name: 'Giấy tờ tùy thân của các bên tham gia hợp đồng, giao dịch' },
        ],
      },
    ],
    results: [{ name: 'Hợp đồng, giao dịch đã được chứng thực' }],
    requirements:
      'Người yêu cầu chứng thực chịu trách nhiệm về nội dung, tính hợp pháp của hợp đồng, giao dịch; các bên phải ký trước mặt người thực hiện chứng thực.',
    legalBasis: [...BASIS, '31/2024/QH15'],
    onlineServiceLevel: 'partial',
    keywords: [
      'chứng thực hợp đồng',
      'chứng thực giao dịch',
      'hợp đồng chuyển nhượng quyền sử dụng đất',
    ],
    synonyms: [
      'công chứng hợp đồng mua bán đất',
      'công chứng sổ đỏ',
      'làm hợp đồng tặng cho đất',
      'cong chung hop dong',
      'chung thuc hop dong mua ban dat',
    ],
    related: ['2.000913', '2.000942', '1.013831'],
  },
  {
    code: '2.000913',
    name: 'Chứng thực việc sửa đổi, bổ sung, hủy bỏ giao dịch',
    sector: 'chung-thuc',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Các bên nộp phiếu yêu cầu, dự thảo văn bản sửa đổi, bổ sung, hủy bỏ và hợp đồng, giao dịch đã được chứng thực tại UBND cấp xã đã chứng thực hợp đồng, giao dịch đó.',
      'Bước 2: Người thực hiện chứng thực kiểm tra hồ sơ và sự tự nguyện của các bên.',
      'Bước 3: Các bên ký trước mặt người thực hiện chứng thực; người thực hiện chứng thực ghi lời chứng, ký, đóng dấu và ghi vào sổ chứng thực.',
      'Bước 4: Người yêu cầu nộp phí và nhận văn bản sửa đổi, bổ sung, hủy bỏ đã được chứng thực.',
    ],
    methods: [
      direct(2, 'working-day', TWO_DAYS, [
        fee(30000, '30.000 đồng/hợp đồng, giao dịch (Thông tư 226/2016/TT-BTC)'),
      ]),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          requestSlip,
          {
            name: 'Dự thảo văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Hợp đồng, giao dịch đã được chứng thực',
            originals: 1,
            copies: 0,
            required: true,
          },
        ],
      },
      {
        name: 'Giấy tờ phải xuất trình',
        components: [{ ...identityShown, name: 'Giấy tờ tùy thân của các bên' }],
      },
    ],
    results: [{ name: 'Văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch đã được chứng thực' }],
    legalBasis: BASIS,
    onlineServiceLevel: 'none',
    keywords: ['sửa đổi hợp đồng', 'hủy bỏ hợp đồng', 'chứng thực'],
    synonyms: ['hủy hợp đồng đã công chứng ở xã', 'sửa hợp đồng mua bán đất', 'huy hop dong'],
    related: ['2.001035'],
  },
  {
    code: '2.001019',
    name: 'Chứng thực di chúc',
    sector: 'chung-thuc',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người lập di chúc tự mình nộp phiếu yêu cầu, dự thảo di chúc và giấy tờ liên quan tại UBND cấp xã; không được ủy quyền cho người khác.',
      'Bước 2: Người thực hiện chứng thực kiểm tra giấy tờ, sự minh mẫn và tự nguyện của người lập di chúc.',
      'Bước 3: Người lập di chúc ký (hoặc điểm chỉ) trước mặt người thực hiện chứng thực; người thực hiện chứng thực ghi lời chứng, ký, đóng dấu và ghi vào sổ chứng thực.',
      'Bước 4: Người lập di chúc nộp phí và nhận di chúc đã được chứng thực.',
    ],
    methods: [
      direct(2, 'working-day', TWO_DAYS, [
        fee(50000, '50.000 đồng/di chúc (Thông tư 226/2016/TT-BTC)'),
      ]),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          requestSlip,
          { name: 'Dự thảo di chúc', originals: 1, copies: 0, required: true },
          {
            ...propertyPapers,
            required: false,
            description:
              'Nộp trường hợp di chúc liên quan đến tài sản mà pháp luật quy định phải đăng ký quyền sở hữu, quyền sử dụng.',
          },
        ],
      },
      { name: 'Giấy tờ phải xuất trình', components: [identityShown] },
    ],
    results: [{ name: 'Di chúc đã được chứng thực' }],
    requirements:
      'Người lập di chúc phải tự mình yêu cầu chứng thực; trường hợp tính mạng bị đe dọa do bệnh tật hoặc nguyên nhân khác thì không bắt buộc xuất trình giấy tờ chứng minh quyền sở hữu tài sản nhưng phải ghi rõ trong lời chứng.',
    legalBasis: BASIS,
    onlineServiceLevel: 'none',
    keywords: ['chứng thực di chúc', 'di chúc', 'thừa kế'],
    synonyms: [
      'công chứng di chúc',
      'làm di chúc ở xã',
      'lập di chúc chia đất cho con',
      'chung thuc di chuc',
    ],
    related: ['2.001406', '2.001016'],
  },
  {
    code: '2.001406',
    name: 'Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở',
    sector: 'chung-thuc',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Những người thừa kế nộp phiếu yêu cầu, dự thảo văn bản thỏa thuận phân chia di sản và giấy tờ liên quan tại UBND cấp xã.',
      'Bước 2: Người thực hiện chứng thực kiểm tra giấy tờ chứng minh quan hệ thừa kế, quyền sở hữu, quyền sử dụng tài sản của người để lại di sản; niêm yết việc thỏa thuận phân chia di sản tại trụ sở UBND cấp xã nơi có bất động sản trong thời hạn 15 ngày.',
      'Bước 3: Hết thời hạn niêm yết không có khiếu nại, tố cáo, các bên ký trước mặt người thực hiện chứng thực; người thực hiện chứng thực ghi lời chứng, ký, đóng dấu và ghi vào sổ chứng thực.',
      'Bước 4: Người yêu cầu nộp phí và nhận văn bản đã được chứng thực.',
    ],
    methods: [
      direct(
        2,
        'working-day',
        `${TWO_DAYS} Thời hạn không bao gồm thời gian niêm yết 15 ngày tại UBND cấp xã.`,
        [fee(50000, '50.000 đồng/văn bản (Thông tư 226/2016/TT-BTC)')],
      ),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          requestSlip,
          {
            name: 'Dự thảo văn bản thỏa thuận phân chia di sản',
            originals: 1,
            copies: 0,
            required: true,
          },
          {
            name: 'Bản sao Trích lục khai tử hoặc giấy tờ chứng minh người để lại di sản đã chết',
            originals: 0,
            copies: 1,
            required: true,
          },
          {
            name: 'Giấy tờ chứng minh quan hệ giữa người để lại di sản và người được hưởng di sản theo pháp luật về thừa kế',
            originals: 0,
            copies: 1,
            required: true,
          },
          propertyPapers,
        ],
      },
      {
        name: 'Giấy tờ phải xuất trình',
        components: [{ ...identityShown, name: 'Giấy tờ tùy thân của những người thừa kế' }],
      },
    ],
    results: [{ name: 'Văn bản thỏa thuận phân chia di sản đã được chứng thực' }],
    legalBasis: BASIS,
    onlineServiceLevel: 'none',
    keywords: ['phân chia di sản', 'thừa kế', 'chứng thực văn bản thỏa thuận'],
    synonyms: ['chia đất thừa kế', 'làm giấy chia di sản bố mẹ để lại', 'chia tai san thua ke'],
    related: ['2.001019', '2.001016', '1.013831'],
  },
  {
    code: '2.001016',
    name: 'Chứng thực văn bản từ chối nhận di sản',
    sector: 'chung-thuc',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người từ chối nhận di sản nộp phiếu yêu cầu, dự thảo văn bản từ chối và giấy tờ liên quan tại UBND cấp xã.',
      'Bước 2: Người thực hiện chứng thực kiểm tra giấy tờ và sự tự nguyện của người từ chối nhận di sản.',
      'Bước 3: Người yêu cầu ký trước mặt người thực hiện chứng thực; người thực hiện chứng thực ghi lời chứng, ký, đóng dấu và ghi vào sổ chứng thực.',
    ],
    methods: [
      direct(2, 'working-day', TWO_DAYS, [
        fee(50000, '50.000 đồng/văn bản (Thông tư 226/2016/TT-BTC)'),
      ]),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp',
        components: [
          requestSlip,
          { name: 'Dự thảo văn bản từ chối nhận di sản', originals: 1, copies: 0, required: true },
          {
            name: 'Bản sao Trích lục khai tử hoặc giấy tờ chứng minh người để lại di sản đã chết',
            originals: 0,
            copies: 1,
            required: true,
          },
        ],
      },
      { name: 'Giấy tờ phải xuất trình', components: [identityShown] },
    ],
    results: [{ name: 'Văn bản từ chối nhận di sản đã được chứng thực' }],
    legalBasis: BASIS,
    onlineServiceLevel: 'none',
    keywords: ['từ chối nhận di sản', 'thừa kế'],
    synonyms: ['nhường phần thừa kế', 'không nhận đất thừa kế', 'tu choi nhan di san'],
    related: ['2.001406'],
  },
  {
    code: '2.000942',
    name: 'Thủ tục cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực',
    sector: 'chung-thuc',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Các bên tham gia hợp đồng, giao dịch hoặc người có quyền, lợi ích hợp pháp liên quan nộp yêu cầu tại UBND cấp xã đang lưu trữ hợp đồng, giao dịch.',
      'Bước 2: Người tiếp nhận kiểm tra quyền yêu cầu và tra cứu bản chính hợp đồng, giao dịch trong hồ sơ lưu trữ.',
      'Bước 3: Người thực hiện chứng thực chụp từ bản chính, ghi lời chứng, ký, đóng dấu; người yêu cầu nộp phí và nhận bản sao.',
    ],
    methods: [
      direct(1, 'working-day', SAME_DAY, [
        fee(
          2000,
          '2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản (Thông tư 226/2016/TT-BTC)',
        ),
      ]),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp, xuất trình',
        components: [
          identityShown,
          {
            name: 'Giấy tờ chứng minh là người có quyền, lợi ích hợp pháp liên quan (nếu không phải là bên tham gia hợp đồng)',
            originals: 0,
            copies: 1,
            required: false,
          },
        ],
      },
    ],
    results: [{ name: 'Bản sao có chứng thực hợp đồng, giao dịch' }],
    legalBasis: BASIS,
    onlineServiceLevel: 'none',
    keywords: ['bản sao hợp đồng đã chứng thực', 'cấp bản sao hợp đồng'],
    synonyms: [
      'xin bản sao hợp đồng mua bán đất',
      'mất hợp đồng đã công chứng',
      'ban sao hop dong',
    ],
    related: ['2.001035'],
  },
  {
    code: '2.000908',
    name: 'Thủ tục cấp bản sao từ sổ gốc',
    sector: 'chung-thuc',
    levels: ['commune'],
    formalityType: 'standard',
    subjects: ['citizen', 'organisation'],
    description:
      'Cơ quan, tổ chức đang quản lý sổ gốc (UBND cấp xã đối với sổ gốc do mình lưu giữ) cấp bản sao từ sổ gốc cho người được cấp bản chính hoặc người có quyền theo quy định.',
    agencies: { implementing: ['ubnd-xa'], competent: ['chu-tich-ubnd-xa'] },
    steps: [
      'Bước 1: Người yêu cầu nộp yêu cầu cấp bản sao từ sổ gốc tại UBND cấp xã đang quản lý sổ gốc, trực tiếp hoặc qua bưu chính.',
      'Bước 2: Người tiếp nhận kiểm tra quyền yêu cầu (người được cấp bản chính, cha, mẹ, vợ, chồng, con… hoặc người đại diện hợp pháp) và tra cứu sổ gốc.',
      'Bước 3: Nếu sổ gốc có nội dung được yêu cầu, người có thẩm quyền ký cấp bản sao; trường hợp không còn lưu trữ sổ gốc thì trả lời bằng văn bản.',
    ],
    methods: [
      direct(1, 'working-day', SAME_DAY, [
        fee(
          8000,
          'Theo mức phí của loại giấy tờ được cấp bản sao; bản sao trích lục hộ tịch: 8.000 đồng/bản (Thông tư 281/2016/TT-BTC)',
        ),
      ]),
    ],
    dossierCases: [
      {
        name: 'Giấy tờ phải nộp, xuất trình',
        components: [
          identityShown,
          {
            name: 'Giấy tờ chứng minh quan hệ với người được cấp bản chính (nếu người yêu cầu là cha, mẹ, con, vợ, chồng, anh, chị, em ruột, người thừa kế)',
            originals: 0,
            copies: 1,
            required: false,
          },
          proxyLetter,
        ],
      },
    ],
    results: [{ name: 'Bản sao từ sổ gốc' }],
    legalBasis: [...BASIS, '281/2016/TT-BTC'],
    onlineServiceLevel: 'none',
    keywords: ['bản sao từ sổ gốc', 'cấp bản sao'],
    synonyms: ['xin lại bản sao giấy tờ cũ', 'trích sao sổ gốc', 'ban sao so goc'],
    related: ['2.000635', '2.000815'],
  },
]

/**
 * Demo ISO 9001 documents of Thị trấn Điện Biên Đông, each already issued (lần ban hành 01), so the
 * register, the revision table and the review list have something to show. The quy trình for
 * "Đăng ký khai sinh" is deliberately absent: drafting it is the walkthrough in the README.
 */
export interface SeedQualityDocument {
  code: string
  title: string
  docType: 'quality-policy' | 'quality-objectives' | 'procedure' | 'form'
  locality: string
  ownerUnit: string
  /** national code of the town's applied procedure whose internal process this is */
  applied?: string
  legalBasis: string[]
  purpose: string[]
  scope: string[]
  references: string[]
  definitions: string[]
  content: string[]
  steps: {
    task: string
    responsible: string
    timeValue: number
    timeUnit: 'hour' | 'working-day'
    form?: string
  }[]
  forms: { code: string; title: string }[]
  records: { record: string; keeper: string; retention: string; storage: string }[]
  issueDate: string
  /** months between reviews; the periodic review is due 12 months after the issue */
  reviewIntervalMonths: number
  change: string
  reason: string
}

export const qualityDocuments: SeedQualityDocument[] = [
  {
    code: 'CSCL-01',
    title: 'Chính sách chất lượng của Ủy ban nhân dân thị trấn Điện Biên Đông',
    docType: 'quality-policy',
    locality: 'thi-tran-dien-bien-dong',
    ownerUnit: 'Văn phòng – Thống kê',
    legalBasis: [],
    purpose: [
      'Công bố cam kết của Ủy ban nhân dân thị trấn về chất lượng giải quyết thủ tục hành chính cho tổ chức, công dân.',
    ],
    scope: [
      'Áp dụng cho toàn bộ cán bộ, công chức của Ủy ban nhân dân thị trấn và Bộ phận Tiếp nhận và Trả kết quả.',
    ],
    references: [
      'TCVN ISO 9001:2015 Hệ thống quản lý chất lượng – Các yêu cầu.',
      'Quyết định số 19/2014/QĐ-TTg của Thủ tướng Chính phủ về áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước.',
    ],
    definitions: ['HTQLCL: Hệ thống quản lý chất lượng.', 'TTHC: Thủ tục hành chính.'],
    content: [
      'Công khai, minh bạch mọi thủ tục hành chính tại Bộ phận Tiếp nhận và Trả kết quả và trên Cổng thông tin điện tử.',
      'Giải quyết hồ sơ đúng hoặc sớm hơn thời hạn quy định; không để hồ sơ quá hạn.',
      'Tiếp dân tận tình, chu đáo; tiếp nhận cả sáng thứ Bảy.',
      'Duy trì và cải tiến thường xuyên Hệ thống quản lý chất lượng.',
    ],
    steps: [],
    forms: [],
    records: [],
    issueDate: '2025-12-15',
    reviewIntervalMonths: 12,
    change: 'Ban hành lần đầu',
    reason: 'Xây dựng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
  },
  {
    code: 'QT-CT-03',
    title:
      'Quy trình chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở',
    docType: 'procedure',
    locality: 'thi-tran-dien-bien-dong',
    ownerUnit: 'Công chức Tư pháp – Hộ tịch',
    applied: '2.001035',
    legalBasis: ['23/2015/NĐ-CP', '01/2020/TT-BTP'],
    purpose: [
      'Quy định trình tự, trách nhiệm chứng thực hợp đồng, giao dịch liên quan đến tài sản tại Ủy ban nhân dân thị trấn, bảo đảm đúng pháp luật và trong thời hạn cam kết.',
    ],
    scope: [
      'Áp dụng tại Bộ phận Tiếp nhận và Trả kết quả và công chức Tư pháp – Hộ tịch của Ủy ban nhân dân thị trấn Điện Biên Đông.',
    ],
    references: [
      'Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch.',
      'Thông tư số 01/2020/TT-BTP ngày 03/3/2020 của Bộ Tư pháp.',
    ],
    definitions: ['UBND: Ủy ban nhân dân.', 'Bộ phận một cửa: Bộ phận Tiếp nhận và Trả kết quả.'],
    content: [
      'Hồ sơ nộp trước 10 giờ sáng được giải quyết trong ngày làm việc; hồ sơ nộp sau 10 giờ được trả trong ngày làm việc tiếp theo.',
    ],
    steps: [
      {
        task: 'Tiếp nhận hồ sơ, kiểm tra giấy tờ tùy thân và bản chính giấy tờ; ghi Sổ theo dõi',
        responsible: 'Bộ phận một cửa',
        timeValue: 1,
        timeUnit: 'hour',
        form: 'BM-CT-01',
      },
      {
        task: 'Kiểm tra nội dung hợp đồng, năng lực hành vi dân sự của người yêu cầu; hướng dẫn ký trước mặt người thực hiện chứng thực',
        responsible: 'Công chức Tư pháp – Hộ tịch',
        timeValue: 3,
        timeUnit: 'hour',
      },
      {
        task: 'Ký chứng thực, đóng dấu',
        responsible: 'Chủ tịch hoặc Phó Chủ tịch UBND thị trấn',
        timeValue: 2,
        timeUnit: 'hour',
      },
      {
        task: 'Vào sổ chứng thực, thu lệ phí, trả kết quả',
        responsible: 'Bộ phận một cửa',
        timeValue: 1,
        timeUnit: 'hour',
        form: 'BM-CT-02',
      },
    ],
    forms: [
      { code: 'BM-CT-01', title: 'Sổ theo dõi tiếp nhận và trả kết quả' },
      { code: 'BM-CT-02', title: 'Sổ chứng thực hợp đồng, giao dịch' },
    ],
    records: [
      {
        record: 'Sổ chứng thực hợp đồng, giao dịch',
        keeper: 'Công chức Tư pháp – Hộ tịch',
        retention: 'Vĩnh viễn',
        storage: 'Tủ hồ sơ Tư pháp',
      },
      {
        record: 'Hợp đồng, giao dịch đã chứng thực (bản lưu)',
        keeper: 'Công chức Tư pháp – Hộ tịch',
        retention: '20 năm',
        storage: 'Kho lưu trữ UBND thị trấn',
      },
    ],
    issueDate: '2025-01-06',
    reviewIntervalMonths: 12,
    change: 'Ban hành lần đầu',
    reason: 'Xây dựng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
  },
]

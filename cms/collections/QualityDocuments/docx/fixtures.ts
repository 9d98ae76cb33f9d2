/**
 * A realistic quality document for the DOCX export's tests (and for looking at the output by hand):
 * the procedure for birth registration at a town's People's Committee, issue 2.
 */
import type { QualityDocumentExport } from './model'

export function birthRegistrationProcedure(
  overrides: Partial<QualityDocumentExport> = {},
): QualityDocumentExport {
  return {
    code: 'QT-HT-01',
    title: 'Đăng ký khai sinh',
    typeLabel: 'Quy trình',
    issueNumber: 2,
    issueDate: '2024-07-15',
    effectiveDate: '2024-07-15',
    issuingBody: ['UBND huyện Điện Biên Đông', 'Ủy ban nhân dân thị trấn Điện Biên Đông'],
    statusLabel: 'Đang hiệu lực',
    isCurrentIssue: true,
    preparedBy: { name: 'Lò Thị Hoa', title: 'Công chức Tư pháp - Hộ tịch', date: '2024-07-08' },
    reviewedBy: {
      name: 'Nguyễn Văn Hùng',
      title: 'Phó Chủ tịch UBND thị trấn',
      date: '2024-07-10',
    },
    approvedBy: { name: 'Quàng Văn Thanh', title: 'Chủ tịch UBND thị trấn', date: '2024-07-12' },
    procedures: [
      { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' },
      {
        code: '1.012839',
        name: 'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
      },
    ],
    sections: {
      purpose: [
        {
          kind: 'paragraph',
          text: 'Quy định trình tự, cách thức, trách nhiệm và thời gian giải quyết thủ tục đăng ký khai sinh tại Ủy ban nhân dân thị trấn Điện Biên Đông, bảo đảm giải quyết đúng quy định của pháp luật, công khai, minh bạch và đúng hạn.',
        },
      ],
      scope: [
        {
          kind: 'paragraph',
          text: 'Áp dụng đối với việc đăng ký khai sinh cho trẻ em sinh ra tại Việt Nam, có cha, mẹ là công dân Việt Nam, khi người đi đăng ký nộp hồ sơ tại Bộ phận Tiếp nhận và Trả kết quả của Ủy ban nhân dân thị trấn.',
        },
        { kind: 'bullet', text: 'Công chức Tư pháp - Hộ tịch thị trấn;' },
        { kind: 'bullet', text: 'Bộ phận Tiếp nhận và Trả kết quả (Bộ phận Một cửa);' },
        { kind: 'bullet', text: 'Lãnh đạo Ủy ban nhân dân thị trấn.' },
      ],
      references: [
        { kind: 'bullet', text: 'Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014;' },
        {
          kind: 'bullet',
          text: 'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch;',
        },
        {
          kind: 'bullet',
          text: 'Nghị định số 63/2024/NĐ-CP ngày 10/6/2024 quy định thực hiện liên thông điện tử 02 nhóm thủ tục hành chính;',
        },
        {
          kind: 'bullet',
          text: 'Thông tư số 04/2020/TT-BTP ngày 28/5/2020 quy định chi tiết thi hành một số điều của Luật Hộ tịch;',
        },
        { kind: 'bullet', text: 'Tiêu chuẩn quốc gia TCVN ISO 9001:2015.' },
      ],
      definitions: [
        { kind: 'bullet', text: 'UBND: Ủy ban nhân dân;' },
        { kind: 'bullet', text: 'TTHC: Thủ tục hành chính;' },
        {
          kind: 'bullet',
          text: 'Bộ phận Một cửa: Bộ phận Tiếp nhận và Trả kết quả giải quyết TTHC của UBND thị trấn;',
        },
        { kind: 'bullet', text: 'CSDL: Cơ sở dữ liệu hộ tịch điện tử.' },
      ],
      content: [
        { kind: 'heading', text: '5.1. Thành phần hồ sơ' },
        { kind: 'numbered', text: 'Tờ khai đăng ký khai sinh theo mẫu (BM-01);' },
        {
          kind: 'numbered',
          text: 'Bản chính Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh;',
        },
        {
          kind: 'numbered',
          text: 'Văn bản ủy quyền theo quy định của pháp luật trong trường hợp ủy quyền thực hiện việc đăng ký khai sinh.',
        },
        { kind: 'paragraph', text: 'Người đi đăng ký xuất trình:' },
        { kind: 'bullet', text: 'Giấy tờ tùy thân có ảnh còn giá trị sử dụng;' },
        { kind: 'bullet', text: 'Giấy chứng nhận kết hôn của cha, mẹ trẻ em (nếu có).' },
        { kind: 'heading', text: '5.2. Số lượng hồ sơ' },
        { kind: 'paragraph', text: '01 (một) bộ.' },
        { kind: 'heading', text: '5.3. Thời hạn giải quyết' },
        {
          kind: 'paragraph',
          text: 'Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo.',
        },
        { kind: 'heading', text: '5.4. Lệ phí' },
        { kind: 'paragraph', text: 'Miễn lệ phí đối với việc đăng ký khai sinh đúng hạn.' },
      ],
    },
    steps: [
      {
        order: 1,
        task: 'Tiếp nhận, kiểm tra tính đầy đủ, hợp lệ của hồ sơ; lập Phiếu tiếp nhận hồ sơ và hẹn trả kết quả.\nHồ sơ chưa đầy đủ: hướng dẫn người nộp bổ sung, hoàn thiện.',
        responsible: 'Bộ phận Một cửa',
        time: '1 giờ làm việc',
        form: 'BM-02',
      },
      {
        order: 2,
        task: 'Chuyển hồ sơ cho công chức Tư pháp - Hộ tịch kèm Phiếu kiểm soát quá trình giải quyết hồ sơ.',
        responsible: 'Bộ phận Một cửa',
        time: '0,5 giờ làm việc',
        form: 'BM-03',
      },
      {
        order: 3,
        task: 'Thẩm định hồ sơ; ghi nội dung khai sinh vào Sổ đăng ký khai sinh, cập nhật vào CSDL; trình dự thảo Giấy khai sinh.',
        responsible: 'Công chức Tư pháp - Hộ tịch',
        time: '4 giờ làm việc',
        form: 'Dự thảo Giấy khai sinh',
      },
      {
        order: 4,
        task: 'Xem xét, ký Giấy khai sinh.',
        responsible: 'Chủ tịch hoặc Phó Chủ tịch UBND thị trấn',
        time: '2 giờ làm việc',
        form: 'Giấy khai sinh (bản chính)',
      },
      {
        order: 5,
        task: 'Trả kết quả; người đi đăng ký khai sinh ký vào Sổ đăng ký khai sinh.',
        responsible: 'Bộ phận Một cửa',
        time: '0,5 giờ làm việc',
        form: null,
      },
    ],
    totalTime: '8 giờ làm việc (1 ngày làm việc)',
    timeLimit: '1 ngày làm việc',
    forms: [
      { code: 'BM-01', title: 'Tờ khai đăng ký khai sinh' },
      { code: 'BM-02', title: 'Phiếu tiếp nhận hồ sơ và hẹn trả kết quả' },
      { code: 'BM-03', title: 'Phiếu kiểm soát quá trình giải quyết hồ sơ' },
      { code: null, title: 'Sổ đăng ký khai sinh' },
    ],
    records: [
      {
        record: 'Tờ khai đăng ký khai sinh và giấy tờ kèm theo',
        keeper: 'Công chức Tư pháp - Hộ tịch',
        retention: 'Vĩnh viễn',
        storage: 'Tủ hồ sơ hộ tịch; bản giấy',
      },
      {
        record: 'Sổ đăng ký khai sinh',
        keeper: 'Công chức Tư pháp - Hộ tịch',
        retention: 'Vĩnh viễn',
        storage: 'Kho lưu trữ UBND thị trấn; bản giấy và CSDL',
      },
      {
        record: 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
        keeper: 'Bộ phận Một cửa',
        retention: '05 năm',
        storage: 'Bộ phận Một cửa; bản giấy',
      },
    ],
    revisions: [
      {
        date: '2022-06-15',
        issueNumber: 1,
        change: 'Ban hành lần đầu.',
        reason: 'Xây dựng, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.',
      },
      {
        date: '2024-07-15',
        issueNumber: 2,
        change:
          'Bổ sung liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế; rút thời gian thẩm định từ 6 xuống 4 giờ làm việc.',
        reason: 'Thực hiện Nghị định số 63/2024/NĐ-CP ngày 10/6/2024 của Chính phủ.',
      },
    ],
    ...overrides,
  }
}

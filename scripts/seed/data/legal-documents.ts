/**
 * Legal bases cited by the demo procedures. Numbers, titles and issuers are the real ones;
 * dates marked "// dates not verified" are given from memory and should be checked against
 * the official gazette before the data is used beyond the demo.
 * Status reflects the situation in the second half of 2025.
 */
import type { SeedLegalDocument } from './types.ts'

export const legalDocuments: SeedLegalDocument[] = [
  // ---------------------------------------------------------------- administrative procedure control
  {
    number: '63/2010/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định về kiểm soát thủ tục hành chính',
    issuer: 'Chính phủ',
    issueDate: '2010-06-08',
    effectiveDate: '2010-10-14',
    status: 'amended',
  },
  {
    number: '92/2017/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính',
    issuer: 'Chính phủ',
    issueDate: '2017-08-07',
    effectiveDate: '2017-09-25',
    status: 'in-force',
  },
  {
    number: '61/2018/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    issuer: 'Chính phủ',
    issueDate: '2018-04-23',
    effectiveDate: '2018-06-21',
    status: 'replaced',
    replacedBy: '118/2025/NĐ-CP',
  },
  {
    number: '107/2021/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    issuer: 'Chính phủ',
    issueDate: '2021-12-06',
    effectiveDate: '2022-02-01', // dates not verified
    status: 'replaced',
    replacedBy: '118/2025/NĐ-CP',
  },
  {
    number: '118/2025/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia',
    issuer: 'Chính phủ',
    issueDate: '2025-06-09',
    effectiveDate: '2025-07-01',
    status: 'in-force',
  },
  {
    number: '45/2020/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử',
    issuer: 'Chính phủ',
    issueDate: '2020-04-08',
    effectiveDate: '2020-05-22',
    status: 'in-force',
  },
  {
    number: '42/2022/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
    issuer: 'Chính phủ',
    issueDate: '2022-06-24',
    effectiveDate: '2022-08-01',
    status: 'in-force',
  },
  {
    number: '63/2024/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định quy định việc thực hiện liên thông điện tử hai nhóm thủ tục hành chính: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi; đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất',
    issuer: 'Chính phủ',
    issueDate: '2024-06-10',
    effectiveDate: '2024-07-01',
    status: 'in-force',
  },

  // ---------------------------------------------------------------- fees
  {
    number: '85/2019/TT-BTC',
    kind: 'circular',
    title:
      'Thông tư hướng dẫn về các khoản phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương',
    issuer: 'Bộ Tài chính',
    issueDate: '2019-11-29',
    effectiveDate: '2020-01-01',
    status: 'amended',
  },
  {
    number: '106/2021/TT-BTC',
    kind: 'circular',
    title:
      'Thông tư sửa đổi, bổ sung một số điều của Thông tư số 85/2019/TT-BTC hướng dẫn về các khoản phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương',
    issuer: 'Bộ Tài chính',
    issueDate: '2021-11-26', // dates not verified
    effectiveDate: '2022-01-10', // dates not verified
    status: 'in-force',
  },
  {
    number: '281/2016/TT-BTC',
    kind: 'circular',
    title:
      'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí khai thác, sử dụng thông tin trong Cơ sở dữ liệu hộ tịch, phí xác nhận có quốc tịch Việt Nam, phí xác nhận là người gốc Việt Nam, lệ phí quốc tịch',
    issuer: 'Bộ Tài chính',
    issueDate: '2016-11-14',
    effectiveDate: '2017-01-01',
    status: 'in-force',
  },
  {
    number: '226/2016/TT-BTC',
    kind: 'circular',
    title: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực',
    issuer: 'Bộ Tài chính',
    issueDate: '2016-11-11',
    effectiveDate: '2017-01-01',
    status: 'in-force',
  },
  {
    number: '75/2022/TT-BTC',
    kind: 'circular',
    title: 'Thông tư quy định mức thu, chế độ thu, nộp và quản lý lệ phí đăng ký cư trú',
    issuer: 'Bộ Tài chính',
    issueDate: '2022-12-22',
    effectiveDate: '2023-02-05', // dates not verified
    status: 'in-force',
  },

  // ---------------------------------------------------------------- civil status (hộ tịch)
  {
    number: '60/2014/QH13',
    kind: 'law',
    title: 'Luật Hộ tịch',
    issuer: 'Quốc hội',
    issueDate: '2014-11-20',
    effectiveDate: '2016-01-01',
    status: 'in-force',
  },
  {
    number: '123/2015/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
    issuer: 'Chính phủ',
    issueDate: '2015-11-15',
    effectiveDate: '2016-01-01',
    status: 'amended',
  },
  {
    number: '87/2020/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến',
    issuer: 'Chính phủ',
    issueDate: '2020-07-28',
    effectiveDate: '2020-09-15',
    status: 'in-force',
  },
  {
    number: '07/2025/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định sửa đổi, bổ sung một số điều của các nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực',
    issuer: 'Chính phủ',
    issueDate: '2025-01-09', // dates not verified
    effectiveDate: '2025-01-09', // dates not verified
    status: 'in-force',
  },
  {
    number: '04/2020/TT-BTP',
    kind: 'circular',
    title:
      'Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP ngày 15 tháng 11 năm 2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
    issuer: 'Bộ Tư pháp',
    issueDate: '2020-05-28',
    effectiveDate: '2020-07-16',
    status: 'amended',
  },
  {
    number: '01/2022/TT-BTP',
    kind: 'circular',
    title:
      'Thông tư quy định chi tiết một số điều và biện pháp thi hành Nghị định số 87/2020/NĐ-CP quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến',
    issuer: 'Bộ Tư pháp',
    issueDate: '2022-01-04',
    effectiveDate: '2022-02-20', // dates not verified
    status: 'in-force',
  },

  // ---------------------------------------------------------------- certification (chứng thực)
  {
    number: '23/2015/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch',
    issuer: 'Chính phủ',
    issueDate: '2015-02-16',
    effectiveDate: '2015-04-10',
    status: 'amended',
  },
  {
    number: '01/2020/TT-BTP',
    kind: 'circular',
    title:
      'Thông tư quy định chi tiết, hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch',
    issuer: 'Bộ Tư pháp',
    issueDate: '2020-03-03',
    effectiveDate: '2020-04-20',
    status: 'in-force',
  },

  // ---------------------------------------------------------------- adoption, grassroots mediation
  {
    number: '52/2010/QH12',
    kind: 'law',
    title: 'Luật Nuôi con nuôi',
    issuer: 'Quốc hội',
    issueDate: '2010-06-17',
    effectiveDate: '2011-01-01',
    status: 'in-force',
  },
  {
    number: '19/2011/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định quy định chi tiết thi hành một số điều của Luật Nuôi con nuôi',
    issuer: 'Chính phủ',
    issueDate: '2011-03-21',
    effectiveDate: '2011-05-05',
    status: 'amended',
  },
  {
    number: '114/2016/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định quy định lệ phí đăng ký nuôi con nuôi, lệ phí cấp giấy phép hoạt động của tổ chức con nuôi nước ngoài',
    issuer: 'Chính phủ',
    issueDate: '2016-07-08', // dates not verified
    effectiveDate: '2016-07-08', // dates not verified
    status: 'in-force',
  },
  {
    number: '35/2013/QH13',
    kind: 'law',
    title: 'Luật Hòa giải ở cơ sở',
    issuer: 'Quốc hội',
    issueDate: '2013-06-20',
    effectiveDate: '2014-01-01',
    status: 'in-force',
  },
  {
    number: '15/2014/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hòa giải ở cơ sở',
    issuer: 'Chính phủ',
    issueDate: '2014-02-27',
    effectiveDate: '2014-04-15',
    status: 'in-force',
  },

  // ---------------------------------------------------------------- residence (cư trú)
  {
    number: '81/2006/QH11',
    kind: 'law',
    title: 'Luật Cư trú',
    issuer: 'Quốc hội',
    issueDate: '2006-11-29',
    effectiveDate: '2007-07-01',
    status: 'replaced',
    replacedBy: '68/2020/QH14',
  },
  {
    number: '31/2014/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú',
    issuer: 'Chính phủ',
    issueDate: '2014-04-18',
    effectiveDate: '2014-06-05',
    status: 'replaced',
    replacedBy: '62/2021/NĐ-CP',
  },
  {
    number: '35/2014/TT-BCA',
    kind: 'circular',
    title:
      'Thông tư quy định chi tiết thi hành một số điều của Luật Cư trú và Nghị định số 31/2014/NĐ-CP',
    issuer: 'Bộ Công an',
    issueDate: '2014-09-09',
    effectiveDate: '2014-10-28',
    status: 'replaced',
    replacedBy: '55/2021/TT-BCA',
  },
  {
    number: '68/2020/QH14',
    kind: 'law',
    title: 'Luật Cư trú',
    issuer: 'Quốc hội',
    issueDate: '2020-11-13',
    effectiveDate: '2021-07-01',
    status: 'in-force',
  },
  {
    number: '62/2021/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định quy định chi tiết một số điều của Luật Cư trú',
    issuer: 'Chính phủ',
    issueDate: '2021-06-29',
    effectiveDate: '2021-07-01',
    status: 'replaced',
    replacedBy: '154/2024/NĐ-CP',
  },
  {
    number: '154/2024/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú',
    issuer: 'Chính phủ',
    issueDate: '2024-11-26',
    effectiveDate: '2025-01-10', // dates not verified
    status: 'in-force',
  },
  {
    number: '55/2021/TT-BCA',
    kind: 'circular',
    title: 'Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú',
    issuer: 'Bộ Công an',
    issueDate: '2021-05-15',
    effectiveDate: '2021-07-01',
    status: 'amended',
  },
  {
    number: '56/2021/TT-BCA',
    kind: 'circular',
    title: 'Thông tư quy định về biểu mẫu trong đăng ký, quản lý cư trú',
    issuer: 'Bộ Công an',
    issueDate: '2021-05-15',
    effectiveDate: '2021-07-01',
    status: 'amended',
  },
  {
    number: '57/2021/TT-BCA',
    kind: 'circular',
    title: 'Thông tư quy định quy trình đăng ký cư trú',
    issuer: 'Bộ Công an',
    issueDate: '2021-05-15',
    effectiveDate: '2021-07-01',
    status: 'amended',
  },
  {
    number: '66/2023/TT-BCA',
    kind: 'circular',
    title:
      'Thông tư sửa đổi, bổ sung một số điều của Thông tư số 55/2021/TT-BCA, Thông tư số 56/2021/TT-BCA và Thông tư số 57/2021/TT-BCA',
    issuer: 'Bộ Công an',
    issueDate: '2023-11-17',
    effectiveDate: '2024-01-01', // dates not verified
    status: 'in-force',
  },

  // ---------------------------------------------------------------- land, construction
  {
    number: '45/2013/QH13',
    kind: 'law',
    title: 'Luật Đất đai',
    issuer: 'Quốc hội',
    issueDate: '2013-11-29',
    effectiveDate: '2014-07-01',
    status: 'replaced',
    replacedBy: '31/2024/QH15',
  },
  {
    number: '43/2014/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định quy định chi tiết thi hành một số điều của Luật Đất đai',
    issuer: 'Chính phủ',
    issueDate: '2014-05-15',
    effectiveDate: '2014-07-01',
    status: 'replaced',
    replacedBy: '102/2024/NĐ-CP',
  },
  {
    number: '31/2024/QH15',
    kind: 'law',
    title: 'Luật Đất đai',
    issuer: 'Quốc hội',
    issueDate: '2024-01-18',
    effectiveDate: '2024-08-01',
    status: 'in-force',
  },
  {
    number: '101/2024/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và Hệ thống thông tin đất đai',
    issuer: 'Chính phủ',
    issueDate: '2024-07-29',
    effectiveDate: '2024-08-01',
    status: 'amended',
  },
  {
    number: '102/2024/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định quy định chi tiết thi hành một số điều của Luật Đất đai',
    issuer: 'Chính phủ',
    issueDate: '2024-07-30',
    effectiveDate: '2024-08-01',
    status: 'amended',
  },
  {
    number: '151/2025/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai',
    issuer: 'Chính phủ',
    issueDate: '2025-06-12',
    effectiveDate: '2025-07-01',
    status: 'in-force',
  },
  {
    number: '99/2022/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định về đăng ký biện pháp bảo đảm',
    issuer: 'Chính phủ',
    issueDate: '2022-11-30',
    effectiveDate: '2023-01-15',
    status: 'in-force',
  },
  {
    number: '50/2014/QH13',
    kind: 'law',
    title: 'Luật Xây dựng',
    issuer: 'Quốc hội',
    issueDate: '2014-06-18',
    effectiveDate: '2015-01-01',
    status: 'amended',
  },
  {
    number: '62/2020/QH14',
    kind: 'law',
    title: 'Luật sửa đổi, bổ sung một số điều của Luật Xây dựng',
    issuer: 'Quốc hội',
    issueDate: '2020-06-17',
    effectiveDate: '2021-01-01',
    status: 'in-force',
  },
  {
    number: '175/2024/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng',
    issuer: 'Chính phủ',
    issueDate: '2024-12-30',
    effectiveDate: '2024-12-30',
    status: 'in-force',
  },
  {
    number: '140/2025/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Xây dựng',
    issuer: 'Chính phủ',
    issueDate: '2025-06-12', // dates not verified
    effectiveDate: '2025-07-01',
    status: 'in-force',
  },

  // ---------------------------------------------------------------- social protection, people with merit, poverty, jobs, children
  {
    number: '20/2021/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội',
    issuer: 'Chính phủ',
    issueDate: '2021-03-15',
    effectiveDate: '2021-07-01',
    status: 'amended',
  },
  {
    number: '76/2024/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội',
    issuer: 'Chính phủ',
    issueDate: '2024-07-01',
    effectiveDate: '2024-07-01',
    status: 'in-force',
  },
  {
    number: '41/2024/QH15',
    kind: 'law',
    title: 'Luật Bảo hiểm xã hội',
    issuer: 'Quốc hội',
    issueDate: '2024-06-29',
    effectiveDate: '2025-07-01',
    status: 'in-force',
  },
  {
    number: '176/2025/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định quy định chi tiết một số điều của Luật Bảo hiểm xã hội về trợ cấp hưu trí xã hội',
    issuer: 'Chính phủ',
    issueDate: '2025-06-30', // dates not verified
    effectiveDate: '2025-07-01',
    status: 'in-force',
  },
  {
    number: '51/2010/QH12',
    kind: 'law',
    title: 'Luật Người khuyết tật',
    issuer: 'Quốc hội',
    issueDate: '2010-06-17',
    effectiveDate: '2011-01-01',
    status: 'in-force',
  },
  {
    number: '28/2012/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Người khuyết tật',
    issuer: 'Chính phủ',
    issueDate: '2012-04-10',
    effectiveDate: '2012-06-01',
    status: 'in-force',
  },
  {
    number: '01/2019/TT-BLĐTBXH',
    kind: 'circular',
    title:
      'Thông tư quy định về việc xác định mức độ khuyết tật do Hội đồng xác định mức độ khuyết tật thực hiện',
    issuer: 'Bộ Lao động – Thương binh và Xã hội',
    issueDate: '2019-01-02',
    effectiveDate: '2019-02-20',
    status: 'in-force',
  },
  {
    number: '02/2020/UBTVQH14',
    kind: 'other',
    title: 'Pháp lệnh Ưu đãi người có công với cách mạng',
    issuer: 'Ủy ban Thường vụ Quốc hội',
    issueDate: '2020-12-09',
    effectiveDate: '2021-07-01',
    status: 'in-force',
  },
  {
    number: '131/2021/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng',
    issuer: 'Chính phủ',
    issueDate: '2021-12-30',
    effectiveDate: '2022-02-15',
    status: 'in-force',
  },
  {
    number: '07/2021/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định quy định chuẩn nghèo đa chiều giai đoạn 2022 – 2025',
    issuer: 'Chính phủ',
    issueDate: '2021-01-27',
    effectiveDate: '2021-03-15',
    status: 'in-force',
  },
  {
    number: '24/2021/QĐ-TTg',
    kind: 'decision',
    title:
      'Quyết định quy định quy trình rà soát hộ nghèo, hộ cận nghèo hằng năm và quy trình xác định hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình giai đoạn 2022 – 2025',
    issuer: 'Thủ tướng Chính phủ',
    issueDate: '2021-07-16',
    effectiveDate: '2021-09-01', // dates not verified
    status: 'in-force',
  },
  {
    number: '61/2015/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định quy định về chính sách hỗ trợ tạo việc làm và Quỹ quốc gia về việc làm',
    issuer: 'Chính phủ',
    issueDate: '2015-07-09',
    effectiveDate: '2015-09-01',
    status: 'amended',
  },
  {
    number: '74/2019/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 61/2015/NĐ-CP quy định về chính sách hỗ trợ tạo việc làm và Quỹ quốc gia về việc làm',
    issuer: 'Chính phủ',
    issueDate: '2019-09-23',
    effectiveDate: '2019-11-07', // dates not verified
    status: 'in-force',
  },
  {
    number: '102/2016/QH13',
    kind: 'law',
    title: 'Luật Trẻ em',
    issuer: 'Quốc hội',
    issueDate: '2016-04-05',
    effectiveDate: '2017-06-01',
    status: 'in-force',
  },
  {
    number: '56/2017/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định quy định chi tiết một số điều của Luật Trẻ em',
    issuer: 'Chính phủ',
    issueDate: '2017-05-09',
    effectiveDate: '2017-06-25',
    status: 'in-force',
  },

  // ---------------------------------------------------------------- culture, libraries, sport
  {
    number: '110/2018/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định quy định về quản lý và tổ chức lễ hội',
    issuer: 'Chính phủ',
    issueDate: '2018-08-29',
    effectiveDate: '2018-10-15',
    status: 'in-force',
  },
  {
    number: '122/2018/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định quy định về xét tặng danh hiệu "Gia đình văn hóa"; "Thôn văn hóa", "Làng văn hóa", "Ấp văn hóa", "Bản văn hóa", "Tổ dân phố văn hóa"',
    issuer: 'Chính phủ',
    issueDate: '2018-09-17',
    effectiveDate: '2018-11-01',
    status: 'replaced',
    replacedBy: '86/2023/NĐ-CP',
  },
  {
    number: '86/2023/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định quy định về khung tiêu chuẩn và trình tự, thủ tục, hồ sơ xét tặng danh hiệu "Gia đình văn hóa"; "Thôn, Tổ dân phố văn hóa"; "Xã, Phường, Thị trấn tiêu biểu"',
    issuer: 'Chính phủ',
    issueDate: '2023-12-07',
    effectiveDate: '2024-01-30',
    status: 'in-force',
  },
  {
    number: '46/2019/QH14',
    kind: 'law',
    title: 'Luật Thư viện',
    issuer: 'Quốc hội',
    issueDate: '2019-11-21',
    effectiveDate: '2020-07-01',
    status: 'in-force',
  },
  {
    number: '93/2020/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định quy định chi tiết một số điều của Luật Thư viện',
    issuer: 'Chính phủ',
    issueDate: '2020-08-18',
    effectiveDate: '2020-10-15', // dates not verified
    status: 'in-force',
  },
  {
    number: '45/2024/QH15',
    kind: 'law',
    title: 'Luật Di sản văn hóa',
    issuer: 'Quốc hội',
    issueDate: '2024-11-23',
    effectiveDate: '2025-07-01',
    status: 'in-force',
  },
  {
    number: '109/2015/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định về hỗ trợ đối với Nghệ nhân nhân dân, Nghệ nhân ưu tú có thu nhập thấp, hoàn cảnh khó khăn',
    issuer: 'Chính phủ',
    issueDate: '2015-10-28', // dates not verified
    effectiveDate: '2015-12-15', // dates not verified
    status: 'in-force',
  },
  {
    number: '77/2006/QH11',
    kind: 'law',
    title: 'Luật Thể dục, thể thao',
    issuer: 'Quốc hội',
    issueDate: '2006-11-29',
    effectiveDate: '2007-07-01',
    status: 'amended',
  },
  {
    number: '18/2011/TT-BVHTTDL',
    kind: 'circular',
    title: 'Thông tư quy định mẫu về tổ chức và hoạt động của câu lạc bộ thể dục thể thao cơ sở',
    issuer: 'Bộ Văn hóa, Thể thao và Du lịch',
    issueDate: '2011-12-02',
    effectiveDate: '2012-01-20', // dates not verified
    status: 'in-force',
  },

  // ---------------------------------------------------------------- emulation & rewards, religion, household business, military service
  {
    number: '15/2003/QH11',
    kind: 'law',
    title: 'Luật Thi đua, khen thưởng',
    issuer: 'Quốc hội',
    issueDate: '2003-11-26',
    effectiveDate: '2004-07-01',
    status: 'replaced',
    replacedBy: '06/2022/QH15',
  },
  {
    number: '06/2022/QH15',
    kind: 'law',
    title: 'Luật Thi đua, khen thưởng',
    issuer: 'Quốc hội',
    issueDate: '2022-06-15',
    effectiveDate: '2024-01-01',
    status: 'in-force',
  },
  {
    number: '98/2023/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    issuer: 'Chính phủ',
    issueDate: '2023-12-31',
    effectiveDate: '2024-01-01',
    status: 'in-force',
  },
  {
    number: '02/2016/QH14',
    kind: 'law',
    title: 'Luật Tín ngưỡng, tôn giáo',
    issuer: 'Quốc hội',
    issueDate: '2016-11-18',
    effectiveDate: '2018-01-01',
    status: 'in-force',
  },
  {
    number: '95/2023/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Tín ngưỡng, tôn giáo',
    issuer: 'Chính phủ',
    issueDate: '2023-12-29',
    effectiveDate: '2024-03-30',
    status: 'in-force',
  },
  {
    number: '59/2020/QH14',
    kind: 'law',
    title: 'Luật Doanh nghiệp',
    issuer: 'Quốc hội',
    issueDate: '2020-06-17',
    effectiveDate: '2021-01-01',
    status: 'amended',
  },
  {
    number: '01/2021/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định về đăng ký doanh nghiệp',
    issuer: 'Chính phủ',
    issueDate: '2021-01-04',
    effectiveDate: '2021-01-04',
    status: 'replaced',
    replacedBy: '168/2025/NĐ-CP',
  },
  {
    number: '168/2025/NĐ-CP',
    kind: 'decree',
    title: 'Nghị định về đăng ký doanh nghiệp',
    issuer: 'Chính phủ',
    issueDate: '2025-06-30', // dates not verified
    effectiveDate: '2025-07-01',
    status: 'in-force',
  },
  {
    number: '78/2015/QH13',
    kind: 'law',
    title: 'Luật Nghĩa vụ quân sự',
    issuer: 'Quốc hội',
    issueDate: '2015-06-19',
    effectiveDate: '2016-01-01',
    status: 'in-force',
  },
  {
    number: '13/2016/NĐ-CP',
    kind: 'decree',
    title:
      'Nghị định quy định trình tự, thủ tục đăng ký và chế độ, chính sách của công dân trong thời gian đăng ký, khám, kiểm tra sức khỏe nghĩa vụ quân sự',
    issuer: 'Chính phủ',
    issueDate: '2016-02-19',
    effectiveDate: '2016-04-06', // dates not verified
    status: 'in-force',
  },
]

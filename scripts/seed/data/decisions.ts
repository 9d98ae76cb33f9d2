/**
 * Decisions of the demo. Numbers and signing dates are illustrative (not real decisions of
 * Điện Biên); the changes they record and the legal texts they cite are real.
 */
import { timeUnitLabels } from '../../../content-schemas/enumerations.ts'
import { townCodes, townOverrides } from './applied.ts'
import type { SeedDecision, SeedDecisionEntry } from './types.ts'

const CU_TRU_2020 =
  'Luật Cư trú số 68/2020/QH14, Nghị định số 62/2021/NĐ-CP, Thông tư số 55/2021/TT-BCA và Thông tư số 56/2021/TT-BCA'

const announcement: SeedDecision = {
  number: '1268/QĐ-UBND',
  kind: 'announcement',
  title:
    'Quyết định về việc công bố danh mục thủ tục hành chính mới ban hành, được sửa đổi, bổ sung, thay thế và bị bãi bỏ trong lĩnh vực đăng ký, quản lý cư trú, bảo trợ xã hội và hộ tịch thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã, Công an cấp xã trên địa bàn tỉnh Điện Biên',
  issuer: 'Chủ tịch UBND tỉnh Điện Biên',
  locality: 'tinh-dien-bien',
  signedDate: '2021-06-30',
  effectiveDate: '2021-07-01',
  entries: [
    // new
    { procedure: '1.010028', change: 'new' },
    { procedure: '1.010040', change: 'new' },
    // replaced
    {
      procedure: '1.010038',
      change: 'replaced',
      whatChanged: `Thay thế thủ tục "Tách sổ hộ khẩu": kết quả là cập nhật thông tin hộ gia đình trong Cơ sở dữ liệu về cư trú thay cho việc cấp sổ hộ khẩu mới; thành phần hồ sơ chỉ còn Tờ khai thay đổi thông tin cư trú (Mẫu CT01); thời hạn 05 ngày làm việc. Căn cứ: ${CU_TRU_2020}.`,
    },
    {
      procedure: '1.010039',
      change: 'replaced',
      whatChanged: `Thay thế thủ tục "Điều chỉnh những thay đổi trong sổ hộ khẩu": điều chỉnh thông tin trực tiếp trong Cơ sở dữ liệu về cư trú; không yêu cầu xuất trình sổ hộ khẩu; không thu lệ phí. Căn cứ: ${CU_TRU_2020}.`,
    },
    {
      procedure: '1.010041',
      change: 'replaced',
      whatChanged: `Thay thế thủ tục "Xác nhận việc trước đây đã đăng ký thường trú": mở rộng thành xác nhận mọi thông tin về cư trú (Mẫu CT07), nộp tại Công an cấp xã bất kỳ hoặc trực tuyến. Căn cứ: ${CU_TRU_2020}.`,
    },
    // amended
    {
      procedure: '1.004222',
      change: 'amended',
      whatChanged: `Sửa đổi trình tự, thành phần hồ sơ, thời hạn giải quyết (07 ngày làm việc) và kết quả: không cấp sổ hộ khẩu, thông tin thường trú được cập nhật vào Cơ sở dữ liệu về cư trú; bổ sung nộp hồ sơ trực tuyến. Căn cứ: ${CU_TRU_2020}.`,
    },
    {
      procedure: '1.004194',
      change: 'amended',
      whatChanged: `Sửa đổi thành phần hồ sơ (bỏ sổ tạm trú; văn bản cho thuê, cho mượn, cho ở nhờ không bắt buộc công chứng, chứng thực), thời hạn 03 ngày làm việc và thời hạn tạm trú tối đa 02 năm. Căn cứ: ${CU_TRU_2020}.`,
    },
    {
      procedure: '1.002755',
      change: 'amended',
      whatChanged: `Sửa đổi thời điểm thực hiện (trong 15 ngày trước khi hết thời hạn tạm trú) và kết quả (cập nhật Cơ sở dữ liệu về cư trú thay cho xác nhận vào sổ tạm trú). Căn cứ: ${CU_TRU_2020}.`,
    },
    {
      procedure: '1.003197',
      change: 'amended',
      whatChanged: `Sửa đổi các trường hợp xóa đăng ký thường trú theo Điều 24 Luật Cư trú, thành phần hồ sơ và trách nhiệm nộp hồ sơ trong thời hạn 07 ngày. Căn cứ: ${CU_TRU_2020}.`,
    },
    {
      procedure: '1.003677',
      change: 'amended',
      whatChanged: `Sửa đổi đối tượng phải khai báo tạm vắng (Điều 31 Luật Cư trú) và hình thức khai báo (trực tiếp, điện thoại, thư điện tử, trực tuyến). Căn cứ: Luật Cư trú số 68/2020/QH14, Thông tư số 55/2021/TT-BCA.`,
    },
    {
      procedure: '2.001159',
      change: 'amended',
      whatChanged:
        'Sửa đổi thời điểm thông báo lưu trú (trước 23 giờ của ngày bắt đầu lưu trú) và bổ sung hình thức thông báo qua ứng dụng, dịch vụ công trực tuyến. Căn cứ: Luật Cư trú số 68/2020/QH14, Thông tư số 55/2021/TT-BCA.',
    },
    {
      procedure: '1.001776',
      change: 'amended',
      whatChanged:
        'Sửa đổi đối tượng hưởng, mức chuẩn trợ giúp xã hội (360.000 đồng/tháng), mẫu tờ khai (Mẫu số 1a–1d, 2a–2c) và thời hạn xét duyệt, niêm yết. Căn cứ: Nghị định số 20/2021/NĐ-CP.',
    },
    {
      procedure: '1.001731',
      change: 'amended',
      whatChanged:
        'Sửa đổi mức hỗ trợ chi phí mai táng (tối thiểu 20 lần mức chuẩn trợ giúp xã hội) và thành phần hồ sơ (Tờ khai Mẫu số 04). Căn cứ: Nghị định số 20/2021/NĐ-CP.',
    },
    {
      procedure: '2.000286',
      change: 'amended',
      whatChanged:
        'Sửa đổi thành phần hồ sơ và trình tự tiếp nhận đối tượng vào cơ sở trợ giúp xã hội. Căn cứ: Nghị định số 20/2021/NĐ-CP.',
    },
    {
      procedure: '1.004873',
      change: 'amended',
      whatChanged:
        'Sửa đổi giấy tờ phải xuất trình: bỏ yêu cầu xuất trình sổ hộ khẩu, sổ tạm trú; thông tin về cư trú được khai thác từ Cơ sở dữ liệu quốc gia về dân cư. Căn cứ: Luật Cư trú số 68/2020/QH14, Nghị định số 123/2015/NĐ-CP.',
    },
    // abolished
    {
      procedure: '1.003273',
      change: 'abolished',
      whatChanged:
        'Bãi bỏ thủ tục "Cấp đổi, cấp lại sổ hộ khẩu" do Luật Cư trú số 68/2020/QH14 không còn quy định việc cấp sổ hộ khẩu (khoản 3 Điều 38: sổ hộ khẩu đã cấp được sử dụng đến hết ngày 31/12/2022).',
    },
  ],
}

const applicationEntries: SeedDecisionEntry[] = townCodes.map((code) => {
  const committed = townOverrides[code]?.committedTime
  return committed
    ? {
        procedure: code,
        change: 'amended',
        whatChanged: `Áp dụng thời hạn giải quyết cam kết tại UBND thị trấn: ${committed.value} ${timeUnitLabels[committed.unit].vi}, ngắn hơn thời hạn luật định.`,
      }
    : { procedure: code, change: 'new' }
})

const application: SeedDecision = {
  number: '86/QĐ-UBND',
  kind: 'application',
  title:
    'Quyết định về việc áp dụng danh mục 45 thủ tục hành chính giải quyết tại Bộ phận Tiếp nhận và Trả kết quả Ủy ban nhân dân thị trấn Điện Biên Đông',
  issuer: 'Chủ tịch UBND thị trấn Điện Biên Đông',
  locality: 'thi-tran-dien-bien-dong',
  signedDate: '2024-08-02',
  effectiveDate: '2024-08-05',
  entries: applicationEntries,
}

export const decisions: SeedDecision[] = [announcement, application]

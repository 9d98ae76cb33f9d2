/**
 * The default list of citizens' words, written for this project from how people ask at a commune's
 * one-stop desk: old names that outlived the law (sổ hộ khẩu, KT3), nicknames of papers (sổ đỏ,
 * giấy độc thân), what people say they want (lấy vợ, mở quán, đi bộ đội) and southern or common
 * spellings (khai sanh). Each term points at words of official procedure names, as the national
 * catalogue writes them, so it works on records that carry no keywords of their own. Some point
 * at a procedure's code instead: every term adds its words to each record it reaches, so a term
 * meant for one procedure says so by code, or it reaches the names sharing the phrase (special
 * cases, "Xóa đăng ký …") and makes them match other queries (docs/benchmarks.md). Validated
 * by `SearchSynonyms` (searchSynonyms.test.ts).
 *
 * `same(terms, means)` gives each term of the group the same meaning.
 */
import type { SearchSynonym } from './searchSynonyms'

const CODE = /^\d\.\d{6}$/

function same(terms: string[], means: string[]): SearchSynonym[] {
  return terms.map((term) => ({
    term,
    means: means.filter((m) => !CODE.test(m)),
    codes: means.filter((m) => CODE.test(m)),
  }))
}

const LAND_CERTIFICATE = [
  'giấy chứng nhận quyền sử dụng đất',
  'cấp lại giấy chứng nhận',
  'cấp đổi giấy chứng nhận',
  'đính chính giấy chứng nhận',
]

export const DEFAULT_SEARCH_SYNONYMS: SearchSynonym[] = [
  // ---------------------------------------------------------------- birth, civil status
  ...same(
    [
      'làm giấy khai sinh',
      'làm khai sinh',
      'khai sinh cho con',
      'khai sinh cho bé',
      'giấy khai sinh cho con',
      'giấy khai sanh',
      'khai sanh',
      'làm giấy khai sanh',
      'khai sinh muộn',
      'khai sinh quá hạn',
      // no father named: the birth is registered alone, the father's part left blank
      'mẹ đơn thân',
      'mẹ đơn thân làm khai sinh',
      'khai sinh cho con mẹ đơn thân',
      'giấy khai sinh',
      'con mới sinh',
      'bé mới sinh',
      'trẻ mới sinh',
      'mới sinh con',
      'con mới đẻ',
    ],
    ['đăng ký khai sinh'],
  ),
  // The birth registration itself (1.001193), by its code: as words of "đăng ký khai sinh" these
  // would reach its every special case (lưu động, có yếu tố nước ngoài…), and their common words
  // (mất, làm, chưa, có) would then make a dozen records match queries about other things.
  ...same(
    [
      'vợ sinh con',
      'vợ mới sinh',
      'vợ vừa sinh',
      'vợ đẻ',
      // no hospital's birth certificate: a witness's or the parent's written word stands for it
      'mất giấy chứng sinh',
      'không có giấy chứng sinh',
      'thiếu giấy chứng sinh',
      // late (quá hạn) is the same procedure; "đã có hồ sơ, giấy tờ" is for those born before 2016
      'chưa có giấy khai sinh',
      'chưa làm giấy khai sinh',
      'chưa làm khai sinh',
    ],
    ['1.001193'],
  ),
  // an adult never registered, who has other personal papers (born before 2016: NĐ 123/2015)
  ...same(
    [
      'người lớn chưa có giấy khai sinh',
      'người lớn tuổi chưa có giấy khai sinh',
      'chưa từng có giấy khai sinh',
      'chưa từng đăng ký khai sinh',
      'khai sinh cho người lớn',
    ],
    ['khai sinh cho người đã có hồ sơ, giấy tờ cá nhân'],
  ),
  ...same(
    ['mất giấy khai sinh', 'làm lại giấy khai sinh', 'làm lại khai sinh', 'xin lại giấy khai sinh'],
    ['đăng ký lại khai sinh', 'bản sao giấy khai sinh'],
  ),
  ...same(
    ['trích lục khai sinh', 'bản sao khai sinh', 'sao giấy khai sinh', 'trích lục hộ tịch'],
    ['bản sao trích lục hộ tịch', 'bản sao giấy khai sinh'],
  ),
  ...same(
    [
      'trích lục kết hôn',
      'bản sao giấy kết hôn',
      'bản sao đăng ký kết hôn',
      'trích lục khai tử',
      'bản sao giấy chứng tử',
      // the citizens' name of the death's record, whose copy the commune issues
      'bản sao giấy báo tử',
      'xin lại giấy báo tử',
    ],
    ['bản sao trích lục hộ tịch'],
  ),
  ...same(
    [
      'sửa giấy khai sinh',
      'sửa tên',
      'đổi tên',
      'đổi tên cho con',
      'đổi họ',
      'đổi họ cho con',
      'sửa ngày sinh',
      'sửa năm sinh',
      'sai ngày sinh',
      'ghi sai tên',
      'cải chính ngày sinh',
      'đổi dân tộc',
      'thêm tên bố vào giấy khai sinh',
    ],
    ['cải chính', 'bổ sung thông tin hộ tịch'],
  ),
  ...same(
    [
      'nhận con',
      'nhận cha cho con',
      'nhận bố cho con',
      'nhận mẹ cho con',
      'nhận con ngoài giá thú',
      'con ngoài giá thú',
      'xác nhận cha con',
      'làm giấy nhận cha con',
      'nhận lại con',
      'bố mẹ nhận con',
      'cha mẹ nhận con',
      'bố nhận con',
      'cha nhận con',
      'công nhận cha cho con',
      'công nhận con',
    ],
    ['nhận cha, mẹ, con'],
  ),
  ...same(
    ['con lai', 'khai sinh cho con lai', 'bố là người nước ngoài', 'mẹ là người nước ngoài'],
    ['khai sinh có yếu tố nước ngoài'],
  ),
  ...same(
    [
      'giấy chứng tử',
      'làm giấy chứng tử',
      'báo tử',
      'giấy báo tử',
      'khai tử cho người mất',
      'người mất',
      'người mới mất',
      'người vừa mất',
      'mới qua đời',
      'vừa qua đời',
      'người chết',
      'người nhà mất',
      'bố mất',
      'mẹ mất',
      'vợ mất',
      'chồng mất',
      'người thân mất',
      'qua đời',
      'người qua đời',
      'người thân qua đời',
      'người nhà qua đời',
      'tử vong',
      'giấy khai tử',
      'làm giấy khai tử',
      // a death registered after the 15 days of Luật Hộ tịch art. 33 goes through the same procedure
      'khai tử muộn',
      'khai tử quá hạn',
      'khai tử trễ hạn',
    ],
    ['đăng ký khai tử'],
  ),
  // where the death happened says nothing of the procedure: the commune registers it
  ...same(
    ['mất ở bệnh viện', 'người mất ở bệnh viện', 'chết ở bệnh viện', 'mất tại bệnh viện'],
    ['1.000656'],
  ),
  ...same(['mất giấy chứng tử', 'làm lại giấy chứng tử'], ['đăng ký lại khai tử']),
  ...same(
    [
      'lấy vợ',
      'lấy chồng',
      'cưới vợ',
      'cưới chồng',
      'đám cưới',
      'giấy kết hôn',
      'giấy đăng ký kết hôn',
      'đăng ký cưới',
      'làm giấy kết hôn',
      'giấy hôn thú',
      // a second marriage, or a divorced couple marrying again, is registered as any other
      'tái hôn',
      'kết hôn lần hai',
      'lấy vợ lần hai',
      'lấy chồng lần hai',
      'kết hôn lại với nhau',
    ],
    ['đăng ký kết hôn'],
  ),
  ...same(
    [
      'lấy chồng nước ngoài',
      'lấy vợ nước ngoài',
      'lấy chồng người nước ngoài',
      'lấy vợ người nước ngoài',
      'kết hôn với người nước ngoài',
      'lấy chồng Hàn Quốc',
      'lấy chồng Đài Loan',
      'lấy chồng Trung Quốc',
      'lấy chồng Nhật',
      'lấy vợ Trung Quốc',
      'lấy vợ người Lào',
      'lấy vợ người Campuchia',
      // the neighbours and the countries most marriages of a commune's desk are with
      'kết hôn với người Trung Quốc',
      'kết hôn với người Hàn Quốc',
      'kết hôn với người Đài Loan',
      'kết hôn với người Nhật',
      'kết hôn với người Lào',
      'kết hôn với người Campuchia',
    ],
    ['kết hôn có yếu tố nước ngoài'],
  ),
  // Overseas Vietnamese count as a foreign element in civil status (Luật Hộ tịch, art. 3).
  ...same(
    ['việt kiều', 'kiều bào', 'người việt ở nước ngoài', 'người việt nam ở nước ngoài'],
    ['yếu tố nước ngoài'],
  ),
  // "người tây", a westerner, as people say it; folded it is also "người Tày" (an ethnic group),
  // hence the whole phrases only, never "tây" alone.
  ...same(
    ['người tây', 'chồng tây', 'vợ tây', 'lấy chồng tây', 'lấy vợ tây', 'con lai tây'],
    ['yếu tố nước ngoài'],
  ),
  ...same(
    ['mất giấy kết hôn', 'làm lại giấy kết hôn', 'mất giấy đăng ký kết hôn'],
    ['đăng ký lại kết hôn'],
  ),
  ...same(
    [
      'giấy độc thân',
      'giấy xác nhận độc thân',
      'xác nhận độc thân',
      'giấy chứng nhận độc thân',
      'xác nhận tình trạng độc thân',
      'chứng nhận chưa kết hôn',
      'xác nhận chưa có vợ',
      'xác nhận chưa có chồng',
      // its commonest use: a marriage abroad or with a foreigner asks for it first
      'giấy độc thân để kết hôn với người nước ngoài',
      'độc thân để lấy chồng nước ngoài',
      'độc thân để lấy vợ nước ngoài',
      // the certificate's own words: "hiện đang độc thân"
      'sống độc thân',
      'đang sống độc thân',
      'xác nhận sống một mình',
      'xác nhận đang sống một mình',
    ],
    ['xác nhận tình trạng hôn nhân'],
  ),
  ...same(
    ['cưới ở nước ngoài', 'kết hôn ở nước ngoài', 'ghi chú kết hôn'],
    ['ghi vào sổ hộ tịch việc kết hôn'],
  ),
  ...same(['ly hôn ở nước ngoài', 'ghi chú ly hôn'], ['ghi vào sổ hộ tịch việc ly hôn', 'ly hôn']),
  ...same(['làm giám hộ', 'giám hộ cho cháu', 'người đỡ đầu', 'đỡ đầu'], ['đăng ký giám hộ']),
  // those who need a guardian as adults (Bộ luật Dân sự 2015, art. 47), by its code: the words
  // are also in the conditions of marriage, adoption and recognition of a child
  ...same(
    [
      'mất năng lực hành vi dân sự',
      'mất năng lực hành vi',
      'người bị tâm thần',
      'khó khăn trong nhận thức',
    ],
    ['1.004837'],
  ),
  ...same(
    [
      'thôi giám hộ',
      'hủy giám hộ',
      'hết giám hộ',
      'kết thúc giám hộ',
      'thôi làm giám hộ',
      'thôi làm người giám hộ',
      'không làm giám hộ nữa',
    ],
    ['chấm dứt giám hộ'],
  ),
  ...same(
    ['nhận con nuôi', 'xin con nuôi', 'nhận nuôi con', 'con nuôi', 'nhận cháu làm con nuôi'],
    ['nuôi con nuôi'],
  ),
  ...same(
    [
      'cán bộ về tận nhà',
      'cán bộ xuống nhà',
      'xuống tận nhà',
      'đến tận nhà',
      'làm hộ tịch tại nhà',
      'đăng ký tại nhà',
    ],
    ['lưu động'],
  ),
  ...same(
    [
      'thẻ bảo hiểm y tế cho trẻ',
      'bảo hiểm y tế trẻ em',
      'thẻ bhyt cho bé',
      'bhyt cho trẻ',
      'liên thông khai sinh',
    ],
    ['cấp thẻ bảo hiểm y tế cho trẻ em'],
  ),
  ...same(['liên thông khai tử'], ['đăng ký khai tử, xóa đăng ký thường trú']),

  // ---------------------------------------------------------------- funeral, survivors
  ...same(
    [
      'tiền mai táng',
      'mai táng phí',
      'tiền ma chay',
      'tiền đám ma',
      'tiền chôn cất',
      'hỗ trợ mai táng',
      'hỗ trợ đám tang',
      'tiền tang lễ',
      'an táng',
      'tiền an táng',
      'chi phí an táng',
    ],
    ['mai táng'],
  ),
  ...same(['tiền tuất', 'tử tuất', 'trợ cấp tuất'], ['tử tuất', 'từ trần']),

  // ---------------------------------------------------------------- residence
  ...same(
    [
      'nhập khẩu',
      'nhập hộ khẩu',
      'làm hộ khẩu',
      'đăng ký hộ khẩu',
      'chuyển hộ khẩu về',
      'chuyển khẩu về',
      'sổ hộ khẩu',
      'hộ khẩu',
      'hộ khẩu thường trú',
      'nhập khẩu cho con',
      'nhập khẩu vào nhà ông bà',
      'nhập khẩu vào nhà người thân',
      'chuyển hộ khẩu về quê',
      'chuyển khẩu về quê',
      'nhập khẩu về quê',
      'nhập khẩu nhà chồng',
      'nhập khẩu nhà vợ',
      'nhập khẩu cho vợ',
      'nhập khẩu cho chồng',
      'vợ mới cưới',
      'chồng mới cưới',
      'nhập khẩu cho con dâu',
      'nhập khẩu cho con rể',
      'con dâu về nhà chồng',
    ],
    ['đăng ký thường trú'],
  ),
  // from temporary to permanent residence is the permanent registration itself, by its code: as
  // words of "đăng ký thường trú" they would reach the liên thông bundles that name it too
  ...same(
    [
      'chuyển tạm trú sang thường trú',
      'chuyển từ tạm trú sang thường trú',
      'từ tạm trú lên thường trú',
    ],
    ['1.004222'],
  ),
  ...same(
    ['cắt khẩu', 'cắt hộ khẩu', 'xóa hộ khẩu', 'chuyển khẩu đi', 'xóa tên khỏi hộ khẩu'],
    ['xóa đăng ký thường trú'],
  ),
  // Settling abroad ends permanent residence (Luật Cư trú art. 24): by the code of the removal,
  // which "Đăng ký khai tử, xóa đăng ký thường trú…" would otherwise share ("ra" of "đứng ra").
  ...same(['định cư nước ngoài', 'đi định cư nước ngoài', 'ra nước ngoài định cư'], ['1.003197']),
  ...same(['tách khẩu', 'tách hộ khẩu', 'tách sổ hộ khẩu', 'ra hộ riêng', 'tách sổ'], ['tách hộ']),
  ...same(
    [
      'đổi chủ hộ',
      'thay chủ hộ',
      // the household's head has died: another member becomes its head
      'chủ hộ mất',
      'chủ hộ chết',
      'chủ hộ qua đời',
      'sửa hộ khẩu',
      'sửa thông tin hộ khẩu',
      'điều chỉnh hộ khẩu',
      'thay đổi thông tin cư trú',
      'sửa thông tin cư trú',
      'sai thông tin cư trú',
      'thông tin cư trú bị sai',
      'cập nhật thông tin cư trú',
      'sai địa chỉ thường trú',
    ],
    ['điều chỉnh thông tin về cư trú'],
  ),
  ...same(
    [
      'xác nhận cư trú',
      'giấy xác nhận cư trú',
      'xác nhận nơi ở',
      'giấy xác nhận nơi ở',
      'xác nhận hộ khẩu',
      'giấy xác nhận hộ khẩu',
      'ct07',
      // a school asks for it when a child enrols
      'xác nhận cư trú cho con đi học',
      'giấy xác nhận cư trú cho con đi học',
      'xác nhận cư trú để nhập học',
      // the household book is no longer valid (Luật Cư trú 2020): proof of residence replaces it
      'mất sổ hộ khẩu',
      'sổ hộ khẩu bị mất',
      'cấp lại sổ hộ khẩu',
      'chứng minh nơi cư trú',
      'chứng minh cư trú',
      'giấy chứng minh nơi cư trú',
      'giấy tờ chứng minh nơi cư trú',
      'xác nhận thường trú',
      'xác nhận tạm trú',
    ],
    ['xác nhận thông tin về cư trú'],
  ),
  ...same(
    [
      'làm tạm trú',
      'khai báo tạm trú',
      'đăng ký kt3',
      'kt3',
      // the old temporary-residence book, no longer issued: the registration is what is asked
      'sổ tạm trú',
      'làm sổ tạm trú',
      'thuê trọ',
      'ở trọ',
      'nhà trọ',
      'phòng trọ',
      'ở ghép',
      'ở nhờ',
      'tạm trú cho sinh viên',
      'tạm trú cho người thuê nhà',
      'tạm trú cho người giúp việc',
    ],
    // by its code: as words of "đăng ký tạm trú" they also reached "Xóa đăng ký tạm trú" and "Khai
    // báo thông tin về cư trú đối với người chưa đủ điều kiện đăng ký thường trú, đăng ký tạm trú"
    ['1.004194'],
  ),
  ...same(['hết hạn tạm trú', 'tạm trú hết hạn'], ['gia hạn tạm trú']),
  // leaving a rented room ends the temporary residence there (Luật Cư trú, art. 29)
  ...same(
    ['cắt tạm trú', 'hủy tạm trú', 'trả phòng trọ', 'chuyển khỏi phòng trọ', 'không ở trọ nữa'],
    ['xóa đăng ký tạm trú'],
  ),
  ...same(
    [
      'báo tạm vắng',
      'đăng ký tạm vắng',
      'trình báo tạm vắng',
      'đi làm ăn xa',
      'đi làm xa',
      'vắng nhà lâu ngày',
      'đi xa dài ngày',
    ],
    ['khai báo tạm vắng'],
  ),
  ...same(
    [
      'khai báo lưu trú',
      'báo khách ở nhà',
      'khai báo khách ở nhà',
      'khách ngủ lại',
      'khách ở qua đêm',
      'báo lưu trú',
    ],
    ['thông báo lưu trú'],
  ),
  ...same(['không có chỗ ở hợp pháp', 'khai báo nơi ở'], ['khai báo thông tin về cư trú']),

  // ---------------------------------------------------------------- land
  ...same(
    [
      'sổ đỏ',
      'sổ hồng',
      'bìa đỏ',
      'bìa hồng',
      'giấy đỏ',
      'sổ đất',
      'giấy tờ đất',
      'giấy chứng nhận đất',
      'gcn qsdđ',
      'gcnqsdđ',
      'qsdđ',
    ],
    LAND_CERTIFICATE,
  ),
  ...same(
    [
      'làm sổ đỏ',
      'cấp sổ đỏ',
      'xin cấp sổ đỏ',
      'làm sổ đỏ lần đầu',
      'làm sổ hồng',
      'cấp sổ hồng',
      'làm bìa đỏ',
      'cấp giấy đỏ',
    ],
    ['cấp giấy chứng nhận quyền sử dụng đất', 'cấp đổi giấy chứng nhận'],
  ),
  // land never certified: the first certificate, not an exchange of an old one
  ...same(
    [
      'đất chưa có sổ đỏ',
      'chưa có sổ đỏ',
      'đất chưa có sổ',
      'đất chưa có giấy tờ',
      'đất chưa có giấy chứng nhận',
      'cấp sổ đỏ lần đầu',
      // inherited land never certified is registered a first time (with its origin, the
      // inheritance); certified land is transferred (the group of "thừa kế đất")
      'đất ông bà để lại chưa có sổ',
      'đất ông bà để lại chưa có giấy tờ',
      'đất cha ông để lại chưa có giấy tờ',
      // land cleared by the household itself, never certified
      'đất khai hoang',
      'sổ đỏ đất khai hoang',
    ],
    ['gắn liền với đất lần đầu'],
  ),
  ...same(
    ['mất sổ đỏ', 'mất sổ hồng', 'làm lại sổ đỏ', 'cấp lại sổ đỏ', 'mất bìa đỏ'],
    ['cấp lại giấy chứng nhận'],
  ),
  ...same(
    [
      'đổi sổ đỏ',
      'đổi sổ đỏ cũ',
      'cấp đổi sổ đỏ',
      'sổ đỏ bị rách',
      'sổ đỏ cũ',
      'đổi sổ hồng',
      // an old certificate changed for one of the current form: "đổi sổ đỏ cũ sang sổ mới"
      'đổi sang sổ mới',
      'đổi sổ mới',
    ],
    ['cấp đổi giấy chứng nhận'],
  ),
  ...same(
    [
      'sổ đỏ bị cháy',
      'sổ đỏ bị hỏng',
      'sổ đỏ hư hỏng',
      'sổ đỏ bị ướt',
      'sổ đỏ bị mờ',
      'sổ hồng bị rách',
      'sổ hồng bị cháy',
    ],
    ['cấp đổi giấy chứng nhận', 'cấp lại giấy chứng nhận'],
  ),
  ...same(
    ['sửa sổ đỏ', 'sổ đỏ ghi sai', 'sai tên trên sổ đỏ', 'sửa sai sổ đỏ', 'sổ đỏ bị sai'],
    ['đính chính giấy chứng nhận'],
  ),
  ...same(
    [
      'sang tên sổ đỏ',
      'sang tên đất',
      'sang tên nhà đất',
      'mua bán đất',
      'bán đất',
      'mua đất',
      'chuyển nhượng đất',
      'cho tặng đất',
      'tặng cho đất',
      'thừa kế đất',
      'bố mẹ cho đất',
      'để lại đất cho con',
      'cho con đất',
      'sang tên đất cho con',
      'đất ông bà để lại',
      'đất bố mẹ để lại',
      'sang tên đất ông bà để lại',
    ],
    ['chuyển nhượng', 'tặng cho quyền sử dụng đất'],
  ),
  // land given up for a road or a school: the certificate is registered as changed. Only the rare
  // word: a term's words join the keys of what it reaches, and "làm", "thêm", "tên", "vợ" there
  // outranked the building permit for "xây thêm tầng nhà" (docs/benchmarks.md).
  ...same(['hiến đất'], ['đăng ký biến động quyền sử dụng đất']),
  ...same(
    [
      'thế chấp',
      'thế chấp sổ đỏ',
      'thế chấp đất',
      'vay ngân hàng bằng sổ đỏ',
      'xóa thế chấp',
      'cầm sổ đỏ',
    ],
    ['biện pháp bảo đảm bằng quyền sử dụng đất'],
  ),
  ...same(
    [
      'tranh chấp đất',
      'kiện đất',
      'lấn chiếm đất',
      'lấn đất',
      'tranh chấp ranh giới',
      'tranh chấp ranh giới đất',
      'tranh chấp với hàng xóm',
      'cãi nhau về đất',
    ],
    ['tranh chấp đất đai'],
  ),
  ...same(
    [
      'chuyển đất vườn',
      'chuyển đất nông nghiệp',
      'lên thổ cư',
      'chuyển lên đất ở',
      'chuyển đổi mục đích đất',
      'đổi mục đích sử dụng đất',
    ],
    ['chuyển mục đích sử dụng đất'],
  ),
  ...same(['hết hạn sử dụng đất', 'gia hạn đất', 'đất hết hạn'], ['gia hạn sử dụng đất']),
  ...same(['dồn điền đổi thửa', 'đổi ruộng'], ['chuyển đổi quyền sử dụng đất nông nghiệp']),

  // ---------------------------------------------------------------- building
  ...same(
    [
      'xin phép xây nhà',
      'giấy phép xây nhà',
      'xây nhà',
      'làm nhà',
      'xây nhà mới',
      'cơi nới nhà',
      'nâng tầng',
      'phép xây dựng',
      'gpxd',
    ],
    ['giấy phép xây dựng'],
  ),
  ...same(
    ['giấy phép xây dựng hết hạn', 'gia hạn giấy phép xây nhà'],
    ['gia hạn giấy phép xây dựng'],
  ),
  ...same(['sửa nhà', 'sửa chữa nhà'], ['sửa chữa nhà ở', 'giấy phép xây dựng']),

  // ---------------------------------------------------------------- certification
  ...same(
    [
      'công chứng',
      'công chứng giấy tờ',
      'sao y',
      'sao y bản chính',
      'photo công chứng',
      'công chứng bản sao',
      'chứng thực bản sao',
      'công chứng căn cước',
      'công chứng học bạ',
      'công chứng bằng',
      'chứng thực bằng',
      'chứng thực học bạ',
      'chứng thực bằng đại học',
      'công chứng bằng đại học',
      // the diploma, the paper most often copied; a translator's procedure names it too (the
      // degree a translator must hold), and its rare words would bring that one alone. The
      // diploma alone ("bằng tốt nghiệp") is the education office's copy from its register.
      'chứng thực bằng tốt nghiệp',
      'công chứng bằng tốt nghiệp',
      'sao y bằng tốt nghiệp',
    ],
    ['chứng thực bản sao từ bản chính'],
  ),
  ...same(
    [
      'công chứng chữ ký',
      'xác nhận chữ ký',
      'ký chứng thực',
      'chứng thực chữ kí',
      'chứng thực chữ ký trên giấy tờ',
      'chứng thực chữ ký trên văn bản',
      'lăn tay',
      'điểm chỉ',
    ],
    // the signature on one's own papers: the translators' procedures also hold "chứng thực chữ
    // ký", and would otherwise carry these words as theirs too
    ['chứng thực chữ ký trong các giấy tờ'],
  ),
  // A power of attorney without payment is a signed paper: its signature is certified (not the
  // translators' signatures, whose procedures also hold "chứng thực chữ ký").
  ...same(
    ['giấy ủy quyền', 'làm giấy ủy quyền', 'chứng thực giấy ủy quyền'],
    ['chứng thực chữ ký trong các giấy tờ', '2.000884'],
  ),
  ...same(
    [
      'bản sao hợp đồng',
      'bản sao hợp đồng đã chứng thực',
      'xin lại hợp đồng đã chứng thực',
      'mất hợp đồng đã chứng thực',
    ],
    ['bản sao có chứng thực từ bản chính hợp đồng'],
  ),
  ...same(
    ['dịch thuật công chứng', 'công chứng bản dịch', 'dịch công chứng', 'chứng thực bản dịch'],
    ['chứng thực chữ ký người dịch'],
  ),
  ...same(
    ['công chứng di chúc', 'làm di chúc', 'lập di chúc', 'viết di chúc'],
    ['chứng thực di chúc'],
  ),
  // dividing is the agreement on the division; an heir may refuse a share in it, so the bare
  // words of inheritance reach the refusal too
  ...same(
    [
      'chia thừa kế',
      'chia di sản',
      'chia tài sản thừa kế',
      'chia đất cho con',
      'chia đất cho các con',
      'chia đất bố mẹ để lại',
    ],
    ['phân chia di sản'],
  ),
  ...same(['thừa kế', 'bố mẹ mất để lại đất'], ['phân chia di sản', 'từ chối nhận di sản']),
  ...same(
    ['từ chối thừa kế', 'nhường thừa kế', 'không nhận thừa kế', 'nhường phần thừa kế'],
    ['từ chối nhận di sản'],
  ),
  ...same(
    [
      'công chứng hợp đồng',
      'hợp đồng mua bán',
      'hợp đồng mua bán nhà',
      'hợp đồng mua bán đất',
      'công chứng mua bán',
      'hợp đồng cho thuê nhà',
      'hợp đồng tặng cho',
    ],
    ['chứng thực giao dịch', 'chứng thực hợp đồng'],
  ),
  ...same(['hủy hợp đồng', 'sửa hợp đồng'], ['hủy bỏ giao dịch']),
  ...same(['xin lại bản sao', 'sao lục', 'bản sao sổ gốc'], ['bản sao từ sổ gốc']),

  // ---------------------------------------------------------------- social protection
  ...same(
    [
      'xin hộ nghèo',
      'sổ hộ nghèo',
      'giấy chứng nhận hộ nghèo',
      'giấy xác nhận hộ nghèo',
      'vào hộ nghèo',
      'xét hộ nghèo',
      'bình xét hộ nghèo',
      'hộ nghèo',
      'hộ cận nghèo',
      'thoát nghèo',
    ],
    ['công nhận hộ nghèo'],
  ),
  ...same(
    ['hộ trung bình', 'hộ mức sống trung bình', 'xác nhận hộ trung bình'],
    ['mức sống trung bình'],
  ),
  ...same(
    [
      'trợ cấp người già',
      'tiền người già',
      'tiền người cao tuổi',
      'trợ cấp người cao tuổi',
      'trợ cấp tuổi già',
      'trợ cấp 80 tuổi',
      'trợ cấp 75 tuổi',
      'lương người già',
      'lãnh tiền người già',
      'lãnh trợ cấp người già',
    ],
    ['trợ cấp hưu trí xã hội', 'trợ cấp xã hội hàng tháng'],
  ),
  // the social pension is for the old who draw no pension (Luật Bảo hiểm xã hội 2024, art. 21)
  ...same(
    [
      'không có lương hưu',
      'chưa có lương hưu',
      'người già không có lương',
      'người già chưa có lương',
    ],
    // not the funeral support, whose name holds "… đối tượng hưởng trợ cấp hưu trí xã hội"
    ['thôi hưởng trợ cấp hưu trí xã hội'],
  ),
  ...same(['lương hưu', 'hưu trí'], ['hưu trí', 'lương hưu']),
  ...same(
    [
      'tiền trợ cấp',
      'trợ cấp hàng tháng',
      'tiền bảo trợ',
      'trợ cấp xã hội',
      'trợ cấp khuyết tật',
      'tiền khuyết tật',
      'trợ cấp trẻ mồ côi',
      'trẻ mồ côi',
      'người đơn thân nghèo',
    ],
    ['trợ cấp xã hội hàng tháng'],
  ),
  ...same(
    [
      'giấy khuyết tật',
      'giấy chứng nhận khuyết tật',
      'xác nhận khuyết tật',
      'thẻ khuyết tật',
      'tàn tật',
      'giấy tàn tật',
      'người tàn tật',
    ],
    ['giấy xác nhận khuyết tật', 'mức độ khuyết tật'],
  ),
  ...same(
    [
      'mất giấy khuyết tật',
      'làm lại giấy khuyết tật',
      'giấy khuyết tật bị rách',
      'giấy xác nhận khuyết tật bị rách',
      'giấy khuyết tật bị hỏng',
      'đổi giấy khuyết tật',
    ],
    ['cấp lại giấy xác nhận khuyết tật'],
  ),
  ...same(
    ['viện dưỡng lão', 'trung tâm bảo trợ', 'vào trung tâm bảo trợ', 'nhà dưỡng lão'],
    ['cơ sở trợ giúp xã hội'],
  ),
  // people with no one to care for them, whom the commune may place in a social protection centre
  ...same(
    [
      'người già cô đơn',
      'người già neo đơn',
      'người cao tuổi cô đơn',
      'không nơi nương tựa',
      'gửi vào trung tâm bảo trợ',
      'gửi người già vào trung tâm',
    ],
    ['tiếp nhận đối tượng bảo trợ xã hội', 'đối tượng bảo trợ xã hội'],
  ),
  // wandering people with a mental illness are among those a centre takes in (NĐ 20/2021): the
  // taking in only, not the funeral support and allowances of "đối tượng bảo trợ xã hội"
  ...same(
    [
      'người lang thang',
      'người tâm thần lang thang',
      'người lang thang xin ăn',
      'đưa vào trung tâm',
    ],
    ['tiếp nhận đối tượng bảo trợ xã hội'],
  ),
  ...same(['nhận nuôi trẻ', 'đưa cháu về nuôi', 'nuôi trẻ mồ côi'], ['chăm sóc thay thế']),
  ...same(
    ['bảo hiểm thất nghiệp', 'trợ cấp thất nghiệp', 'tiền thất nghiệp', 'mất việc'],
    ['trợ cấp thất nghiệp', 'bảo hiểm thất nghiệp'],
  ),
  ...same(
    ['rút bảo hiểm xã hội một lần', 'rút bhxh', 'rút bảo hiểm một lần', 'bhxh một lần'],
    ['bảo hiểm xã hội một lần'],
  ),
  ...same(['bhxh'], ['bảo hiểm xã hội']),
  ...same(['bhyt', 'thẻ bảo hiểm y tế', 'làm thẻ bảo hiểm y tế'], ['bảo hiểm y tế']),
  ...same(['tiền sinh con', 'tiền đẻ', 'nghỉ sinh', 'chế độ sinh con'], ['thai sản']),
  ...same(['nghỉ ốm', 'tiền ốm đau'], ['ốm đau']),
  ...same(
    [
      'vay tiền',
      'vay tiền làm ăn',
      'vay ngân hàng chính sách',
      'vay vốn tạo việc làm',
      'vay tiền tạo việc làm',
      'vay vốn làm ăn',
    ],
    ['vay vốn hỗ trợ tạo việc làm'],
  ),
  ...same(['xuất khẩu lao động', 'đi làm nước ngoài'], ['đi làm việc ở nước ngoài']),
  ...same(['học nghề', 'học nghề miễn phí'], ['đào tạo nghề']),

  // ---------------------------------------------------------------- people with merit
  ...same(
    [
      'liệt sĩ',
      'con liệt sĩ',
      'gia đình liệt sĩ',
      'bố mẹ liệt sĩ',
      'tiền thờ cúng',
      'thờ cúng liệt sĩ',
      'tiền thờ cúng liệt sĩ',
      'tiền cúng giỗ liệt sĩ',
      'giỗ liệt sĩ',
    ],
    ['thờ cúng liệt sĩ', 'thân nhân của người có công'],
  ),
  ...same(
    [
      'thương binh',
      'con thương binh',
      'bệnh binh',
      'gia đình chính sách',
      'chất độc da cam',
      'nhiễm chất độc hóa học',
    ],
    ['người có công', 'thân nhân của người có công'],
  ),
  // the certificate only: every merit procedure holds "người có công", and would carry these too
  ...same(
    [
      'giấy xác nhận con thương binh',
      'giấy xác nhận con liệt sĩ',
      'xác nhận thân nhân',
      'giấy xác nhận thân nhân liệt sĩ',
    ],
    ['thân nhân của người có công'],
  ),
  ...same(
    [
      'thương binh mất',
      'thương binh mới mất',
      'thương binh vừa mất',
      'thương binh đã mất',
      'người có công mất',
      'người có công qua đời',
      'thương binh qua đời',
    ],
    ['người có công đang hưởng trợ cấp ưu đãi từ trần'],
  ),
  ...same(
    ['sửa nhà cho người có công', 'hỗ trợ nhà cho gia đình chính sách'],
    ['người có công với cách mạng cải thiện nhà ở'],
  ),

  // ---------------------------------------------------------------- culture, associations, belief
  ...same(
    ['công nhận gia đình văn hóa', 'giấy khen gia đình văn hóa', 'bình xét gia đình văn hóa'],
    ['gia đình văn hóa'],
  ),
  ...same(
    [
      'bản văn hóa',
      'thôn văn hóa',
      'xóm văn hóa',
      'làng văn hóa',
      'khu phố văn hóa',
      'tổ dân phố văn hóa',
      'công nhận thôn văn hóa',
      'công nhận làng văn hóa',
      'công nhận tổ dân phố văn hóa',
    ],
    ['thôn, tổ dân phố văn hóa'],
  ),
  ...same(
    [
      'lễ hội',
      'hội làng',
      'hội xuân',
      'xin phép tổ chức lễ hội',
      'tổ chức hội',
      'đăng ký lễ hội',
      'đăng ký tổ chức lễ hội',
    ],
    ['tổ chức lễ hội'],
  ),
  ...same(['quán karaoke', 'mở karaoke', 'hát karaoke'], ['karaoke']),
  ...same(['tủ sách', 'tủ sách cộng đồng', 'mở thư viện'], ['thư viện']),
  ...same(
    [
      'câu lạc bộ',
      'clb',
      'đội bóng',
      'lập đội bóng',
      'câu lạc bộ bóng đá',
      'câu lạc bộ bóng chuyền',
    ],
    ['câu lạc bộ thể thao'],
  ),
  ...same(['nghệ nhân', 'nghệ nhân ưu tú', 'nghệ nhân nhân dân'], ['nghệ nhân']),
  ...same(['hòa giải viên bị tai nạn', 'hòa giải viên'], ['hòa giải viên']),
  ...same(
    [
      'đình làng',
      'lễ cúng',
      'cúng đình',
      'lễ cúng ở đền',
      'lễ cúng ở miếu',
      'lễ hội đình làng',
      // a clan's house of worship is belief, not religion ("nhà thờ" alone is a church)
      'nhà thờ họ',
      'từ đường',
    ],
    ['hoạt động tín ngưỡng'],
  ),
  ...same(
    [
      'nhà thờ',
      'đạo tin lành',
      'điểm nhóm',
      'sinh hoạt đạo',
      'đi lễ nhà thờ',
      'điểm nhóm tin lành',
    ],
    ['sinh hoạt tôn giáo'],
  ),
  ...same(
    ['bằng khen', 'khen thưởng', 'xin giấy khen', 'giấy khen của xã'],
    ['giấy khen', 'khen thưởng'],
  ),
  ...same(['cứu người', 'dũng cảm', 'khen thưởng đột xuất'], ['thành tích đột xuất']),
  ...same(['lập hội', 'thành lập hội'], ['thành lập hội', 'điều lệ hội']),

  // ---------------------------------------------------------------- business
  ...same(
    [
      'mở quán',
      'mở cửa hàng',
      'mở tiệm',
      'mở quán tạp hóa',
      'mở quán ăn',
      'mở quán cà phê',
      'buôn bán',
      'bán hàng',
      'kinh doanh nhỏ',
      'giấy phép kinh doanh',
      'đăng ký kinh doanh',
      'kinh doanh cá thể',
      'hộ kinh doanh cá thể',
      'đăng ký buôn bán',
      'hkd',
    ],
    ['đăng ký thành lập hộ kinh doanh', 'hộ kinh doanh'],
  ),
  ...same(
    ['đóng cửa hàng', 'nghỉ kinh doanh', 'tạm nghỉ kinh doanh'],
    ['tạm ngừng kinh doanh', 'chấm dứt hoạt động hộ kinh doanh'],
  ),
  ...same(['htx', 'mở hợp tác xã', 'lập hợp tác xã'], ['hợp tác xã']),
  ...same(['lập tổ hợp tác'], ['tổ hợp tác']),
  ...same(['bán rượu', 'nấu rượu', 'giấy phép bán rượu'], ['rượu']),
  ...same(['bán thuốc lá', 'giấy phép bán thuốc lá'], ['thuốc lá']),
  ...same(
    ['vệ sinh thực phẩm', 'attp', 'vệ sinh an toàn thực phẩm', 'bán đồ ăn'],
    ['an toàn thực phẩm'],
  ),
  ...same(['bán đồ ăn vỉa hè', 'bán hàng rong'], ['thức ăn đường phố']),
  ...same(['bán gas', 'bán bình gas', 'gas'], ['kinh doanh khí']),

  // ---------------------------------------------------------------- education
  ...same(['xin chuyển trường', 'chuyển trường cho con'], ['chuyển trường']),
  ...same(
    ['mất bằng', 'xin lại bằng', 'bằng tốt nghiệp', 'sao bằng'],
    ['bản sao văn bằng', 'văn bằng, chứng chỉ'],
  ),
  ...same(['sửa tên trên bằng', 'bằng ghi sai', 'sửa bằng'], ['chỉnh sửa nội dung văn bằng']),
  ...same(
    ['mầm non', 'mẫu giáo', 'nhà trẻ', 'mở lớp mầm non', 'trông trẻ', 'mở nhóm trẻ'],
    ['nhóm trẻ, lớp mẫu giáo'],
  ),
  ...same(['tiền ăn trưa', 'ăn trưa cho trẻ'], ['hỗ trợ ăn trưa']),
  ...same(['bán trú', 'tiền ăn bán trú'], ['học sinh bán trú']),

  // ---------------------------------------------------------------- military service
  ...same(
    [
      'đi bộ đội',
      'đi nghĩa vụ',
      'đi lính',
      'nhập ngũ',
      'khám nghĩa vụ',
      'đăng ký nghĩa vụ',
      'nvqs',
      'đăng ký đi bộ đội',
    ],
    ['nghĩa vụ quân sự'],
  ),
  ...same(
    ['hoãn nghĩa vụ', 'hoãn đi bộ đội', 'miễn nghĩa vụ', 'miễn đi bộ đội', 'hoãn nhập ngũ'],
    ['tạm hoãn gọi nhập ngũ', 'miễn gọi nhập ngũ'],
  ),

  // ---------------------------------------------------------------- disasters, farming, forests
  ...same(
    ['lũ lụt', 'bão lũ', 'sạt lở', 'lũ quét', 'nhà bị sập', 'thiệt hại do bão', 'mất mùa'],
    ['thiên tai'],
  ),
  ...same(
    ['bán gỗ', 'chặt cây', 'khai thác gỗ', 'gỗ rừng trồng'],
    ['lâm sản', 'khai thác thực vật rừng'],
  ),
  ...same(
    [
      'trồng cây trên đất lúa',
      'chuyển đổi cây trồng',
      'chuyển đất lúa sang trồng cây',
      'trồng cây ăn quả trên đất lúa',
    ],
    ['chuyển đổi cơ cấu cây trồng'],
  ),
  ...same(['mã vùng trồng'], ['mã số vùng trồng']),
  ...same(['kênh mương', 'mương nước'], ['thủy lợi']),

  // ---------------------------------------------------------------- children
  ...same(
    ['bạo hành trẻ em', 'xâm hại trẻ em', 'trẻ bị đánh', 'bảo vệ trẻ em', 'trẻ bị bỏ rơi'],
    ['trẻ em bị xâm hại', 'can thiệp khẩn cấp'],
  ),

  // ---------------------------------------------------------------- ways of applying
  ...same(
    ['nộp online', 'nộp qua mạng', 'làm online', 'nộp trực tuyến'],
    ['trực tuyến toàn trình'],
  ),
]

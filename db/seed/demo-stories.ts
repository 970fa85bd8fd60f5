/*
 * Deterministic Vietnamese demo stories for the demo newsroom and benchmark datasets.
 * Stories are assembled from per-section templates; slots are filled from small lists of
 * places, people and figures of Vĩnh Phúc province. Pure data: no imports, no clock.
 */

export type SectionSlug = 'thoi-su' | 'xay-dung-dang' | 'kinh-te' | 'xa-hoi' | 'van-hoa' | 'the-thao' | 'phap-luat' | 'quoc-te';

export type DemoStory = {
  sectionSlug: SectionSlug;
  title: string;
  sapo: string;
  paragraphs: string[];
  subheading?: string;
  quote?: string;
  tags: string[];
  creditLine: string;
  imageCaption: string;
  imageAlt: string;
  imageCredit: string;
  /** How long before now it was published; strictly increasing with the story's index. */
  hoursAgo: number;
};

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function between(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

const DISTRICTS = ['Vĩnh Yên', 'Phúc Yên', 'Tam Dương', 'Tam Đảo', 'Lập Thạch', 'Sông Lô', 'Bình Xuyên', 'Yên Lạc', 'Vĩnh Tường'] as const;
const COMMUNES = ['Hùng Vương', 'Liên Bảo', 'Đồng Tâm', 'Hợp Thịnh', 'Tích Sơn', 'Khai Quang', 'Đạo Tú', 'Hương Canh', 'Tề Lỗ', 'Thổ Tang', 'Đại Đình', 'Xuân Hòa', 'Tứ Trưng', 'Đồng Ích', 'Hải Lựu', 'Bá Hiến'] as const;
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Ngô', 'Dương', 'Lưu'] as const;
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Đức', 'Thu', 'Quang', 'Hồng', 'Ngọc', 'Xuân', 'Đình'] as const;
const GIVEN = ['Hải', 'Lan', 'Hùng', 'Trang', 'Dũng', 'Hà', 'Nam', 'Hương', 'Tuấn', 'Mai', 'Long', 'Thảo', 'Sơn', 'Yến', 'Phong', 'Giang'] as const;
const REPORTERS = ['Trần Minh Hà', 'Lê Thu Trang', 'Ngô Tuấn Anh', 'Nguyễn Thị Hồng', 'Phạm Đức Long', 'Vũ Thanh Hương', 'Đỗ Quang Vinh'] as const;
const PHOTOGRAPHERS = ['Nguyễn Văn Nam', 'Bùi Thanh Tùng', 'Hoàng Minh Đức', 'Lưu Thị Ngọc'] as const;

type Slots = { district: string; commune: string; person: string; person2: string; n: number; m: number; pct: number; growth: string; year: number; month: number };

type SectionTemplates = {
  titles: string[];
  sapos: string[];
  paragraphs: string[];
  subheadings: string[];
  quotes: string[];
  captions: string[];
  tags: string[];
};

/*
 * Slots: {district} {commune} {person} {person2} {n} (a count) {m} (a larger figure)
 * {pct} (a share, 52–98%) {growth} (a growth rate such as 3,4) {year} {month}.
 */
const SECTIONS: Record<SectionSlug, SectionTemplates> = {
  'thoi-su': {
    titles: [
      'Lãnh đạo tỉnh kiểm tra tiến độ các công trình trọng điểm tại {district}',
      'HĐND tỉnh khai mạc kỳ họp chuyên đề tháng {month}/{year}',
      '{district} đẩy nhanh giải phóng mặt bằng {n} dự án giao thông',
      'Tỉnh Vĩnh Phúc triển khai nhiệm vụ phát triển kinh tế – xã hội năm {year}',
      'Tiếp xúc cử tri phường {commune} trước kỳ họp HĐND tỉnh',
      'Khánh thành cầu dân sinh nối {commune} với trung tâm {district}',
      'UBND tỉnh họp bàn giải pháp giải ngân vốn đầu tư công tháng {month}',
      '{district} hoàn thành sắp xếp đơn vị hành chính cấp xã',
      'Đoàn công tác của tỉnh làm việc với huyện {district} về quy hoạch đô thị',
      'Chủ tịch UBND tỉnh đối thoại với người dân {commune}',
    ],
    sapos: [
      'Sáng nay, đoàn công tác của tỉnh do đồng chí {person} dẫn đầu đã làm việc tại {district}, kiểm tra tiến độ và tháo gỡ vướng mắc cho các dự án đang triển khai.',
      'Với {n} nội dung quan trọng được thảo luận, cuộc làm việc tại {district} tập trung vào các giải pháp đẩy nhanh tiến độ, bảo đảm chất lượng công trình và quyền lợi của người dân.',
      'Theo báo cáo của UBND {district}, đến nay địa phương đã hoàn thành {pct}% khối lượng công việc theo kế hoạch năm {year}, cao hơn cùng kỳ năm trước.',
    ],
    paragraphs: [
      'Báo cáo tại buổi làm việc, đồng chí {person2} cho biết thời gian qua địa phương đã tập trung chỉ đạo quyết liệt, phân công cụ thể trách nhiệm cho từng phòng, ban và cán bộ phụ trách.',
      'Đến nay, {district} đã bàn giao {m} m² mặt bằng sạch cho các chủ đầu tư, đạt {pct}% kế hoạch; một số hộ dân còn băn khoăn về đơn giá bồi thường đang được tuyên truyền, vận động.',
      'Kiểm tra thực tế tại công trường xã {commune}, đoàn công tác ghi nhận nhà thầu đã huy động đủ máy móc, nhân lực, thi công ba ca liên tục để bù lại thời gian chậm trễ do thời tiết.',
      'Phát biểu chỉ đạo, đồng chí {person} yêu cầu các sở, ngành phối hợp chặt chẽ với địa phương, giải quyết dứt điểm các vướng mắc trong tháng {month}, không để kéo dài ảnh hưởng đến tiến độ chung.',
      'Tỉnh cũng lưu ý các chủ đầu tư tăng cường giám sát chất lượng, bảo đảm an toàn lao động và vệ sinh môi trường, hạn chế tối đa ảnh hưởng đến sinh hoạt của người dân xung quanh.',
      'Theo kế hoạch, năm {year} toàn tỉnh có {n} công trình trọng điểm với tổng mức đầu tư hơn {m} tỷ đồng, trong đó nhiều dự án giao thông kết nối vùng có ý nghĩa chiến lược.',
      'Cử tri {commune} đề nghị các cấp quan tâm nâng cấp đường liên thôn, hệ thống thoát nước và chiếu sáng công cộng; đồng thời sớm cấp giấy chứng nhận quyền sử dụng đất cho người dân.',
      'Trả lời ý kiến cử tri, lãnh đạo UBND {district} cho biết nhiều kiến nghị đã được tiếp thu và đưa vào kế hoạch đầu tư công trung hạn, sẽ triển khai ngay khi bố trí được nguồn vốn.',
      'Đánh giá cao sự vào cuộc của cả hệ thống chính trị, đồng chí {person} đề nghị địa phương tiếp tục phát huy dân chủ ở cơ sở, làm tốt công tác dân vận để tạo đồng thuận trong nhân dân.',
      'Kết thúc buổi làm việc, đoàn công tác thống nhất giao Sở Kế hoạch và Đầu tư tổng hợp các kiến nghị, báo cáo UBND tỉnh xem xét, giải quyết trong thời gian sớm nhất.',
      'Người dân {commune} phấn khởi khi công trình hoàn thành, rút ngắn quãng đường đi lại, thuận tiện cho việc vận chuyển nông sản và đưa đón học sinh đến trường.',
      'Năm {year}, {district} phấn đấu tốc độ tăng trưởng giá trị sản xuất đạt {growth}%, thu ngân sách trên địa bàn vượt dự toán và hoàn thành các chỉ tiêu an sinh xã hội được giao.',
    ],
    subheadings: ['Tháo gỡ vướng mắc từ cơ sở', 'Quyết liệt trong chỉ đạo, điều hành', 'Lắng nghe ý kiến người dân'],
    quotes: [
      '“Mọi vướng mắc phải được giải quyết ngay tại cơ sở, không để người dân phải chờ đợi”, đồng chí {person} nhấn mạnh.',
      '“Chúng tôi xác định công tác giải phóng mặt bằng là khâu then chốt, quyết định tiến độ của cả dự án”, ông {person2} chia sẻ.',
    ],
    captions: ['Đoàn công tác kiểm tra tiến độ thi công tại {district}', 'Cử tri phường {commune} phát biểu ý kiến tại buổi tiếp xúc', 'Công trình cầu dân sinh tại xã {commune} sau khi hoàn thành'],
    tags: ['Đầu tư công', 'Giải phóng mặt bằng', 'Tiếp xúc cử tri', 'HĐND tỉnh', 'Quy hoạch'],
  },
  'xay-dung-dang': {
    titles: [
      'Đảng bộ {commune} nâng cao chất lượng sinh hoạt chi bộ',
      '{district} kết nạp {n} đảng viên mới trong năm {year}',
      'Chi bộ thôn tại {commune} đổi mới phương thức lãnh đạo',
      'Học tập, quán triệt nghị quyết của Tỉnh ủy tại Đảng bộ {district}',
      'Phát huy vai trò nêu gương của cán bộ, đảng viên ở {commune}',
      'Đảng bộ {district} sơ kết công tác kiểm tra, giám sát {month} tháng',
      'Nâng cao chất lượng tổ chức cơ sở Đảng ở {commune}',
      'Đảng ủy {commune} làm tốt công tác phát triển đảng viên trong thanh niên',
      'Chi bộ khu dân cư {commune} học tập và làm theo tư tưởng, đạo đức Hồ Chí Minh',
      'Huyện ủy {district} tổng kết công tác xây dựng Đảng năm {year}',
    ],
    sapos: [
      'Thời gian qua, Đảng bộ {commune}, {district} đã chú trọng đổi mới nội dung sinh hoạt chi bộ, gắn lãnh đạo thực hiện nhiệm vụ chính trị với chăm lo đời sống nhân dân.',
      'Với {n} chi bộ trực thuộc và hơn {m} đảng viên, Đảng bộ {district} xác định xây dựng tổ chức cơ sở Đảng trong sạch, vững mạnh là nhiệm vụ then chốt.',
      'Năm {year}, công tác xây dựng Đảng tại {district} có nhiều chuyển biến tích cực, chất lượng sinh hoạt chi bộ được nâng lên rõ rệt.',
    ],
    paragraphs: [
      'Đảng bộ {commune} hiện có {n} chi bộ trực thuộc với hơn {m} đảng viên; trong đó có nhiều chi bộ thôn, tổ dân phố hoạt động nền nếp, hiệu quả.',
      'Nội dung sinh hoạt chi bộ được chuẩn bị chu đáo, bám sát tình hình thực tế của địa phương, tập trung vào những vấn đề người dân quan tâm như giao thông nông thôn, vệ sinh môi trường, an ninh trật tự.',
      'Cấp ủy thường xuyên chỉ đạo thực hiện tốt nguyên tắc tập trung dân chủ, tập thể lãnh đạo, cá nhân phụ trách; phát huy tinh thần tự phê bình và phê bình trong mỗi kỳ sinh hoạt.',
      'Công tác kiểm tra, giám sát được tiến hành thường xuyên, đúng quy định; năm {year}, Ủy ban Kiểm tra các cấp đã kiểm tra {n} tổ chức đảng và đảng viên, kịp thời chấn chỉnh những hạn chế.',
      'Bí thư Đảng ủy {commune} {person} cho biết, địa phương chú trọng bồi dưỡng, tạo nguồn phát triển đảng viên từ những quần chúng ưu tú là đoàn viên thanh niên, người lao động tiêu biểu.',
      'Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được gắn với nhiệm vụ chuyên môn của từng cán bộ, đảng viên, tạo sức lan tỏa trong cộng đồng.',
      'Nhiều đảng viên đã gương mẫu hiến đất, góp tiền, ngày công xây dựng đường làng, nhà văn hóa, góp phần đưa xã hoàn thành các tiêu chí nông thôn mới nâng cao.',
      'Đồng chí {person2}, Bí thư chi bộ thôn, chia sẻ: chi bộ luôn lắng nghe ý kiến của nhân dân trước khi ban hành nghị quyết, nhờ đó các chủ trương đều nhận được sự đồng thuận cao.',
      'Bên cạnh kết quả đạt được, một số chi bộ vẫn còn sinh hoạt mang tính hình thức, chưa thực sự hấp dẫn đảng viên trẻ; việc phát triển đảng viên ở một số nơi còn gặp khó khăn.',
      'Thời gian tới, Đảng bộ {district} tiếp tục đổi mới phương thức lãnh đạo, nâng cao năng lực, sức chiến đấu của tổ chức cơ sở Đảng, phấn đấu {pct}% chi bộ được đánh giá hoàn thành tốt nhiệm vụ.',
      'Cùng với đó, địa phương đẩy mạnh cải cách hành chính, nâng cao tinh thần trách nhiệm, thái độ phục vụ nhân dân của đội ngũ cán bộ, công chức ở cơ sở.',
      'Kết quả đánh giá năm {year} cho thấy toàn Đảng bộ có {pct}% tổ chức cơ sở Đảng hoàn thành tốt nhiệm vụ trở lên, nhiều chi bộ được công nhận trong sạch, vững mạnh tiêu biểu.',
    ],
    subheadings: ['Đổi mới nội dung sinh hoạt chi bộ', 'Chú trọng phát triển đảng viên', 'Nêu gương từ cán bộ, đảng viên'],
    quotes: [
      '“Mỗi đảng viên phải thực sự là tấm gương để quần chúng noi theo”, đồng chí {person} khẳng định.',
      '“Chi bộ mạnh thì phong trào ở thôn mới mạnh”, Bí thư chi bộ {person2} nói.',
    ],
    captions: ['Chi bộ thôn tại xã {commune} sinh hoạt định kỳ', 'Lễ kết nạp đảng viên mới tại Đảng bộ {district}', 'Hội nghị quán triệt nghị quyết tại {district}'],
    tags: ['Xây dựng Đảng', 'Sinh hoạt chi bộ', 'Phát triển đảng viên', 'Kiểm tra giám sát', 'Học tập và làm theo Bác'],
  },
  'kinh-te': {
    titles: [
      '{district} thu hút {n} dự án đầu tư mới vào các khu công nghiệp',
      'Nông dân {commune} thu lãi cao từ mô hình trồng rau an toàn',
      'Kim ngạch xuất khẩu của tỉnh đạt {m} triệu USD sau {month} tháng',
      'Doanh nghiệp tại {district} tăng tốc sản xuất đơn hàng cuối năm',
      'Xã {commune} phát triển sản phẩm OCOP đạt chuẩn {n} sao',
      'Khu công nghiệp Bình Xuyên mở rộng đón làn sóng đầu tư mới',
      'Hợp tác xã ở {commune} liên kết tiêu thụ {m} tấn nông sản',
      '{district} chuyển đổi {m} ha đất lúa kém hiệu quả sang cây ăn quả',
      'Ngân hàng tại Vĩnh Phúc giảm lãi suất hỗ trợ doanh nghiệp nhỏ',
      'Chuyển đổi số giúp hộ kinh doanh ở {district} tăng doanh thu',
    ],
    sapos: [
      'Tính đến tháng {month}/{year}, {district} đã thu hút thêm {n} dự án với tổng vốn đăng ký hơn {m} tỷ đồng, tạo việc làm cho hàng nghìn lao động địa phương.',
      'Mô hình sản xuất theo chuỗi giá trị tại xã {commune} đang mang lại thu nhập ổn định cho hàng trăm hộ dân, mở ra hướng đi mới cho nông nghiệp địa phương.',
      'Sản xuất công nghiệp và xuất khẩu tiếp tục là điểm sáng của kinh tế tỉnh, với chỉ số sản xuất toàn ngành tăng {growth}% so với cùng kỳ.',
    ],
    paragraphs: [
      'Theo Sở Kế hoạch và Đầu tư, {month} tháng đầu năm {year} toàn tỉnh cấp mới và điều chỉnh tăng vốn cho {n} dự án, trong đó nhiều dự án có vốn đầu tư trực tiếp nước ngoài.',
      'Các doanh nghiệp chủ yếu hoạt động trong lĩnh vực linh kiện điện tử, cơ khí chính xác và công nghiệp hỗ trợ, phù hợp với định hướng phát triển công nghiệp của tỉnh.',
      'Hợp tác xã do ông {person} làm giám đốc hiện có {n} thành viên, canh tác trên diện tích hơn {m} ha theo tiêu chuẩn VietGAP, sản phẩm được tiêu thụ ổn định tại các siêu thị.',
      'Mỗi năm, mỗi héc-ta rau an toàn cho thu nhập bình quân trên {m} triệu đồng, cao gấp ba lần so với trồng lúa, giúp nhiều hộ dân thoát nghèo bền vững.',
      'Bà {person2}, một hộ sản xuất ở xã {commune}, cho biết nhờ được tập huấn kỹ thuật và hỗ trợ giống, gia đình bà đã mạnh dạn mở rộng diện tích và đầu tư hệ thống tưới tiết kiệm.',
      'Để cải thiện môi trường đầu tư, tỉnh tiếp tục đẩy mạnh cải cách thủ tục hành chính, rút ngắn thời gian giải quyết hồ sơ và tăng cường đối thoại với doanh nghiệp.',
      'Nhiều doanh nghiệp đã có đơn hàng đến hết quý tới, đang tuyển thêm {n} lao động; tuy nhiên, việc tuyển dụng lao động có tay nghề vẫn còn gặp khó khăn.',
      'Ngành nông nghiệp khuyến khích nông dân liên kết sản xuất, xây dựng vùng nguyên liệu tập trung, ứng dụng công nghệ cao và truy xuất nguồn gốc sản phẩm.',
      'Sản phẩm OCOP của xã {commune} được chứng nhận đạt {n} sao, đã có mặt trên các sàn thương mại điện tử, góp phần quảng bá đặc sản địa phương.',
      'Theo Cục Thống kê, tăng trưởng kinh tế của tỉnh đạt {growth}%, trong đó khu vực công nghiệp – xây dựng tiếp tục giữ vai trò động lực chính.',
      'Các ngân hàng thương mại trên địa bàn đã dành gói tín dụng {m} tỷ đồng với lãi suất ưu đãi cho doanh nghiệp nhỏ và vừa, hộ sản xuất nông nghiệp.',
      'Thời gian tới, {district} tập trung hoàn thiện hạ tầng giao thông, điện, nước đến hàng rào các khu, cụm công nghiệp để sẵn sàng đón các nhà đầu tư chiến lược.',
    ],
    subheadings: ['Điểm sáng thu hút đầu tư', 'Liên kết theo chuỗi giá trị', 'Tháo gỡ khó khăn cho doanh nghiệp'],
    quotes: [
      '“Chúng tôi cam kết đồng hành cùng nhà đầu tư từ khi nghiên cứu dự án đến khi đi vào hoạt động”, ông {person} cho biết.',
      '“Làm nông nghiệp sạch vất vả hơn, nhưng đầu ra ổn định, giá bán cao hơn hẳn”, bà {person2} chia sẻ.',
    ],
    captions: ['Dây chuyền sản xuất linh kiện điện tử tại khu công nghiệp ở {district}', 'Nông dân xã {commune} thu hoạch rau an toàn', 'Sản phẩm OCOP của xã {commune} được trưng bày tại hội chợ'],
    tags: ['Thu hút đầu tư', 'Khu công nghiệp', 'Nông nghiệp công nghệ cao', 'OCOP', 'Chuyển đổi số', 'Xuất khẩu'],
  },
  'xa-hoi': {
    titles: [
      '{district} hỗ trợ xây mới {n} nhà ở cho hộ nghèo',
      'Trường học ở {commune} sẵn sàng cho năm học mới',
      'Bệnh viện đa khoa {district} triển khai kỹ thuật mới điều trị đột quỵ',
      'Hơn {m} lao động {district} được đào tạo nghề trong năm {year}',
      'Thôn {commune} chung tay xây dựng đường hoa nông thôn mới',
      'Ngành y tế tiêm chủng mở rộng cho {m} trẻ em trong tháng {month}',
      'Tặng {n} suất học bổng cho học sinh vượt khó ở {district}',
      'Phường {commune} ra mắt mô hình khu dân cư xanh, sạch, đẹp',
      'Người cao tuổi ở {commune} được khám sức khỏe miễn phí',
      'Sàn giao dịch việc làm tháng {month} cần tuyển {m} lao động',
    ],
    sapos: [
      'Năm {year}, {district} đã huy động hơn {m} triệu đồng từ các nguồn xã hội hóa để chăm lo cho hộ nghèo, gia đình chính sách và người có hoàn cảnh khó khăn.',
      'Những ngày này, thầy và trò các trường học ở {commune} đang khẩn trương chuẩn bị cơ sở vật chất, sẵn sàng bước vào năm học mới.',
      'Việc triển khai thành công kỹ thuật mới giúp người bệnh ở {district} được điều trị kịp thời ngay tại địa phương, giảm chi phí và thời gian chuyển tuyến.',
    ],
    paragraphs: [
      'Theo Phòng Lao động – Thương binh và Xã hội {district}, đến nay đã có {n} căn nhà được bàn giao, giúp các hộ nghèo yên tâm ổn định cuộc sống.',
      'Mỗi căn nhà được hỗ trợ từ {m} triệu đồng trở lên, cùng với sự giúp đỡ ngày công của bà con lối xóm và đoàn viên thanh niên trong thôn.',
      'Nhận chìa khóa nhà mới, bà {person} xúc động chia sẻ: gia đình bà đã mong ước có một mái nhà kiên cố từ lâu, nay giấc mơ đã thành hiện thực.',
      'Năm học này, các trường trên địa bàn được đầu tư thêm {n} phòng học, trang thiết bị dạy học hiện đại, bảo đảm đủ chỗ học cho học sinh.',
      'Thầy {person2}, hiệu trưởng nhà trường, cho biết nhà trường đã rà soát, sửa chữa bàn ghế, hệ thống điện, nước và vệ sinh khuôn viên trước ngày tựu trường.',
      'Bác sĩ chuyên khoa cho biết, thời gian vàng trong điều trị đột quỵ là rất quan trọng; người bệnh được cấp cứu sớm sẽ có cơ hội hồi phục cao hơn.',
      'Từ đầu năm đến nay, bệnh viện đã tiếp nhận điều trị cho hơn {m} lượt người bệnh, tỷ lệ hài lòng của người dân đạt trên {pct}%.',
      'Các lớp đào tạo nghề tập trung vào may công nghiệp, điện dân dụng, sửa chữa máy nông nghiệp, phù hợp với nhu cầu tuyển dụng của doanh nghiệp trên địa bàn.',
      'Nhiều học viên sau khi tốt nghiệp đã có việc làm ổn định với mức thu nhập từ {n} đến {m} nghìn đồng mỗi ngày, góp phần nâng cao đời sống gia đình.',
      'Phong trào xây dựng khu dân cư xanh, sạch, đẹp nhận được sự hưởng ứng của đông đảo người dân; các tuyến đường được trồng hoa, lắp đèn chiếu sáng.',
      'Hội Người cao tuổi {commune} phối hợp với trạm y tế tổ chức khám, tư vấn sức khỏe và cấp thuốc miễn phí cho {n} hội viên.',
      'Thời gian tới, địa phương tiếp tục thực hiện tốt các chính sách an sinh xã hội, phấn đấu giảm tỷ lệ hộ nghèo xuống dưới {growth}%.',
    ],
    subheadings: ['Không để ai bị bỏ lại phía sau', 'Chăm lo sức khỏe nhân dân', 'Tạo việc làm bền vững'],
    quotes: [
      '“Có nhà mới, các con tôi yên tâm học hành, tôi yên tâm làm ăn”, bà {person} nói.',
      '“Chúng tôi mong muốn mỗi học sinh đều có điều kiện học tập tốt nhất”, thầy {person2} chia sẻ.',
    ],
    captions: ['Bàn giao nhà đại đoàn kết cho hộ nghèo tại xã {commune}', 'Học sinh trường tiểu học {commune} trong giờ học', 'Bác sĩ bệnh viện đa khoa {district} thăm khám cho người bệnh'],
    tags: ['An sinh xã hội', 'Giáo dục', 'Y tế', 'Việc làm', 'Nông thôn mới'],
  },
  'van-hoa': {
    titles: [
      'Lễ hội truyền thống làng {commune} thu hút đông đảo du khách',
      'Tam Đảo đón hơn {m} lượt khách trong dịp nghỉ lễ',
      'Bảo tồn nghệ thuật hát trống quân ở {district}',
      'Thư viện tỉnh ra mắt không gian đọc sách cho thiếu nhi',
      'Nghệ nhân {person} gìn giữ nghề gốm truyền thống',
      '{district} tổ chức liên hoan văn nghệ quần chúng năm {year}',
      'Trùng tu di tích đình làng {commune} sau {n} năm xuống cấp',
      'Phát triển du lịch cộng đồng gắn với di sản ở {district}',
      'Triển lãm ảnh nghệ thuật về quê hương Vĩnh Phúc',
      'Câu lạc bộ dân ca ở {commune} truyền lửa cho thế hệ trẻ',
    ],
    sapos: [
      'Diễn ra trong {n} ngày, lễ hội truyền thống làng {commune} với nhiều nghi lễ và trò chơi dân gian đặc sắc đã thu hút hàng nghìn người dân và du khách.',
      'Bằng tình yêu và tâm huyết, những người dân ở {district} đang lặng lẽ gìn giữ, trao truyền các giá trị văn hóa truyền thống cho thế hệ sau.',
      'Trong dịp nghỉ lễ vừa qua, các khu, điểm du lịch trên địa bàn tỉnh đón lượng khách tăng {growth}% so với cùng kỳ năm trước.',
    ],
    paragraphs: [
      'Lễ hội được tổ chức trang trọng với các nghi thức rước kiệu, tế lễ, dâng hương tưởng nhớ công đức của các vị thần được nhân dân tôn thờ.',
      'Phần hội diễn ra sôi nổi với nhiều trò chơi dân gian như đấu vật, kéo co, đánh đu, cờ người, thu hút đông đảo thanh niên tham gia.',
      'Nghệ nhân {person} năm nay đã ngoài bảy mươi tuổi nhưng vẫn miệt mài truyền dạy cho lớp trẻ; câu lạc bộ hiện có {n} thành viên thường xuyên sinh hoạt.',
      'Theo ông {person2}, điều quý nhất là lớp trẻ trong làng đã yêu thích và chủ động tìm đến học, giúp làn điệu truyền thống không bị mai một.',
      'Dịp nghỉ lễ, khu du lịch Tam Đảo đón hơn {m} lượt khách; các cơ sở lưu trú gần như kín phòng, dịch vụ ăn uống, vui chơi hoạt động nhộn nhịp.',
      'Ngành văn hóa đã tăng cường kiểm tra, bảo đảm an ninh trật tự, vệ sinh an toàn thực phẩm và niêm yết giá dịch vụ công khai tại các điểm du lịch.',
      'Di tích đình làng {commune} được xếp hạng cấp tỉnh, tổng kinh phí trùng tu hơn {m} triệu đồng, trong đó có sự đóng góp đáng kể của người dân.',
      'Không gian đọc sách thiếu nhi được thiết kế thân thiện với hơn {m} đầu sách, tạo môi trường thuận lợi để các em hình thành thói quen đọc sách.',
      'Triển lãm giới thiệu {n} tác phẩm ảnh nghệ thuật phản ánh vẻ đẹp thiên nhiên, con người và sự đổi thay của quê hương Vĩnh Phúc.',
      'Mô hình du lịch cộng đồng giúp người dân có thêm thu nhập từ dịch vụ homestay, ẩm thực và bán sản phẩm thủ công truyền thống.',
      'Liên hoan văn nghệ quần chúng năm {year} có {n} đội tham gia với nhiều tiết mục ca, múa, nhạc đặc sắc, ca ngợi Đảng, Bác Hồ và quê hương.',
      'Thời gian tới, {district} sẽ kiểm kê, lập hồ sơ các di sản văn hóa phi vật thể, đề xuất đưa vào danh mục di sản cấp quốc gia.',
    ],
    subheadings: ['Giữ hồn di sản', 'Du lịch khởi sắc', 'Trao truyền cho thế hệ trẻ'],
    quotes: [
      '“Nếu mình không giữ thì con cháu sau này sẽ không còn biết đến”, nghệ nhân {person} trăn trở.',
      '“Lễ hội là dịp để mỗi người dân thêm tự hào về truyền thống của quê hương”, ông {person2} nói.',
    ],
    captions: ['Nghi lễ rước kiệu tại lễ hội làng {commune}', 'Du khách tham quan thị trấn Tam Đảo', 'Câu lạc bộ dân ca {commune} trong buổi sinh hoạt'],
    tags: ['Lễ hội', 'Du lịch', 'Di sản văn hóa', 'Tam Đảo', 'Văn nghệ quần chúng'],
  },
  'the-thao': {
    titles: [
      'Đội bóng đá {district} vô địch giải bóng đá nông dân năm {year}',
      'Vận động viên Vĩnh Phúc giành {n} huy chương tại giải điền kinh toàn quốc',
      'Hơn {m} người tham gia giải chạy vì sức khỏe cộng đồng',
      'Khai mạc Đại hội Thể dục thể thao {district} lần thứ {n}',
      'Giải vật truyền thống làng {commune} quy tụ nhiều đô vật giỏi',
      'Bóng chuyền nữ Vĩnh Phúc chuẩn bị cho mùa giải mới',
      'Phong trào bơi lội phòng chống đuối nước cho trẻ em ở {district}',
      'Câu lạc bộ cầu lông {commune} tổ chức giải giao hữu tháng {month}',
      'Võ sĩ trẻ {person} giành huy chương vàng giải trẻ quốc gia',
      'Sân vận động {district} được nâng cấp phục vụ các giải đấu lớn',
    ],
    sapos: [
      'Sau {n} ngày tranh tài sôi nổi, đội bóng đá {district} đã xuất sắc giành chức vô địch, khép lại giải đấu thành công tốt đẹp.',
      'Với thành tích {n} huy chương các loại, đoàn vận động viên Vĩnh Phúc tiếp tục khẳng định vị thế tại các giải đấu quốc gia.',
      'Giải đấu năm nay thu hút đông đảo vận động viên và người hâm mộ, góp phần đẩy mạnh phong trào rèn luyện thân thể trong nhân dân.',
    ],
    paragraphs: [
      'Trong trận chung kết, các cầu thủ {district} thi đấu đầy quyết tâm, ghi {n} bàn thắng và giành chiến thắng thuyết phục trước đối thủ.',
      'Huấn luyện viên {person} cho biết toàn đội đã tập luyện nghiêm túc trong suốt {n} tháng, xây dựng lối chơi phối hợp nhóm hiệu quả.',
      'Tại giải điền kinh toàn quốc, vận động viên {person2} đã xuất sắc giành huy chương vàng nội dung chạy 1.500 m với thành tích cá nhân tốt nhất.',
      'Giải chạy vì sức khỏe cộng đồng có {m} người tham gia, từ học sinh, sinh viên đến cán bộ, công chức và người cao tuổi.',
      'Ban tổ chức đã trao {n} giải cho các cá nhân, tập thể xuất sắc; nhiều gia đình cùng tham gia tạo không khí vui tươi, phấn khởi.',
      'Đại hội Thể dục thể thao {district} diễn ra với {n} môn thi đấu, thu hút hơn {m} vận động viên đến từ các xã, thị trấn.',
      'Giải vật làng {commune} là hoạt động thường niên, góp phần bảo tồn môn thể thao truyền thống và tạo sân chơi lành mạnh cho thanh niên.',
      'Lớp dạy bơi miễn phí cho trẻ em đã giúp {m} em biết bơi, trang bị kỹ năng phòng chống đuối nước trong mùa hè.',
      'Đội bóng chuyền nữ đang tập luyện với cường độ cao, bổ sung {n} vận động viên trẻ, hướng tới mục tiêu lọt vào tốp đầu mùa giải.',
      'Sở Văn hóa, Thể thao và Du lịch cho biết năm {year} tỉnh tập trung đầu tư cho các môn thể thao thế mạnh như điền kinh, vật, võ thuật.',
      'Sân vận động được cải tạo mặt cỏ, hệ thống chiếu sáng và khán đài, có sức chứa khoảng {m} chỗ ngồi.',
      'Tỷ lệ người dân tập luyện thể dục thể thao thường xuyên trên địa bàn đạt {pct}%, tăng so với năm trước.',
    ],
    subheadings: ['Trận chung kết kịch tính', 'Đầu tư cho thể thao thành tích cao', 'Thể thao cho mọi người'],
    quotes: [
      '“Chức vô địch là phần thưởng xứng đáng cho sự nỗ lực của cả tập thể”, huấn luyện viên {person} nói.',
      '“Tôi sẽ tiếp tục tập luyện để mang về thêm nhiều huy chương cho quê hương”, vận động viên {person2} chia sẻ.',
    ],
    captions: ['Pha tranh bóng trong trận chung kết giải bóng đá {district}', 'Vận động viên tham gia giải chạy vì sức khỏe cộng đồng', 'Các đô vật tranh tài tại giải vật làng {commune}'],
    tags: ['Bóng đá', 'Điền kinh', 'Thể thao phong trào', 'Vật dân tộc', 'Bóng chuyền'],
  },
  'phap-luat': {
    titles: [
      'Công an {district} triệt phá đường dây đánh bạc qua mạng',
      'Tuyên án {n} bị cáo trong vụ lừa đảo chiếm đoạt tài sản',
      'Xử lý {m} trường hợp vi phạm nồng độ cồn trong tháng {month}',
      'Cảnh báo thủ đoạn lừa đảo qua điện thoại tại {district}',
      'Bắt giữ đối tượng trộm cắp xe máy ở {commune}',
      'Tăng cường tuần tra, kiểm soát an toàn giao thông dịp cuối năm',
      'Tòa án nhân dân tỉnh xét xử lưu động vụ án ma túy tại {district}',
      'Phát hiện cơ sở kinh doanh hàng giả ở {commune}',
      'Tai nạn giao thông tại {district} giảm cả ba tiêu chí',
      'Tuyên truyền pháp luật cho người dân xã {commune}',
    ],
    sapos: [
      'Công an {district} vừa triệt phá thành công một đường dây vi phạm pháp luật, bắt giữ {n} đối tượng và thu giữ nhiều tang vật liên quan.',
      'Trong tháng {month}, lực lượng chức năng đã phát hiện, xử lý {m} trường hợp vi phạm, nộp ngân sách nhà nước hàng tỷ đồng.',
      'Sau {n} ngày xét xử, Hội đồng xét xử đã tuyên án các bị cáo với tổng mức hình phạt nghiêm khắc, đúng người, đúng tội.',
    ],
    paragraphs: [
      'Qua công tác nắm tình hình, Công an {district} phát hiện nhóm đối tượng có dấu hiệu tổ chức đánh bạc qua mạng với số tiền giao dịch lớn.',
      'Cơ quan điều tra đã thu giữ {n} điện thoại, máy tính cùng nhiều tài liệu liên quan; bước đầu xác định tổng số tiền giao dịch hơn {m} triệu đồng.',
      'Theo cáo trạng, từ năm {year}, bị cáo {person} đã lợi dụng lòng tin của người quen, đưa ra thông tin gian dối để chiếm đoạt tài sản.',
      'Tại phiên tòa, các bị cáo đã thành khẩn khai báo, thừa nhận hành vi phạm tội; Hội đồng xét xử xem xét các tình tiết giảm nhẹ trách nhiệm hình sự.',
      'Thời gian gần đây xuất hiện thủ đoạn giả danh cơ quan công an, tòa án gọi điện đe dọa, yêu cầu người dân chuyển tiền vào tài khoản để phục vụ điều tra.',
      'Công an tỉnh khuyến cáo người dân không cung cấp thông tin cá nhân, mã OTP cho người lạ và trình báo ngay khi phát hiện dấu hiệu lừa đảo.',
      'Trong đợt cao điểm, lực lượng cảnh sát giao thông đã kiểm tra {m} phương tiện, lập biên bản {n} trường hợp vi phạm, tạm giữ nhiều xe mô tô.',
      'Lỗi vi phạm chủ yếu là điều khiển phương tiện khi trong máu hoặc hơi thở có nồng độ cồn, không đội mũ bảo hiểm và chạy quá tốc độ quy định.',
      'Thượng tá {person2}, Trưởng phòng Cảnh sát giao thông, cho biết lực lượng sẽ xử lý nghiêm, không có vùng cấm, không có ngoại lệ.',
      'So với cùng kỳ, tai nạn giao thông trên địa bàn giảm cả về số vụ, số người chết và số người bị thương, giảm khoảng {growth}%.',
      'Phiên tòa xét xử lưu động thu hút đông đảo người dân theo dõi, góp phần tuyên truyền, giáo dục pháp luật và răn đe tội phạm.',
      'Hiện vụ việc đang được cơ quan chức năng tiếp tục điều tra, mở rộng, xử lý theo quy định của pháp luật.',
    ],
    subheadings: ['Thủ đoạn tinh vi', 'Xử lý nghiêm vi phạm', 'Nâng cao ý thức chấp hành pháp luật'],
    quotes: [
      '“Người dân cần hết sức cảnh giác, tuyệt đối không chuyển tiền theo yêu cầu qua điện thoại”, Thượng tá {person2} khuyến cáo.',
      '“Mọi hành vi vi phạm đều bị xử lý nghiêm minh”, đại diện Công an {district} khẳng định.',
    ],
    captions: ['Lực lượng cảnh sát giao thông {district} kiểm tra nồng độ cồn', 'Quang cảnh phiên tòa xét xử lưu động tại {district}', 'Tang vật thu giữ trong vụ án tại xã {commune}'],
    tags: ['An toàn giao thông', 'Phòng chống tội phạm', 'Lừa đảo qua mạng', 'Xét xử', 'Tuyên truyền pháp luật'],
  },
  'quoc-te': {
    titles: [
      'ASEAN thúc đẩy hợp tác kinh tế số trong khu vực',
      'Vĩnh Phúc tăng cường hợp tác với các địa phương của Hàn Quốc',
      'Kinh tế thế giới dự báo tăng trưởng {growth}% trong năm {year}',
      'Hội nghị cấp cao ASEAN lần thứ {n} bàn về an ninh lương thực',
      'Doanh nghiệp Nhật Bản tìm hiểu cơ hội đầu tư tại Vĩnh Phúc',
      'Giá dầu thế giới biến động trong tháng {month}',
      'Việt Nam và Lào ký kết {n} văn kiện hợp tác giáo dục',
      'Liên hợp quốc kêu gọi hành động vì biến đổi khí hậu',
      'Đoàn công tác tỉnh Vĩnh Phúc thăm và làm việc tại Trung Quốc',
      'Thương mại Việt Nam – EU tăng trưởng sau {n} năm thực thi hiệp định',
    ],
    sapos: [
      'Các nước thành viên ASEAN nhất trí đẩy mạnh hợp tác trong nhiều lĩnh vực, hướng tới một cộng đồng gắn kết, tự cường và phát triển bền vững.',
      'Trong khuôn khổ chuyến thăm, hai bên đã trao đổi {n} nội dung hợp tác cụ thể về đầu tư, thương mại, giáo dục và giao lưu nhân dân.',
      'Theo báo cáo mới nhất của các tổ chức quốc tế, triển vọng kinh tế toàn cầu năm {year} còn nhiều thách thức nhưng vẫn có điểm sáng.',
    ],
    paragraphs: [
      'Phát biểu tại hội nghị, đại diện các nước khẳng định kinh tế số là động lực tăng trưởng mới, cần có khung pháp lý thống nhất trong khu vực.',
      'Các bên nhất trí thúc đẩy kết nối hạ tầng số, thanh toán điện tử xuyên biên giới và phát triển nguồn nhân lực chất lượng cao.',
      'Tiếp đoàn, lãnh đạo tỉnh giới thiệu tiềm năng, thế mạnh của Vĩnh Phúc, đặc biệt là hạ tầng khu công nghiệp và vị trí gần Thủ đô Hà Nội.',
      'Hiện có {n} dự án của nhà đầu tư nước ngoài đang hoạt động trên địa bàn tỉnh với tổng vốn đăng ký hơn {m} triệu USD.',
      'Theo dự báo, tăng trưởng kinh tế toàn cầu đạt khoảng {growth}%, trong đó khu vực châu Á tiếp tục là động lực tăng trưởng chính.',
      'Lạm phát tại nhiều nền kinh tế lớn đã hạ nhiệt, tạo dư địa để các ngân hàng trung ương nới lỏng chính sách tiền tệ.',
      'Ông {person}, chuyên gia kinh tế, nhận định các nước đang phát triển cần đa dạng hóa thị trường xuất khẩu để giảm rủi ro từ biến động bên ngoài.',
      'Hai bên thống nhất trao đổi học bổng, hợp tác đào tạo giáo viên và tổ chức các hoạt động giao lưu văn hóa, thể thao cho thanh niên.',
      'Liên hợp quốc cảnh báo nhiệt độ toàn cầu tiếp tục tăng, kêu gọi các quốc gia thực hiện cam kết giảm phát thải khí nhà kính.',
      'Sau {n} năm thực thi hiệp định thương mại tự do, kim ngạch thương mại song phương tăng trưởng ổn định, nhiều mặt hàng nông sản tiếp cận được thị trường mới.',
      'Đại diện doanh nghiệp, bà {person2}, bày tỏ mong muốn được tạo điều kiện thuận lợi về thủ tục để sớm triển khai dự án.',
      'Chuyến công tác góp phần tăng cường quan hệ hữu nghị, mở ra nhiều cơ hội hợp tác thiết thực giữa các địa phương.',
    ],
    subheadings: ['Mở rộng hợp tác', 'Triển vọng còn nhiều thách thức', 'Cơ hội cho doanh nghiệp'],
    quotes: [
      '“Hợp tác khu vực là chìa khóa để vượt qua những thách thức chung”, ông {person} nhận định.',
      '“Chúng tôi đánh giá cao môi trường đầu tư và sự hỗ trợ của chính quyền địa phương”, bà {person2} cho biết.',
    ],
    captions: ['Quang cảnh hội nghị hợp tác quốc tế', 'Lãnh đạo tỉnh tiếp đoàn doanh nghiệp nước ngoài', 'Hoạt động giao lưu hữu nghị giữa hai địa phương'],
    tags: ['ASEAN', 'Hợp tác quốc tế', 'Kinh tế thế giới', 'Đầu tư nước ngoài', 'Biến đổi khí hậu'],
  },
};

const SECTION_ORDER = Object.keys(SECTIONS) as SectionSlug[];
const SHARED_TAGS = ['Vĩnh Yên', 'Phúc Yên', 'Tam Dương', 'Tam Đảo', 'Lập Thạch', 'Sông Lô', 'Bình Xuyên', 'Yên Lạc', 'Vĩnh Tường'];

function fill(template: string, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (_, key: keyof Slots) => {
    const value = slots[key];
    if (typeof value === 'string') return value;
    // Counts and figures use Vietnamese digit grouping (9.800); years and months do not.
    return key === 'n' || key === 'm' ? String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.') : String(value);
  });
}

function personName(rng: Rng): string {
  return `${pick(rng, SURNAMES)} ${pick(rng, MIDDLE)} ${pick(rng, GIVEN)}`;
}

function slotsFor(rng: Rng): Slots {
  return {
    district: pick(rng, DISTRICTS),
    commune: pick(rng, COMMUNES),
    person: personName(rng),
    person2: personName(rng),
    n: between(rng, 3, 48),
    m: between(rng, 120, 9800),
    pct: between(rng, 52, 98),
    growth: `${between(rng, 2, 9)},${between(rng, 0, 9)}`,
    year: between(rng, 2022, 2026),
    month: between(rng, 1, 12),
  };
}

/** `count` stories, newest first, the same for the same (count, seed). */
export function generateDemoStories(count: number, seed = 1): DemoStory[] {
  const rng = mulberry32(seed);
  const titles = new Set<string>();
  const stories: DemoStory[] = [];
  let hoursAgo = 2 + rng() * 3;
  // Spread the stories over about 120 days, however many there are.
  const step = Math.max(0.02, (120 * 24) / Math.max(count, 1));
  for (let i = 0; i < count; i++) {
    const sectionSlug = SECTION_ORDER[i % SECTION_ORDER.length]!;
    const t = SECTIONS[sectionSlug];
    const slots = slotsFor(rng);
    let title = fill(pick(rng, t.titles), slots);
    for (let attempt = 0; titles.has(title); attempt++) {
      const extra = slotsFor(rng);
      title = attempt < 6 ? fill(pick(rng, t.titles), extra) : `${fill(pick(rng, t.titles), extra)} (kỳ ${attempt - 4})`;
    }
    titles.add(title);
    const bodyCount = between(rng, 4, 8);
    const pool = [...t.paragraphs];
    const paragraphs: string[] = [];
    for (let k = 0; k < bodyCount && pool.length; k++) {
      const index = Math.floor(rng() * pool.length);
      paragraphs.push(fill(pool.splice(index, 1)[0]!, slots));
    }
    const reporter = pick(rng, REPORTERS);
    const photographer = pick(rng, PHOTOGRAPHERS);
    const creditForm = rng();
    const creditLine =
      creditForm < 0.45 ? `Bài, ảnh: ${reporter}` : creditForm < 0.8 ? `Bài: ${reporter}` : creditForm < 0.92 ? `${reporter}` : 'Theo TTXVN';
    const caption = fill(pick(rng, t.captions), slots);
    const tags = [...new Set([pick(rng, t.tags), pick(rng, t.tags), rng() < 0.7 ? slots.district : pick(rng, SHARED_TAGS)])];
    stories.push({
      sectionSlug,
      title,
      sapo: fill(pick(rng, t.sapos), slots),
      paragraphs,
      subheading: rng() < 0.34 ? pick(rng, t.subheadings) : undefined,
      quote: rng() < 0.25 ? fill(pick(rng, t.quotes), slots) : undefined,
      tags,
      creditLine,
      imageCaption: caption,
      imageAlt: caption,
      imageCredit: `Ảnh: ${creditLine.startsWith('Bài, ảnh') ? reporter : photographer}`,
      hoursAgo: Math.round(hoursAgo * 1000) / 1000,
    });
    hoursAgo += step * (0.5 + rng());
  }
  return stories;
}

"""An accountant's ten days in Hanoi, in Vietnamese and in English, on his laptop at home
and at the office, written in the thirty-eighth session after Vietnamese was first measured
(``data/languages.json``), held out: a motorbike bought and registered, the IELTS exam,
his wife's pregnancy check-ups and the hospital for the birth, a Tết trip to Đà Lạt, an
air conditioner for the bedroom, and his personal income tax settlement. Between them he
reads VnExpress, plays music from YouTube's home page, and scrolls Facebook.
Searches go to Google (in Vietnamese, "… - Tìm trên Google") and Cốc Cốc.
Used by make_week_history.py (``week147``); steps as in week_script.py.
"""

from __future__ import annotations

from urllib.parse import quote_plus

from week_script import GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "nguyenvanminh.kt@gmail.com"
COCCOC = "https://coccoc.com/search?query="


def google(query: str, task: str) -> Step:
    """A search on Google in Vietnamese, with the title Google gives it."""
    return ("goto", GOOGLE + quote_plus(query), f"{query} - Tìm trên Google", task)


def coccoc(query: str, task: str) -> Step:
    """A search on Cốc Cốc, with the title it gives."""
    return ("goto", COCCOC + quote_plus(query), f"{query} - Cốc Cốc Search", task)


def mail() -> list[Step]:
    return [
        ("goto", "https://mail.google.com/mail/u/0/", f"Hộp thư đến (3) - {ADDRESS} - Gmail", None)
    ]


def vnexpress(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        (
            "goto",
            "https://vnexpress.net/",
            "Báo VnExpress - Báo tiếng Việt nhiều người xem nhất",
            None,
        )
    ]
    if article:
        steps.append(("click", f"https://vnexpress.net/{article[0]}", article[1], None))
    return steps


def music(video: str, title: str) -> list[Step]:
    return [
        ("goto", "https://www.youtube.com/", "YouTube", None),
        ("click", f"https://www.youtube.com/watch?v={video}", f"{title} - YouTube", None),
    ]


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


STEPS: list[Step] = [
    day("1 20:00"),
    *vnexpress(
        (
            "gia-xang-giam-phien-dieu-hanh-chieu-nay-4812345.html",
            "Giá xăng giảm phiên điều hành chiều nay - VnExpress",
        )
    ),
    google("honda vision 2027 giá lăn bánh hà nội", "bike"),
    page(
        "https://www.honda.com.vn/xe-may/san-pham/vision",
        "Vision 2027 - Honda Việt Nam",
        "bike",
    ),
    google("so sánh honda vision và yamaha janus nên mua xe nào", "bike"),
    page(
        "https://xe.vnexpress.net/tin-tuc/tu-van/nen-mua-vision-hay-janus-4812399.html",
        "Nên mua Vision hay Janus cho người đi làm? - VnExpress",
        "bike",
    ),
    *music("sontung001", "SƠN TÙNG M-TP | CHÚNG TA CỦA TƯƠNG LAI | OFFICIAL MUSIC VIDEO"),
    coccoc("lịch khám thai 12 tuần cần làm những xét nghiệm gì", "baby"),
    page(
        "https://www.vinmec.com/vi/tin-tuc/thong-tin-suc-khoe/kham-thai-12-tuan",
        "Khám thai 12 tuần: những xét nghiệm cần làm | Vinmec",
        "baby",
    ),
    day("2 08:30"),
    search(GOOGLE, "ielts writing task 2 band 7 sample opinion essay", "ielts"),
    page(
        "https://ielts-simon.com/ielts-help-and-english-pr/ielts-writing-task-2/",
        "IELTS Writing Task 2 | ielts-simon.com",
        "ielts",
    ),
    google("đăng ký thi ielts idp hà nội lịch thi tháng 3", "ielts"),
    page(
        "https://www.ieltsidpvietnam.com/lich-thi-ielts/ha-noi",
        "Lịch thi IELTS tại Hà Nội | IDP IELTS Việt Nam",
        "ielts",
    ),
    *tab(
        "https://www.ieltsidpvietnam.com/le-phi-thi-ielts",
        "Lệ phí thi IELTS 2027 | IDP IELTS Việt Nam",
        "ielts",
    ),
    day("2 21:00"),
    *facebook(),
    coccoc("homestay đà lạt view đồi thông giá rẻ tết", "dalat"),
    page(
        "https://www.traveloka.com/vi-vn/explore/destination/homestay-da-lat-view-doi/7891",
        "Top 15 homestay Đà Lạt view đồi thông đẹp nhất | Traveloka",
        "dalat",
    ),
    google("vé máy bay hà nội đà lạt tết vietjet vietnam airlines", "dalat"),
    page(
        "https://www.vietnamairlines.com/vn/vi/ve-may-bay/ha-noi-da-lat",
        "Vé máy bay Hà Nội đi Đà Lạt | Vietnam Airlines",
        "dalat",
    ),
    day("3 12:15"),
    google("quyết toán thuế tncn online 2026 hướng dẫn từng bước", "tax"),
    page(
        "https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/ho-tro-phap-luat/tu-van-phap-luat/quyet-toan-thue-tncn-online",
        "Hướng dẫn quyết toán thuế TNCN online 2026 | Thư Viện Pháp Luật",
        "tax",
    ),
    coccoc("điều hòa inverter 12000btu loại nào tốt tiết kiệm điện", "ac"),
    page(
        "https://www.dienmayxanh.com/kinh-nghiem-hay/nen-mua-may-lanh-inverter-12000btu",
        "Nên mua điều hòa inverter 12000BTU loại nào? | Điện Máy Xanh",
        "ac",
    ),
    day("3 20:30"),
    *vnexpress(),
    google("bệnh viện phụ sản hà nội sinh dịch vụ giá bao nhiêu", "baby"),
    page(
        "https://benhvienphusanhanoi.vn/dich-vu/sinh-dich-vu",
        "Bảng giá sinh dịch vụ | Bệnh viện Phụ sản Hà Nội",
        "baby",
    ),
    google("thủ tục đăng ký xe máy mới online cổng dịch vụ công", "bike"),
    page(
        "https://dichvucong.gov.vn/p/home/dvc-dang-ky-xe.html",
        "Đăng ký xe trực tuyến | Cổng Dịch vụ công Quốc gia",
        "bike",
    ),
    day("4 08:45"),
    search(GOOGLE, "ielts speaking part 2 describe a place you visited sample", "ielts"),
    page(
        "https://www.ielts-mentor.com/cue-card-sample/describe-a-place-you-visited",
        "Describe a place you visited - IELTS Cue Card | IELTS Mentor",
        "ielts",
    ),
    *mail(),
    *gmail_message(
        ADDRESS,
        "f62a1b8c44",
        "1883312340001",
        "Xác nhận đặt phòng - Homestay Đồi Thông Đà Lạt - 28/01 - 31/01",
        "dalat",
    ),
    day("5 19:45"),
    *music("denvau0002", "Đen - Mang Tiền Về Cho Mẹ ft. Nguyên Thảo (M/V)"),
    coccoc("daikin vs panasonic điều hòa inverter 1 chiều nên mua", "ac"),
    page(
        "https://tinhte.vn/thread/daikin-hay-panasonic-dieu-hoa-inverter.3712345/",
        "Daikin hay Panasonic cho điều hòa inverter 1 chiều? | Tinh tế",
        "ac",
    ),
    google("bà bầu nên ăn gì 3 tháng giữa", "baby"),
    page(
        "https://www.vinmec.com/vi/tin-tuc/thong-tin-suc-khoe/dinh-duong-3-thang-giua",
        "Dinh dưỡng cho bà bầu 3 tháng giữa thai kỳ | Vinmec",
        "baby",
    ),
    day("6 12:00"),
    google("etax mobile quyết toán thuế không cần chữ ký số", "tax"),
    page(
        "https://www.gdt.gov.vn/wps/portal/home/hotro/etax-mobile",
        "Ứng dụng eTax Mobile | Tổng cục Thuế",
        "tax",
    ),
    google("giảm trừ gia cảnh người phụ thuộc đăng ký mẫu 20", "tax"),
    page(
        "https://thuvienphapluat.vn/van-ban/thue-phi-le-phi/mau-20-dang-ky-nguoi-phu-thuoc",
        "Mẫu 20/ĐK-TCT đăng ký người phụ thuộc | Thư Viện Pháp Luật",
        "tax",
    ),
    day("6 21:15"),
    *facebook(),
    coccoc("đà lạt tết có lạnh không mặc gì", "dalat"),
    page(
        "https://dulich.vnexpress.net/tin-tuc/kinh-nghiem/da-lat-dip-tet-mac-gi-4812450.html",
        "Đà Lạt dịp Tết lạnh thế nào, mặc gì? - VnExpress Du lịch",
        "dalat",
    ),
    google("yamaha janus bản giới hạn giá đại lý hà nội", "bike"),
    page(
        "https://yamaha-motor.com.vn/xe/janus/",
        "Janus - Yamaha Motor Việt Nam",
        "bike",
    ),
    day("7 09:00"),
    search(GOOGLE, "ielts reading true false not given tips", "ielts"),
    page(
        "https://www.ieltsliz.com/ielts-reading-true-false-not-given-tips/",
        "IELTS Reading True False Not Given Tips | IELTS Liz",
        "ielts",
    ),
    coccoc("lắp điều hòa phòng ngủ 15m2 công suất bao nhiêu", "ac"),
    page(
        "https://www.dienmayxanh.com/kinh-nghiem-hay/chon-cong-suat-may-lanh-theo-dien-tich",
        "Chọn công suất điều hòa theo diện tích phòng | Điện Máy Xanh",
        "ac",
    ),
    day("8 20:30"),
    *vnexpress(
        (
            "lich-nghi-tet-nguyen-dan-2027-4812500.html",
            "Lịch nghỉ Tết Nguyên đán 2027 của người lao động - VnExpress",
        )
    ),
    google("siêu âm 4d tuần thứ 22 có cần thiết không", "baby"),
    page(
        "https://www.vinmec.com/vi/tin-tuc/thong-tin-suc-khoe/sieu-am-4d-tuan-22",
        "Siêu âm 4D tuần 22: có cần thiết không? | Vinmec",
        "baby",
    ),
    google("thuê xe máy đà lạt giá 1 ngày gần chợ", "dalat"),
    page(
        "https://www.mytour.vn/location/thue-xe-may-da-lat",
        "Thuê xe máy Đà Lạt giá rẻ gần chợ Đà Lạt | Mytour",
        "dalat",
    ),
    day("9 12:30"),
    google("hạn chót quyết toán thuế tncn 2026 cá nhân tự quyết toán", "tax"),
    page(
        "https://vnexpress.net/han-quyet-toan-thue-tncn-2026-4812555.html",
        "Hạn chót cá nhân tự quyết toán thuế TNCN năm 2026 - VnExpress",
        "tax",
    ),
    day("10 20:00"),
    *music("sontung003", "SƠN TÙNG M-TP | MUỘN RỒI MÀ SAO CÒN | OFFICIAL MUSIC VIDEO"),
    coccoc("biển số xe máy bấm online kết quả", "bike"),
    page(
        "https://dichvucong.gov.vn/p/home/dvc-bam-bien-so-online.html",
        "Bấm biển số xe trực tuyến | Cổng Dịch vụ công Quốc gia",
        "bike",
    ),
    google("điều hòa daikin 12000btu inverter giá điện máy xanh", "ac"),
    page(
        "https://www.dienmayxanh.com/may-lanh/daikin-inverter-1-5-hp-ftkb35xvmv",
        "Máy lạnh Daikin Inverter 1.5 HP FTKB35XVMV | Điện Máy Xanh",
        "ac",
    ),
]

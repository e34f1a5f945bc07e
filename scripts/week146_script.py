"""A marketing executive's ten days in Jakarta, in Indonesian and in English, on her laptop
at home and at the office, written in the thirty-eighth session after Indonesian was first
measured (``data/languages.json``), held out: a mortgage for her first flat, a spring trip
to Osaka, her sister's wedding, her stomach's acid reflux, the Meta ads of a client's
campaign, and an electric scooter. Between them she reads detik.com, plays music from
YouTube's home page, scrolls X, and opens Gmail.
Searches go to Google (in Indonesian, "… - Penelusuran Google") and Bing.
Used by make_week_history.py (``week146``); steps as in week_script.py.
"""

from __future__ import annotations

from urllib.parse import quote_plus

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "putri.rahmawati@gmail.com"


def google(query: str, task: str) -> Step:
    """A search on Google in Indonesian, with the title Google gives it."""
    return ("goto", GOOGLE + quote_plus(query), f"{query} - Penelusuran Google", task)


def mail() -> list[Step]:
    return [
        ("goto", "https://mail.google.com/mail/u/0/", f"Kotak Masuk (5) - {ADDRESS} - Gmail", None)
    ]


def detik(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        (
            "goto",
            "https://www.detik.com/",
            "detikcom - Informasi Berita Terkini dan Terbaru Hari Ini",
            None,
        )
    ]
    if article:
        steps.append(("click", f"https://news.detik.com/berita/{article[0]}", article[1], None))
    return steps


def music(video: str, title: str) -> list[Step]:
    return [
        ("goto", "https://www.youtube.com/", "YouTube", None),
        ("click", f"https://www.youtube.com/watch?v={video}", f"{title} - YouTube", None),
    ]


def x_home() -> list[Step]:
    return [("goto", "https://x.com/home", "Home / X", None)]


STEPS: list[Step] = [
    day("1 07:30"),
    *mail(),
    *detik(
        (
            "d-7712345/bi-tahan-suku-bunga-acuan-di-level-5-persen",
            "BI Tahan Suku Bunga Acuan di Level 5 Persen - detikNews",
        )
    ),
    google("syarat kpr rumah pertama karyawan swasta dp 10 persen", "kpr"),
    page(
        "https://www.rumah123.com/panduan-properti/syarat-kpr-karyawan-swasta",
        "Syarat KPR untuk Karyawan Swasta, Lengkap dengan Simulasinya | Rumah123",
        "kpr",
    ),
    google("simulasi kpr bca vs mandiri bunga fixed 5 tahun", "kpr"),
    page(
        "https://www.cermati.com/artikel/perbandingan-bunga-kpr-bca-mandiri",
        "Perbandingan Bunga KPR BCA dan Mandiri 2027 | Cermati",
        "kpr",
    ),
    *music("tulus00001", "Tulus - Hati-Hati di Jalan (Official Music Video)"),
    day("1 13:00"),
    search(GOOGLE, "meta ads cpm suddenly increased november", "ads"),
    page(
        "https://www.reddit.com/r/FacebookAds/comments/1w2d3e4/cpm_doubled_overnight/",
        "CPM doubled overnight, anyone else? : r/FacebookAds",
        "ads",
    ),
    search(GOOGLE, "advantage+ shopping campaign setup catalog", "ads"),
    page(
        "https://www.facebook.com/business/help/advantage-plus-shopping-campaigns",
        "About Advantage+ shopping campaigns | Meta Business Help Centre",
        "ads",
    ),
    google("bebas visa jepang e-paspor cara daftar", "osaka"),
    page(
        "https://www.id.emb-japan.go.jp/visa_waiver_ind.html",
        "Pendaftaran Bebas Visa bagi Pemegang e-Paspor | Kedutaan Besar Jepang",
        "osaka",
    ),
    day("2 20:00"),
    *x_home(),
    google("asam lambung naik setelah makan malam penyebab", "gerd"),
    page(
        "https://www.alodokter.com/asam-lambung-naik",
        "Asam Lambung Naik: Penyebab, Gejala, dan Cara Mengatasi | Alodokter",
        "gerd",
    ),
    google("makanan yang aman untuk penderita gerd sarapan", "gerd"),
    page(
        "https://www.halodoc.com/artikel/menu-sarapan-untuk-penderita-gerd",
        "Menu Sarapan yang Aman untuk Penderita GERD | Halodoc",
        "gerd",
    ),
    google("ide seserahan pernikahan adik simple elegan", "wedding"),
    page(
        "https://www.bridestory.com/id/blog/ide-seserahan-simple-elegan",
        "30 Ide Seserahan Simple tapi Elegan | Bridestory",
        "wedding",
    ),
    day("3 08:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "e51c0d9a33",
        "1881112340001",
        "Re: Q4 campaign budget - Sinar Jaya Retail",
        "ads",
    ),
    search(BING, "meta ads frequency cap reach campaign retail", "ads"),
    page(
        "https://www.jonloomer.com/frequency-cap-meta-ads/",
        "How to Control Frequency in Meta Ads - Jon Loomer Digital",
        "ads",
    ),
    google("motor listrik subsidi 7 juta syarat 2027", "scooter"),
    page(
        "https://oto.detik.com/motor/d-7712399/syarat-subsidi-motor-listrik-2027",
        "Syarat Dapat Subsidi Motor Listrik Rp 7 Juta 2027 - detikOto",
        "scooter",
    ),
    day("4 19:30"),
    *music("raisa00002", "Raisa - Kali Kedua (Official Music Video)"),
    google("itinerary osaka 5 hari musim semi sakura", "osaka"),
    page(
        "https://www.traveloka.com/id-id/explore/destination/itinerary-osaka-5-hari/123456",
        "Itinerary Osaka 5 Hari saat Musim Sakura | Traveloka",
        "osaka",
    ),
    google("tiket pesawat jakarta osaka april garuda vs jal", "osaka"),
    page(
        "https://www.tiket.com/pesawat/tiket-pesawat-jakarta-osaka",
        "Tiket Pesawat Jakarta (CGK) ke Osaka (KIX) | tiket.com",
        "osaka",
    ),
    google("sewa kebaya akad nikah jakarta selatan", "wedding"),
    page(
        "https://www.sewakebaya.id/jakarta-selatan",
        "Sewa Kebaya Akad & Resepsi Jakarta Selatan | SewaKebaya.id",
        "wedding",
    ),
    day("5 12:30"),
    search(GOOGLE, "advantage+ audience vs detailed targeting results", "ads"),
    page(
        "https://www.facebook.com/business/help/advantage-plus-audience",
        "About Advantage+ audience | Meta Business Help Centre",
        "ads",
    ),
    google("dokter spesialis penyakit dalam gastro jakarta selatan bpjs", "gerd"),
    page(
        "https://www.halodoc.com/cari-dokter/spesialis/penyakit-dalam-gastroenterologi/jakarta-selatan",
        "Dokter Spesialis Gastroenterologi di Jakarta Selatan | Halodoc",
        "gerd",
    ),
    *detik(),
    day("6 21:00"),
    *x_home(),
    google("cek slik ojk online sebelum ajukan kpr", "kpr"),
    page(
        "https://idebku.ojk.go.id/",
        "iDeb OJK - Layanan Informasi Debitur",
        "kpr",
    ),
    google("gesits vs alva cervo jarak tempuh harga", "scooter"),
    page(
        "https://www.otomotifnet.com/read/2027/gesits-vs-alva-cervo",
        "Gesits vs Alva Cervo, Mana Motor Listrik yang Lebih Worth It? | Otomotifnet",
        "scooter",
    ),
    *tab(
        "https://www.youtube.com/watch?v=motlis0003",
        "Review Jujur Alva Cervo Setelah 3 Bulan - YouTube",
        "scooter",
    ),
    day("7 10:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "e51c0d9a33",
        "1881112340002",
        "Konfirmasi pemesanan tiket - Jakarta (CGK) - Osaka (KIX) - tiket.com",
        "osaka",
    ),
    google("jr pass kansai area osaka kyoto nara worth it", "osaka"),
    page(
        "https://www.japan-guide.com/railpass/kansai-area-pass.html",
        "Kansai Area Pass - japan-guide.com",
        "osaka",
    ),
    google("cara mengatasi gerd kambuh malam hari tidur", "gerd"),
    page(
        "https://www.alodokter.com/gerd-kambuh-malam-hari",
        "GERD Kambuh di Malam Hari? Ini Cara Mengatasinya | Alodokter",
        "gerd",
    ),
    day("8 20:15"),
    *music("tulus00003", "Tulus - Interaksi (Official Music Video)"),
    google("souvenir pernikahan unik murah 300 pcs", "wedding"),
    page(
        "https://shopee.co.id/souvenir-pernikahan-unik-murah",
        "Souvenir Pernikahan Unik Murah | Shopee Indonesia",
        "wedding",
    ),
    google("dokumen appraisal rumah untuk kpr berapa lama", "kpr"),
    page(
        "https://www.rumah123.com/panduan-properti/proses-appraisal-kpr",
        "Proses Appraisal KPR: Berapa Lama dan Apa Saja yang Dinilai? | Rumah123",
        "kpr",
    ),
    day("9 13:00"),
    search(GOOGLE, "meta ads creative fatigue how to tell", "ads"),
    page(
        "https://www.socialmediaexaminer.com/creative-fatigue-meta-ads/",
        "Creative Fatigue in Meta Ads: How to Spot It | Social Media Examiner",
        "ads",
    ),
    google("dealer motor listrik gesits jakarta test ride", "scooter"),
    page(
        "https://www.gesitsmotors.com/dealer/jakarta",
        "Dealer Gesits Jakarta | Gesits",
        "scooter",
    ),
    day("10 19:00"),
    *detik(),
    google("susunan acara akad nikah di rumah sederhana", "wedding"),
    page(
        "https://www.bridestory.com/id/blog/susunan-acara-akad-nikah-di-rumah",
        "Susunan Acara Akad Nikah di Rumah yang Sederhana | Bridestory",
        "wedding",
    ),
    google("osaka amazing pass 2 hari tempat gratis", "osaka"),
    page(
        "https://www.osaka-info.jp/id/amazing-pass/",
        "Osaka Amazing Pass | Osaka Info",
        "osaka",
    ),
]

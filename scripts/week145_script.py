"""An architect's ten days in Istanbul, in Turkish and in English, on her laptop at home and
at the office, written in the thirty-eighth session and scored before any change for it:
whether her block of flats in Kadıköy would stand an earthquake (a core test, urban renewal),
a Schengen visa for a conference in Milan, a Revit model to render in Twinmotion for a
client, a street cat taken in (neutering, vaccines), a used car checked before buying, and
her father's seventieth birthday present. Between them she reads Hürriyet, plays music from
YouTube's home page, reads Ekşi Sözlük's front page, and opens Gmail.
Searches go to Google and Yandex, in Turkish mostly, in English for her software.
Used by make_week_history.py (``week145``); steps as in week_script.py.
"""

from __future__ import annotations

from urllib.parse import quote_plus

from week_script import GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "elif.aydin.mimar@gmail.com"
YANDEX = "https://yandex.com.tr/search/?text="


def yandex(query: str, task: str) -> Step:
    """A search on Yandex, with the title its Turkish site gives."""
    return ("goto", YANDEX + quote_plus(query), f"{query} — Yandex: sonuçlar bulundu", task)


def google(query: str, task: str) -> Step:
    """A search on Google in Turkish: Google titles it "… - Google'da Ara"."""
    return ("goto", GOOGLE + quote_plus(query), f"{query} - Google'da Ara", task)


def mail() -> list[Step]:
    return [
        ("goto", "https://mail.google.com/mail/u/0/", f"Gelen Kutusu (2) - {ADDRESS} - Gmail", None)
    ]


def hurriyet(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        ("goto", "https://www.hurriyet.com.tr/", "Hürriyet - Haberler, Son Dakika Haberleri", None)
    ]
    if article:
        steps.append(
            ("click", f"https://www.hurriyet.com.tr/gundem/{article[0]}", article[1], None)
        )
    return steps


def music(video: str, title: str) -> list[Step]:
    return [
        ("goto", "https://www.youtube.com/", "YouTube", None),
        ("click", f"https://www.youtube.com/watch?v={video}", f"{title} - YouTube", None),
    ]


def eksi() -> list[Step]:
    return [("goto", "https://eksisozluk.com/", "ekşi sözlük - kutsal bilgi kaynağı", None)]


STEPS: list[Step] = [
    day("1 20:30"),
    *mail(),
    *hurriyet(
        (
            "istanbulda-deprem-riski-tasiyan-binalar-icin-yeni-duzenleme-42871234",
            "İstanbul'da deprem riski taşıyan binalar için yeni düzenleme - Hürriyet",
        )
    ),
    google("binanın depreme dayanıklı olup olmadığı nasıl anlaşılır", "quake"),
    page(
        "https://www.emlakkulisi.com/binanin-depreme-dayanikli-olup-olmadigi-nasil-anlasilir",
        "Binanın depreme dayanıklı olup olmadığı nasıl anlaşılır? - Emlak Kulisi",
        "quake",
    ),
    yandex("karot testi fiyatı 2027 apartman", "quake"),
    page(
        "https://www.yapidenetim.com.tr/karot-testi-fiyatlari",
        "Karot Testi Fiyatları 2027 | Yapı Denetim",
        "quake",
    ),
    *music("tarkan0001", "Tarkan - Kuzu Kuzu"),
    google("sokak kedisi sahiplenme ilk veteriner kontrolü", "cat"),
    page(
        "https://www.patiliyo.com/sokak-kedisi-sahiplendim-ne-yapmaliyim",
        "Sokak kedisi sahiplendim, ne yapmalıyım? | Patiliyo",
        "cat",
    ),
    day("2 09:40"),
    search(GOOGLE, "revit export to twinmotion materials missing", "revit"),
    page(
        "https://forums.autodesk.com/t5/revit-architecture-forum/twinmotion-materials-missing/td-p/12345678",
        "Twinmotion materials missing after export from Revit - Autodesk Community",
        "revit",
    ),
    search(GOOGLE, "twinmotion direct link revit 2026 plugin", "revit"),
    page(
        "https://www.twinmotion.com/en-US/plugins/revit",
        "Twinmotion Direct Link for Revit - Twinmotion",
        "revit",
    ),
    yandex("italya schengen vizesi randevu idata istanbul", "visa"),
    page(
        "https://www.idata.com.tr/ita/tr/randevu",
        "İtalya Vize Başvurusu Randevu | iDATA",
        "visa",
    ),
    *tab(
        "https://www.idata.com.tr/ita/tr/gerekli-evraklar/is-ticari",
        "İtalya Ticari Vize Gerekli Evraklar | iDATA",
        "visa",
    ),
    day("2 21:00"),
    *eksi(),
    yandex("kedi kısırlaştırma fiyatı kadıköy 2027", "cat"),
    page(
        "https://www.veterinerhekim.com/kadikoy/kedi-kisirlastirma-fiyatlari",
        "Kadıköy Kedi Kısırlaştırma Fiyatları 2027 | VeterinerHekim",
        "cat",
    ),
    google("babaya 70 yaş hediyesi anlamlı", "gift"),
    page(
        "https://www.hepsiburada.com/blog/babaya-hediye-onerileri",
        "Babaya Hediye Önerileri: En Anlamlı 25 Fikir | Hepsiburada Blog",
        "gift",
    ),
    day("3 12:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "d83b1e0f42",
        "1879912340001",
        "Conference registration confirmed - Milano Design Symposium 2027",
        "visa",
    ),
    google("schengen vize seyahat sağlık sigortası en ucuz", "visa"),
    page(
        "https://www.sigortam.net/seyahat-saglik-sigortasi",
        "Seyahat Sağlık Sigortası Fiyatları | Sigortam.net",
        "visa",
    ),
    search(GOOGLE, "revit family type parameter vs instance parameter", "revit"),
    page(
        "https://www.revitforum.org/threads/type-vs-instance-parameters.45678/",
        "Type vs instance parameters - Revit Forum",
        "revit",
    ),
    day("3 20:45"),
    *hurriyet(),
    google("ikinci el araba ekspertiz nerede yaptırılır güvenilir", "car"),
    page(
        "https://www.sahibinden.com/ekspertiz-rehberi",
        "Ekspertiz Rehberi: Aracınızı nerede kontrol ettirmelisiniz? | sahibinden.com",
        "car",
    ),
    yandex("renault clio 5 2021 kronik sorunları", "car"),
    page(
        "https://www.donanimhaber.com/renault-clio-5-kronik-sorunlar--156789",
        "Renault Clio 5 kronik sorunlar | DonanımHaber Forum",
        "car",
    ),
    *music("sezen00002", "Sezen Aksu - Gidiyorum"),
    day("4 10:15"),
    google("deprem yönetmeliği 1999 öncesi bina riskli yapı tespiti başvurusu", "quake"),
    page(
        "https://www.csb.gov.tr/riskli-yapi-tespiti",
        "Riskli Yapı Tespiti Başvurusu | Çevre, Şehircilik ve İklim Değişikliği Bakanlığı",
        "quake",
    ),
    search(GOOGLE, "twinmotion render glass looks black fix", "revit"),
    page(
        "https://www.reddit.com/r/twinmotion/comments/1v2c3d4/glass_renders_black/",
        "Glass renders black in Twinmotion? : r/twinmotion",
        "revit",
    ),
    day("5 19:30"),
    *mail(),
    *eksi(),
    yandex("kedi aşı takvimi karma aşı kuduz ne zaman", "cat"),
    page(
        "https://www.patiliyo.com/kedi-asi-takvimi",
        "Kedi Aşı Takvimi: Hangi Aşı Ne Zaman Yapılır? | Patiliyo",
        "cat",
    ),
    google("kol saati erkek klasik 5000 tl altı", "gift"),
    page(
        "https://www.trendyol.com/erkek-kol-saati-x-g2-c34",
        "Erkek Kol Saati Modelleri ve Fiyatları | Trendyol",
        "gift",
    ),
    google("italya vize kaç günde çıkar 2027", "visa"),
    page(
        "https://www.vizem.net/italya-vizesi-kac-gunde-cikar",
        "İtalya Vizesi Kaç Günde Çıkar? 2027 | Vizem.net",
        "visa",
    ),
    day("6 11:00"),
    *hurriyet(
        (
            "kentsel-donusumde-kira-yardimi-artirildi-42879876",
            "Kentsel dönüşümde kira yardımı artırıldı - Hürriyet",
        )
    ),
    google("kentsel dönüşüm kat maliklerinin üçte iki kararı nasıl alınır", "quake"),
    page(
        "https://www.hurriyetemlak.com/emlak-rehberi/kentsel-donusum-ucte-iki-karar",
        "Kentsel dönüşümde üçte iki çoğunluk kararı nasıl alınır? | Hürriyet Emlak",
        "quake",
    ),
    yandex("sahibinden araba alırken kapora güvenli ödeme", "car"),
    page(
        "https://www.sahibinden.com/guvenli-e-ticaret",
        "Güvenli e-Ticaret (GeT) ile araç alımı | sahibinden.com",
        "car",
    ),
    day("7 09:30"),
    search(GOOGLE, "revit worksharing central model slow sync onedrive", "revit"),
    page(
        "https://www.autodesk.com/support/technical/article/caas/sfdcarticles/sfdcarticles/Slow-sync-with-central.html",
        "Slow synchronize with central in Revit | Autodesk Support",
        "revit",
    ),
    *mail(),
    *gmail_message(
        ADDRESS,
        "d83b1e0f42",
        "1879912340002",
        "Randevu onayı - İtalya vize başvurusu - iDATA",
        "visa",
    ),
    day("7 21:10"),
    google("kedi kısırlaştırma sonrası bakım yakalık kaç gün", "cat"),
    page(
        "https://www.patiliyo.com/kisirlastirma-sonrasi-bakim",
        "Kısırlaştırma sonrası kedi bakımı | Patiliyo",
        "cat",
    ),
    *music("tarkan0003", "Tarkan - Şımarık"),
    google("clio 5 ekspertiz raporu boya değişen ne kadar düşürür", "car"),
    page(
        "https://www.arabam.com/blog/ekspertiz-raporu-boya-degisen-fiyat-etkisi",
        "Boya ve değişen parça araç fiyatını ne kadar düşürür? | arabam.com",
        "car",
    ),
    day("8 20:00"),
    *eksi(),
    google("babama hediye fotoğraf albümü baskı istanbul", "gift"),
    page(
        "https://www.fotoalbum.com.tr/kisiye-ozel-fotograf-albumu",
        "Kişiye Özel Fotoğraf Albümü Baskı | FotoAlbum",
        "gift",
    ),
    yandex("bina güçlendirme mi yıkıp yeniden yapım mı maliyet", "quake"),
    page(
        "https://www.yapidenetim.com.tr/guclendirme-mi-yeniden-yapim-mi",
        "Güçlendirme mi, yıkıp yeniden yapım mı? | Yapı Denetim",
        "quake",
    ),
    day("9 10:00"),
    search(GOOGLE, "twinmotion export 4k image settings quality", "revit"),
    page(
        "https://dev.epicgames.com/documentation/en-us/twinmotion/exporting-images-in-twinmotion",
        "Exporting images in Twinmotion | Epic Developer Community",
        "revit",
    ),
    yandex("milano malpensa şehir merkezi ulaşım malpensa express", "visa"),
    page(
        "https://www.malpensaexpress.it/en/",
        "Malpensa Express - the train to Milan",
        "visa",
    ),
    day("10 19:45"),
    *mail(),
    *hurriyet(),
    google("renault clio 5 2021 1.0 tce fiyat sahibinden ortalama", "car"),
    page(
        "https://www.sahibinden.com/renault-clio-1.0-tce",
        "Renault Clio 1.0 TCe Fiyatları & Modelleri sahibinden.com'da",
        "car",
    ),
    google("kol saati isim yazdırma gravür kadıköy", "gift"),
    page(
        "https://www.gravurci.com/kadikoy-saat-gravur",
        "Saat Arkası Gravür - Kadıköy | Gravürcü",
        "gift",
    ),
]

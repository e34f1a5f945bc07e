"""A freelance translator's ten days in Madrid, on her own laptop, written in the thirty-first
session after step 63, and scored before any change for it, in Spanish and English: a
client's medical device manual to translate (terminology), her quarterly VAT return
(modelo 303, in Spanish), a dental implant, a long weekend in Edinburgh, a cat to adopt,
and a new laptop. Gmail, El País and YouTube's front page are opened most days. Searches go
to Google and DuckDuckGo.
Used by make_week_history.py (``week113``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab, video_home

ADDRESS = "lucia.moreno.trad@gmail.com"
INBOX = "2e8b4d60c7"


def mail() -> list[Step]:
    return [
        ("goto", "https://mail.google.com/mail/u/0/", f"Recibidos (7) - {ADDRESS} - Gmail", None)
    ]


def elpais() -> list[Step]:
    return [("goto", "https://elpais.com/", "EL PAÍS: el periódico global", None)]


STEPS: list[Step] = [
    day("1 08:45"),
    *mail(),
    *elpais(),
    day("1 10:00"),
    search(GOOGLE, "infusion pump occlusion alarm spanish translation term", "manual"),
    page(
        "https://iate.europa.eu/search/result/1714000000000/1",
        "IATE - Search result: occlusion alarm",
        "manual",
    ),
    search(GOOGLE, "termcat vs iate medical device terminology glossary", "manual"),
    page(
        "https://www.proz.com/forum/medical/345678-glossaries_for_medical_devices.html",
        "Glossaries for medical devices - ProZ.com",
        "manual",
    ),
    day("1 19:30"),
    search(DDG, "adoptar gato madrid protectora gatos adultos", "cat"),
    page(
        "https://www.gatosdemadrid.org/adopciones",
        "Adopciones - Gatos de Madrid",
        "cat",
    ),
    day("2 08:50"),
    *mail(),
    *video_home(),
    day("2 12:30"),
    search(GOOGLE, "modelo 303 segundo trimestre plazo 2027 autónomos", "iva"),
    page(
        "https://sede.agenciatributaria.gob.es/Sede/iva/modelo-303.html",
        "Modelo 303. IVA. Autoliquidación - Agencia Tributaria",
        "iva",
    ),
    search(GOOGLE, "iva intracomunitario cliente alemania traducción factura sin iva", "iva"),
    page(
        "https://www.infoautonomos.com/fiscalidad/iva-intracomunitario/",
        "IVA intracomunitario para autónomos | Infoautónomos",
        "iva",
    ),
    day("2 20:00"),
    search(GOOGLE, "dental implant cost madrid single tooth 2027", "implant"),
    page(
        "https://www.doctoralia.es/tratamientos-servicios/implante-dental/madrid",
        "Implante dental en Madrid - precios y opiniones | Doctoralia",
        "implant",
    ),
    day("3 08:45"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1864455667788990011",
        "Vuelo MAD-EDI confirmado - Iberia Express",
        "edinburgh",
    ),
    *elpais(),
    day("3 11:00"),
    search(GOOGLE, "free flow vs bolus infusion pump manual translation", "manual"),
    page(
        "https://www.linguee.com/english-spanish/translation/free+flow+protection.html",
        "free flow protection - Spanish translation – Linguee",
        "manual",
    ),
    day("3 21:00"),
    search(DDG, "edinburgh 3 days itinerary old town arthur's seat", "edinburgh"),
    page(
        "https://www.visitscotland.com/places-to-go/edinburgh/itineraries",
        "Edinburgh itineraries | VisitScotland",
        "edinburgh",
    ),
    search(DDG, "where to stay edinburgh first time old town or new town", "edinburgh"),
    page(
        "https://www.reddit.com/r/Edinburgh/comments/1j4k5l6/old_town_or_new_town/",
        "Old Town or New Town for a first visit? : r/Edinburgh",
        "edinburgh",
    ),
    day("4 08:50"),
    *mail(),
    *video_home(),
    day("4 17:00"),
    search(GOOGLE, "macbook air m4 vs thinkpad x1 carbon for translators trados", "laptop"),
    page(
        "https://www.reddit.com/r/TranslationStudies/comments/1k5l6m7/mac_or_windows_for_trados/",
        "Mac or Windows for Trados? : r/TranslationStudies",
        "laptop",
    ),
    search(GOOGLE, "trados studio on mac parallels performance", "laptop"),
    page(
        "https://community.rws.com/product-groups/trados-portfolio/trados-studio/f/studio/45678/trados-on-mac-with-parallels",
        "Trados on Mac with Parallels - RWS Community",
        "laptop",
    ),
    day("5 08:45"),
    *mail(),
    *elpais(),
    day("5 12:00"),
    search(GOOGLE, "implante dental con o sin injerto óseo diferencia precio", "implant"),
    page(
        "https://www.clinicadentalmadrid.es/blog/injerto-oseo-implantes",
        "Injerto óseo para implantes: cuándo es necesario | Clínica Dental",
        "implant",
    ),
    day("5 19:30"),
    search(DDG, "primer gato en casa qué comprar arenero rascador", "cat"),
    page(
        "https://www.tiendanimal.es/blog/que-necesita-un-gato-en-casa/",
        "¿Qué necesita un gato en casa? | Tiendanimal",
        "cat",
    ),
    day("6 10:30"),
    *mail(),
    *video_home(),
    day("6 11:30"),
    search(GOOGLE, "casilla 71 modelo 303 resultado a compensar", "iva"),
    page(
        "https://www.reddit.com/r/SpainFIRE/comments/1l6m7n8/modelo_303_casilla_71/",
        "Modelo 303 casilla 71 - ¿compensar o devolver? : r/SpainFIRE",
        "iva",
    ),
    day("6 17:00"),
    search(DDG, "edinburgh castle tickets book in advance", "edinburgh"),
    page(
        "https://www.edinburghcastle.scot/tickets",
        "Tickets | Edinburgh Castle",
        "edinburgh",
    ),
    day("7 08:50"),
    *mail(),
    *elpais(),
    day("7 10:30"),
    search(GOOGLE, "iec 60601 alarm priority levels terminology translation", "manual"),
    page(
        "https://www.iso.org/obp/ui/#iso:std:iec:60601:-1-8:ed-2:v1:en",
        "IEC 60601-1-8: Alarm systems - Online Browsing Platform",
        "manual",
    ),
    day("7 20:00"),
    search(GOOGLE, "macbook air m4 15 precio españa educación descuento", "laptop"),
    page(
        "https://www.apple.com/es/shop/buy-mac/macbook-air",
        "Comprar MacBook Air - Apple (ES)",
        "laptop",
    ),
    day("8 08:45"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1864455667788990012",
        "Solicitud de adopción de Canela recibida - Gatos de Madrid",
        "cat",
    ),
    *video_home(),
    day("8 19:00"),
    search(GOOGLE, "dentista implantes madrid opiniones financiación sin intereses", "implant"),
    page(
        "https://www.google.com/maps/search/dentista+implantes+madrid",
        "dentista implantes madrid - Google Maps",
        "implant",
    ),
    day("9 08:50"),
    *mail(),
    *elpais(),
    day("9 11:00"),
    search(GOOGLE, "infusion pump user manual spanish regulatory requirements aemps", "manual"),
    page(
        "https://www.aemps.gob.es/productos-sanitarios/etiquetado-e-instrucciones/",
        "Etiquetado e instrucciones de uso - AEMPS",
        "manual",
    ),
    *tab(
        "https://www.proz.com/kudoz/english-to-spanish/medical-instruments/7123456-keep-vein-open-rate.html",
        "keep vein open rate - English to Spanish - ProZ.com",
        "manual",
    ),
    day("10 08:45"),
    *mail(),
    *video_home(),
    day("10 18:30"),
    search(DDG, "edinburgh airport to city centre tram or airlink bus", "edinburgh"),
    page(
        "https://www.edinburghairport.com/transport-links/tram",
        "Tram | Edinburgh Airport",
        "edinburgh",
    ),
]

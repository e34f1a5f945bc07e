"""A civil engineer's ten days in Houston, on his laptop at home and at the office, written in
the thirty-fourth session after its step 68 and scored before any change for it. He searches
in English and in Spanish, often one task in both: his father's tourist visa appointment at
the consulate in Monterrey, a used pickup truck, a retaining wall's drainage at work, his
son's soccer club tryouts, and a family trip to Oaxaca for Día de Muertos. Between them he
reads the Houston Chronicle and El Universal, and watches Liga MX highlights from YouTube's
front page. Gmail is opened most days. Searches go to Google and Bing.
Used by make_week_history.py (``week123``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "hector.salinas.hou@gmail.com"
INBOX = "6a2c9e1f07"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (5) - {ADDRESS} - Gmail", None)]


def chronicle() -> list[Step]:
    return [
        (
            "goto",
            "https://www.houstonchronicle.com/",
            "Houston Chronicle: Houston News, Sports, Business, and Entertainment",
            None,
        )
    ]


def universal() -> list[Step]:
    return [
        (
            "goto",
            "https://www.eluniversal.com.mx/",
            "El Universal - Noticias de México y el mundo",
            None,
        )
    ]


def ligamx(video: str, title: str) -> list[Step]:
    return [*video_home(), ("click", f"https://www.youtube.com/watch?v={video}", title, None)]


STEPS: list[Step] = [
    day("1 07:30"),
    *mail(),
    *chronicle(),
    day("1 09:40"),
    search(GOOGLE, "retaining wall weep holes spacing gravel backfill", "wall"),
    page(
        "https://www.engineeringtoolbox.com/retaining-wall-drainage-d_1859.html",
        "Retaining Wall Drainage - Weep Holes and Backfill",
        "wall",
    ),
    search(GOOGLE, "geotextile fabric behind retaining wall necessary clay soil", "wall"),
    page(
        "https://www.eng-tips.com/viewthread.cfm?qid=498231",
        "Filter fabric behind cantilever wall in expansive clay - Eng-Tips",
        "wall",
    ),
    day("1 20:10"),
    search(BING, "cita visa de turista para mi papá consulado monterrey", "visa"),
    page(
        "https://www.ustraveldocs.com/mx/es/nonimmigrant-visa",
        "Visas de no inmigrante - Servicios de Visa en México",
        "visa",
    ),
    search(BING, "formulario ds-160 en español paso a paso", "visa"),
    page(
        "https://www.youtube.com/watch?v=ds160p4s0s",
        "Cómo llenar el DS-160 paso a paso 2027 - YouTube",
        "visa",
    ),
    day("2 07:35"),
    *mail(),
    *universal(),
    day("2 12:20"),
    search(GOOGLE, "used ford f-150 2019 vs 2020 what changed", "truck"),
    page(
        "https://www.motortrend.com/features/2019-vs-2020-ford-f-150-differences/",
        "2019 vs 2020 Ford F-150: What's the Difference? | MotorTrend",
        "truck",
    ),
    day("2 19:00"),
    search(GOOGLE, "katy youth soccer club tryouts u11 spring", "soccer"),
    page(
        "https://www.katyyouthsoccer.org/tryouts",
        "Tryouts - Katy Youth Soccer Club",
        "soccer",
    ),
    day("3 07:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1871100223344550001",
        "Confirmación de cita - Centro de Atención a Solicitantes Monterrey",
        "visa",
    ),
    *chronicle(),
    day("3 10:15"),
    search(GOOGLE, "drenaje muro de contención tubo perforado especificación", "wall"),
    page(
        "https://www.construaprende.com/docs/muros-de-contencion-drenaje",
        "Drenaje en muros de contención: tubo perforado y filtro - Construaprende",
        "wall",
    ),
    day("3 21:00"),
    search(BING, "vuelos houston oaxaca noviembre día de muertos", "oaxaca"),
    page(
        "https://www.google.com/travel/flights/houston-to-oaxaca.html",
        "Vuelos baratos de Houston a Oaxaca - Google Flights",
        "oaxaca",
    ),
    search(BING, "hoteles centro histórico oaxaca familia 4 personas", "oaxaca"),
    page(
        "https://www.booking.com/city/mx/oaxaca-de-juarez.es.html",
        "Los 10 mejores hoteles de Oaxaca de Juárez - Booking.com",
        "oaxaca",
    ),
    day("4 07:30"),
    *mail(),
    *universal(),
    day("4 18:45"),
    *ligamx("l1g4mxh1gh1", "Monterrey vs Tigres 2-1 | Resumen Clásico Regio - YouTube"),
    search(GOOGLE, "f150 5.0 v8 cam phaser problems 2019", "truck"),
    page(
        "https://www.f150forum.com/f118/2019-5-0-cam-phaser-rattle-cold-start-512233/",
        "2019 5.0 cam phaser rattle on cold start - Ford F150 Forum",
        "truck",
    ),
    search(GOOGLE, "carfax vs autocheck which is better used truck", "truck"),
    page(
        "https://www.edmunds.com/car-buying/carfax-vs-autocheck.html",
        "Carfax vs. AutoCheck: Which Vehicle History Report Is Better? | Edmunds",
        "truck",
    ),
    day("5 07:35"),
    *mail(),
    *chronicle(),
    day("5 11:30"),
    search(GOOGLE, "global stability check retaining wall slope below factor of safety", "wall"),
    page(
        "https://www.geoengineer.org/education/slope-stability/global-stability-of-walls",
        "Global Stability of Retaining Walls | GeoEngineer.org",
        "wall",
    ),
    day("5 20:30"),
    search(BING, "qué preguntan en la entrevista de visa de turista a personas mayores", "visa"),
    page(
        "https://www.univision.com/noticias/inmigracion/preguntas-entrevista-visa-turista",
        "Las preguntas más comunes en la entrevista de la visa de turista | Univision",
        "visa",
    ),
    day("6 09:30"),
    search(GOOGLE, "what to bring to soccer tryouts kid first time", "soccer"),
    page(
        "https://www.usyouthsoccer.org/tryout-tips-for-players-and-parents/",
        "Tryout Tips for Players and Parents | US Youth Soccer",
        "soccer",
    ),
    search(GOOGLE, "select soccer vs rec soccer cost houston", "soccer"),
    page(
        "https://www.reddit.com/r/houston/comments/1x9y8z7/select_soccer_worth_it/",
        "Is select soccer worth it for a 10 year old? : r/houston",
        "soccer",
    ),
    day("6 15:00"),
    search(GOOGLE, "pickup trucks for sale katy tx under 30000 crew cab", "truck"),
    page(
        "https://www.cargurus.com/Cars/l-Used-Ford-F-150-Katy-TX-d337",
        "Used Ford F-150 for Sale in Katy, TX - CarGurus",
        "truck",
    ),
    day("7 07:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1871100223344550002",
        "Katy Youth Soccer - U11 tryout schedule and field assignments",
        "soccer",
    ),
    *universal(),
    day("7 20:00"),
    search(BING, "qué hacer en oaxaca día de muertos con niños", "oaxaca"),
    page(
        "https://www.mexicodesconocido.com.mx/dia-de-muertos-en-oaxaca.html",
        "Día de Muertos en Oaxaca: qué hacer y dónde ir | México Desconocido",
        "oaxaca",
    ),
    search(GOOGLE, "oaxaca day of the dead comparsas schedule 2027", "oaxaca"),
    page(
        "https://www.oaxaca-mio.com/muertos.htm",
        "Day of the Dead in Oaxaca - Schedule of Events | Oaxaca-Mio",
        "oaxaca",
    ),
    day("8 07:35"),
    *mail(),
    *chronicle(),
    day("8 10:00"),
    search(GOOGLE, "coeficiente de empuje activo rankine arcilla muro", "wall"),
    page(
        "https://www.ingenierocivilinfo.com/2011/02/empuje-de-tierras-rankine.html",
        "Empuje de tierras: teoría de Rankine - Ingeniero Civil Info",
        "wall",
    ),
    day("8 19:30"),
    *ligamx("l1g4mxh1gh2", "América vs Chivas 1-1 | Resumen Jornada 14 - YouTube"),
    search(BING, "mi papá necesita carta de invitación para visa de turista", "visa"),
    page(
        "https://www.ustraveldocs.com/mx/es/faq",
        "Preguntas frecuentes - Servicios de Visa en México",
        "visa",
    ),
    day("9 07:30"),
    *mail(),
    *universal(),
    day("9 17:45"),
    search(GOOGLE, "pre purchase inspection used truck mechanic cost houston", "truck"),
    page(
        "https://www.yourmechanic.com/services/pre-purchase-car-inspection/houston-tx",
        "Pre-Purchase Car Inspection in Houston, TX | YourMechanic",
        "truck",
    ),
    search(GOOGLE, "negociar precio camioneta usada consejos", "truck"),
    page(
        "https://www.autocosmos.com.mx/noticias/consejos-para-negociar-un-auto-usado",
        "Consejos para negociar el precio de un auto usado | Autocosmos",
        "truck",
    ),
    day("10 07:35"),
    *mail(),
    *chronicle(),
    day("10 20:15"),
    search(GOOGLE, "shin guards size chart youth u11", "soccer"),
    page(
        "https://www.soccer.com/guide/shin-guard-size-chart",
        "Shin Guard Size Chart | SOCCER.COM",
        "soccer",
    ),
    search(BING, "renta de auto aeropuerto oaxaca familia", "oaxaca"),
    page(
        "https://www.kayak.com.mx/Renta-de-Autos-Oaxaca-Aeropuerto.OAX.15380.cars.ksp",
        "Renta de autos en Aeropuerto de Oaxaca - KAYAK",
        "oaxaca",
    ),
]

"""A dental hygienist's ten days in Mexico City, all in Spanish, written in the fifty-first
session and scored before any change for it: her bathroom redone (tiles, a plumber, a
shower that leaks), her daughter's quinceañera (a hall, a dress, the waltz), her annual
tax return to the SAT, a used motorcycle bought for getting to work, a long weekend in
Puerto Escondido and her dog's vaccines and a skin allergy. Between them she reads El
Universal, Gmail, YouTube and Facebook. Searches go to Google and Bing.
Used by make_week_history.py (``week181``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "mariana.olvera.hd@gmail.com"


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            f"Recibidos (8) - {ADDRESS} - Gmail",
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


def youtube() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


def facebook() -> list[Step]:
    return [("goto", "https://www.facebook.com/", "Facebook", None)]


STEPS: list[Step] = [
    day("1 07:20"),
    *universal(),
    search(GOOGLE, "azulejo para baño antiderrapante precio m2 home depot", "bath"),
    page(
        "https://www.homedepot.com.mx/pisos-y-azulejos/azulejos-para-bano",
        "Azulejos para Baño | The Home Depot México",
        "bath",
    ),
    page(
        "https://www.interceramic.com/mx/es/bano",
        "Pisos y recubrimientos para baño | Interceramic",
        "bath",
    ),
    day("1 14:30"),
    search(GOOGLE, "salones para xv años coyoacán precios 150 personas", "xv"),
    page(
        "https://www.bodas.com.mx/salones-xv-anos/coyoacan",
        "Salones para XV años en Coyoacán | Bodas.com.mx",
        "xv",
    ),
    page(
        "https://www.salonesxv.mx/ciudad-de-mexico/coyoacan",
        "Salones de fiesta XV años Coyoacán - precios y paquetes",
        "xv",
    ),
    day("1 21:00"),
    search(BING, "declaración anual 2026 personas físicas sueldos y salarios fecha límite", "sat"),
    page(
        "https://www.sat.gob.mx/declaracion/23621/presenta-tu-declaracion-anual-de-personas-fisicas",
        "Presenta tu declaración anual de personas físicas | SAT",
        "sat",
    ),
    day("2 08:00"),
    *facebook(),
    search(GOOGLE, "moto italika ft150 usada precio", "moto"),
    page(
        "https://www.mercadolibre.com.mx/motos/italika-ft150-usada",
        "Italika Ft150 Usada | MercadoLibre",
        "moto",
    ),
    page(
        "https://www.seminuevos.com/motos/italika/ft150",
        "Italika FT150 seminuevas en venta | Seminuevos.com",
        "moto",
    ),
    day("2 15:40"),
    search(GOOGLE, "vacunas perro adulto calendario refuerzo rabia", "dog"),
    page(
        "https://www.purina.com.mx/perros/cuidados/calendario-de-vacunacion",
        "Calendario de vacunación para perros | Purina",
        "dog",
    ),
    day("2 20:50"),
    search(GOOGLE, "vestido xv años color vino tendencias 2027", "xv"),
    page(
        "https://www.pinterest.com.mx/ideas/vestidos-de-xv-color-vino/",
        "Vestidos de XV color vino - Pinterest",
        "xv",
    ),
    page(
        "https://www.liverpool.com.mx/tienda/vestidos-de-xv-anos",
        "Vestidos de XV años | Liverpool",
        "xv",
    ),
    day("3 07:30"),
    *universal(),
    search(GOOGLE, "regadera gotea aunque esté cerrada como arreglar", "bath"),
    page(
        "https://www.truper.com/blog/como-arreglar-una-regadera-que-gotea",
        "Cómo arreglar una regadera que gotea | Truper",
        "bath",
    ),
    day("3 13:20"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "71c2e0b98f",
        "1847100388261",
        "Tu constancia de retenciones 2026 - Clínica Dental Sonrisa",
        "sat",
    ),
    search(GOOGLE, "deducciones personales gastos médicos colegiaturas sat límite", "sat"),
    page(
        "https://www.sat.gob.mx/consulta/deducciones-personales",
        "Deducciones personales | SAT",
        "sat",
    ),
    page(
        "https://www.elcontribuyente.mx/2027/03/deducciones-personales-limites/",
        "Deducciones personales: límites y requisitos | El Contribuyente",
        "sat",
    ),
    day("3 21:30"),
    search(BING, "puerto escondido fin de semana largo hotel zicatela", "beach"),
    page(
        "https://www.booking.com/district/mx/puerto-escondido/zicatela.es.html",
        "Hoteles en Zicatela, Puerto Escondido | Booking.com",
        "beach",
    ),
    page(
        "https://www.tripadvisor.com.mx/Hotels-g150797-Puerto_Escondido_Southern_Mexico-Hotels.html",
        "Los 10 mejores hoteles en Puerto Escondido 2027 - Tripadvisor",
        "beach",
    ),
    day("4 08:15"),
    *youtube(),
    *tab(
        "https://www.youtube.com/watch?v=Rk2Lq8Xm4Vw",
        "Vals de XV años coreografía fácil paso a paso - YouTube",
        "xv",
    ),
    search(GOOGLE, "coreógrafo vals xv años cdmx precio", "xv"),
    page(
        "https://www.facebook.com/coreografiasxvcdmx/",
        "Coreografías XV Años CDMX | Facebook",
        "xv",
    ),
    day("4 16:00"),
    search(GOOGLE, "plomero confiable coyoacán cambio de regadera y llaves", "bath"),
    page(
        "https://www.doctoralia-hogar.mx/plomeros/coyoacan",
        "Plomeros en Coyoacán - opiniones y precios",
        "bath",
    ),
    day("5 07:40"),
    *facebook(),
    search(GOOGLE, "qué revisar al comprar moto usada factura tarjeta de circulación", "moto"),
    page(
        "https://www.motociclismopanamericano.com/que-revisar-moto-usada",
        "Qué revisar antes de comprar una moto usada | Motociclismo Panamericano",
        "moto",
    ),
    search(GOOGLE, "perro se rasca mucho y tiene ronchas alergia", "dog"),
    page(
        "https://www.hospitalveterinario.mx/alergias-en-perros",
        "Alergias en perros: síntomas y tratamiento | Hospital Veterinario",
        "dog",
    ),
    day("5 20:10"),
    search(BING, "vuelos cdmx puerto escondido viva aerobus", "beach"),
    page(
        "https://www.vivaaerobus.com/es-mx/vuelos/mexico-city-puerto-escondido",
        "Vuelos de Ciudad de México a Puerto Escondido | Viva Aerobus",
        "beach",
    ),
    day("6 09:00"),
    *universal(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "71c2e0b98f",
        "1847168830940",
        "Cotización Salón Jardín Las Bugambilias - XV años de Valeria",
        "xv",
    ),
    search(GOOGLE, "salón jardín las bugambilias coyoacán opiniones", "xv"),
    page(
        "https://www.google.com/maps/place/Jardin+Las+Bugambilias",
        "Jardín Las Bugambilias - Google Maps",
        "xv",
    ),
    day("6 15:30"),
    search(GOOGLE, "seguro de moto obligatorio cdmx precio qualitas", "moto"),
    page(
        "https://www.qualitas.com.mx/web/qmx/motos",
        "Seguro para motos | Quálitas",
        "moto",
    ),
    day("7 08:20"),
    *youtube(),
    search(GOOGLE, "impermeabilizar piso de regadera antes de poner azulejo", "bath"),
    page(
        "https://www.comex.com.mx/blog/impermeabilizar-bano-antes-de-azulejo",
        "Cómo impermeabilizar el baño antes de colocar azulejo | Comex",
        "bath",
    ),
    day("7 19:40"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "71c2e0b98f",
        "1847230006615",
        "Recordatorio: vacuna antirrábica de Canela - Clínica Veterinaria Del Carmen",
        "dog",
    ),
    search(GOOGLE, "shampoo para perro con alergia en la piel veterinario recomienda", "dog"),
    page(
        "https://www.petco.com.mx/perro/higiene/shampoo-dermatologico",
        "Shampoo dermatológico para perro | Petco México",
        "dog",
    ),
    day("8 10:00"),
    *facebook(),
    search(BING, "playa carrizalillo puerto escondido cómo llegar", "beach"),
    page(
        "https://www.mexicodesconocido.com.mx/playa-carrizalillo-puerto-escondido.html",
        "Playa Carrizalillo, Puerto Escondido | México Desconocido",
        "beach",
    ),
    day("8 18:20"),
    search(GOOGLE, "saldo a favor declaración anual cuánto tarda devolución", "sat"),
    page(
        "https://www.sat.gob.mx/consulta/devoluciones-automaticas",
        "Devoluciones automáticas | SAT",
        "sat",
    ),
    day("9 07:50"),
    *universal(),
    search(GOOGLE, "italika ft150 vs ft125 consumo gasolina", "moto"),
    page(
        "https://www.italika.mx/motos/trabajo/ft150",
        "FT150 | ITALIKA",
        "moto",
    ),
    day("9 20:30"),
    search(GOOGLE, "invitaciones xv años digitales whatsapp plantilla", "xv"),
    page(
        "https://www.canva.com/es_mx/crear/invitaciones/xv-anos/",
        "Invitaciones de XV años gratis | Canva",
        "xv",
    ),
    day("10 09:10"),
    *youtube(),
    search(GOOGLE, "boquilla epóxica o cementosa para regadera", "bath"),
    page(
        "https://www.interceramic.com/mx/es/blog/boquilla-epoxica-vs-cementosa",
        "Boquilla epóxica vs cementosa: ¿cuál elegir? | Interceramic",
        "bath",
    ),
    day("10 21:00"),
    *facebook(),
]

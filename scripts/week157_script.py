"""An architect's ten days in Madrid, all in Spanish, written in the fortieth session and
scored before any change for it. A kitchen to renovate (a quote, a quartz or granite
worktop), a summer week in Asturias (a country house, the Cares gorge walk), her income tax
return (the draft, the deduction for rent), an English summer camp for her son, a hybrid
car to replace the old diesel (a Corolla or a Niro, the ECO label), and a stiff neck (a
physiotherapist, exercises at the desk). Between them she reads El País, Gmail and X, and
listens to music on YouTube. Searches go to Google and Bing.
Used by make_week_history.py (``week157``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "lucia.ferrer.arq@gmail.com"


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            f"Recibidos (3) - {ADDRESS} - Gmail",
            None,
        )
    ]


def elpais() -> list[Step]:
    return [
        (
            "goto",
            "https://elpais.com/",
            "EL PAÍS: el periódico global",
            None,
        )
    ]


def x() -> list[Step]:
    return [("goto", "https://x.com/home", "Inicio / X", None)]


def music(video: str, title: str) -> list[Step]:
    return [
        ("goto", "https://www.youtube.com/", "YouTube", None),
        ("click", f"https://www.youtube.com/watch?v={video}", f"{title} - YouTube", None),
    ]


STEPS: list[Step] = [
    day("1 08:30"),
    *elpais(),
    *mail(),
    search(GOOGLE, "reforma cocina 10 m2 precio madrid 2027", "cocina"),
    page(
        "https://www.habitissimo.es/presupuestos/reformar-cocina/madrid",
        "Precio de reformar una cocina en Madrid 2027 | habitissimo",
        "cocina",
    ),
    page(
        "https://www.cronoshare.com/cuanto-cuesta/reformar-cocina",
        "¿Cuánto cuesta reformar una cocina? Precios 2027 | Cronoshare",
        "cocina",
    ),
    search(GOOGLE, "casa rural asturias agosto piscina niños", "asturias"),
    page(
        "https://www.escapadarural.com/casas-rurales/asturias/con-piscina",
        "Casas rurales con piscina en Asturias | EscapadaRural",
        "asturias",
    ),
    page(
        "https://www.toprural.com/casas-rurales/asturias/cangas-de-onis",
        "Casas rurales en Cangas de Onís, Asturias | Toprural",
        "asturias",
    ),
    day("1 22:15"),
    *x(),
    search(BING, "borrador renta 2026 cuando se puede presentar", "renta"),
    page(
        "https://sede.agenciatributaria.gob.es/Sede/Renta.html",
        "Renta 2026 - Agencia Tributaria",
        "renta",
    ),
    page(
        "https://www.ocu.org/dinero/renta-y-fiscalidad/consejos/calendario-renta",
        "Calendario de la declaración de la renta 2026 | OCU",
        "renta",
    ),
    day("2 13:40"),
    *music("rosalia01", "ROSALÍA - DESPECHÁ (Official Video)"),
    search(GOOGLE, "campamento de verano en inglés madrid 10 años julio", "campamento"),
    page(
        "https://www.campamentos.info/campamentos-de-ingles/madrid",
        "Campamentos de verano en inglés en Madrid 2027 | Campamentos.info",
        "campamento",
    ),
    page(
        "https://www.kidscamp.es/campamento-ingles-sierra-madrid",
        "Campamento de inglés en la Sierra de Madrid - Kids Camp",
        "campamento",
    ),
    search(GOOGLE, "toyota corolla hibrido vs kia niro hibrido consumo real", "coche"),
    page(
        "https://www.motor.es/comparativas/toyota-corolla-vs-kia-niro",
        "Toyota Corolla vs Kia Niro: ¿cuál es mejor híbrido? | Motor.es",
        "coche",
    ),
    page(
        "https://www.km77.com/coches/kia/niro/2027/estandar/hev",
        "Kia Niro HEV (2027) | Precios y equipamiento | km77.com",
        "coche",
    ),
    day("3 09:10"),
    *elpais(),
    search(GOOGLE, "dolor de cuello y hombros por trabajar con ordenador", "cuello"),
    page(
        "https://cuidateplus.marca.com/enfermedades/musculos-y-huesos/cervicalgia.html",
        "Cervicalgia: causas, síntomas y tratamiento | CuídatePlus",
        "cuello",
    ),
    search(BING, "encimera cuarzo vs granito cocina pros contras", "cocina"),
    page(
        "https://www.silestone.com/es/blog/cuarzo-o-granito/",
        "¿Encimera de cuarzo o de granito? | Silestone",
        "cocina",
    ),
    page(
        "https://www.leroymerlin.es/encimeras/encimeras-de-cuarzo",
        "Encimeras de cuarzo | Leroy Merlin",
        "cocina",
    ),
    search(GOOGLE, "ruta del cares con niños dificultad poncebos caín", "asturias"),
    page(
        "https://www.turismoasturias.es/descubre/naturaleza/ruta-del-cares",
        "Ruta del Cares | Turismo Asturias",
        "asturias",
    ),
    day("3 21:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a7c2e91b04",
        "1831200450011",
        "Presupuesto reforma cocina - Calle Alcalá 212, 3ºB",
        "cocina",
    ),
    search(GOOGLE, "deducción alquiler vivienda habitual madrid renta 2026 requisitos", "renta"),
    page(
        "https://www.comunidad.madrid/servicios/economia-hacienda/deducciones-autonomicas-irpf",
        "Deducciones autonómicas en el IRPF | Comunidad de Madrid",
        "renta",
    ),
    day("4 12:30"),
    *x(),
    search(GOOGLE, "etiqueta eco dgt coche hibrido madrid central aparcamiento", "coche"),
    page(
        "https://www.dgt.es/nuestros-servicios/tu-vehiculo/tus-vehiculos/distintivo-ambiental/",
        "Distintivo ambiental - DGT",
        "coche",
    ),
    page(
        "https://www.madrid.es/portales/munimadrid/es/Inicio/Movilidad-y-transportes/Madrid-360",
        "Zonas de Bajas Emisiones - Ayuntamiento de Madrid",
        "coche",
    ),
    search(GOOGLE, "fisioterapeuta chamberí cervicales cita", "cuello"),
    page(
        "https://www.doctoralia.es/fisioterapeuta/madrid/chamberi",
        "Fisioterapeutas en Chamberí, Madrid - Pide cita | Doctoralia",
        "cuello",
    ),
    day("5 18:45"),
    *music("c_tangana02", "C. Tangana - Tú Me Dejaste De Querer (Video Oficial)"),
    search(BING, "campamento ingles julio madrid precio quincena", "campamento"),
    page(
        "https://www.tecnoclub.es/campamentos-urbanos-ingles-madrid",
        "Campamentos urbanos en inglés en Madrid | TecnoClub",
        "campamento",
    ),
    search(GOOGLE, "casa rural llanes 6 personas agosto disponibilidad", "asturias"),
    page(
        "https://www.escapadarural.com/casa-rural/asturias/la-casona-de-llanes",
        "La Casona de Llanes - Casa rural en Llanes, Asturias | EscapadaRural",
        "asturias",
    ),
    *tab(
        "https://www.booking.com/hotel/es/apartamentos-llanes-playa.es.html",
        "Apartamentos Llanes Playa, Llanes – Precios actualizados 2027",
        "asturias",
    ),
    day("6 10:20"),
    *elpais(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a7c2e91b04",
        "1831200450029",
        "Tu cita con Fisioterapia Chamberí - jueves 17:30",
        "cuello",
    ),
    search(GOOGLE, "ejercicios cervicales en la oficina estiramientos", "cuello"),
    page(
        "https://www.fisioterapia-online.com/videos/ejercicios-para-el-cuello-en-el-trabajo",
        "Ejercicios para el cuello en el trabajo | Fisioterapia Online",
        "cuello",
    ),
    search(GOOGLE, "muebles cocina ikea metod opiniones montaje", "cocina"),
    page(
        "https://www.ikea.com/es/es/rooms/kitchen/metod/",
        "Cocinas METOD - IKEA",
        "cocina",
    ),
    day("7 20:00"),
    *x(),
    search(BING, "kia niro hibrido segunda mano 2023 precio", "coche"),
    page(
        "https://www.coches.net/kia-niro-segunda-mano-madrid.htm",
        "Kia Niro de segunda mano en Madrid | coches.net",
        "coche",
    ),
    *tab(
        "https://www.coches.net/kia-niro-1-6-gdi-hev-drive-5p-hibrido-2023-en-madrid-5512233-covo.aspx",
        "KIA Niro 1.6 GDi HEV Drive 2023 - Madrid | coches.net",
        "coche",
    ),
    search(GOOGLE, "renta 2026 deducción por hijos madrid gastos escolares", "renta"),
    page(
        "https://www.ocu.org/dinero/renta-y-fiscalidad/consejos/deducciones-autonomicas-madrid",
        "Deducciones autonómicas de Madrid en la renta | OCU",
        "renta",
    ),
    day("8 11:15"),
    *elpais(),
    search(GOOGLE, "campamento inglés inmersión niños 10 años opiniones kids camp", "campamento"),
    page(
        "https://www.kidscamp.es/opiniones",
        "Opiniones de familias - Kids Camp",
        "campamento",
    ),
    search(GOOGLE, "presupuesto reforma cocina que debe incluir fontanería electricidad", "cocina"),
    page(
        "https://www.habitissimo.es/articulos/que-incluye-presupuesto-reforma-cocina",
        "¿Qué debe incluir el presupuesto de una reforma de cocina? | habitissimo",
        "cocina",
    ),
    day("9 16:50"),
    *music("rosalia03", "ROSALÍA - LA FAMA (Official Video) ft. The Weeknd"),
    search(GOOGLE, "tasación coche diesel 2014 venta particular madrid", "coche"),
    page(
        "https://www.coches.net/tasacion-coches/",
        "Tasación de coches gratis online | coches.net",
        "coche",
    ),
    search(BING, "lagos de covadonga acceso coche agosto autobús", "asturias"),
    page(
        "https://www.turismoasturias.es/descubre/naturaleza/lagos-de-covadonga",
        "Lagos de Covadonga | Turismo Asturias",
        "asturias",
    ),
    day("10 10:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a7c2e91b04",
        "1831200450057",
        "Confirmación de reserva - La Casona de Llanes, 8-15 agosto",
        "asturias",
    ),
    search(GOOGLE, "confirmar borrador renta app agencia tributaria cl@ve", "renta"),
    page(
        "https://sede.agenciatributaria.gob.es/Sede/ayuda/consultas-informaticas/renta-ayuda-tecnica.html",
        "Renta WEB: ayuda técnica - Agencia Tributaria",
        "renta",
    ),
    search(GOOGLE, "almohada cervical viscoelástica opiniones dolor cuello", "cuello"),
    page(
        "https://www.ocu.org/salud/cuidar-espalda/consejos/elegir-almohada",
        "Cómo elegir la almohada para cuidar el cuello | OCU",
        "cuello",
    ),
]

"""A retired teacher's ten days in Milan, all in Italian, written in the fifty-fourth session
and scored before any change for it: a cruise to the Norwegian fjords (the ship, the
excursions, the flight to the port), hearing aids (a test, what the health service pays),
a present for her grandson's baptism, the building's new facade (the works, the bonus,
the owners' meeting), and a watercolour course. Between them she reads Libero Mail, the
Corriere della Sera and YouTube, and one article from the Corriere's front page. Searches
go to Google and Bing.
Used by make_week_history.py (``week194``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, page, search, tab, video_home

LIBERO = "https://mail1.libero.it/appsuite/"


def mail() -> list[Step]:
    return [("goto", LIBERO, "Libero Mail - Posta in arrivo", None)]


def corriere(article: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        (
            "goto",
            "https://www.corriere.it/",
            "Corriere della Sera - Ultime notizie: cronaca, politica, economia",
            None,
        )
    ]
    if article:
        steps.append(("click", f"https://www.corriere.it/{article[0]}", article[1], None))
    return steps


STEPS: list[Step] = [
    day("1 08:10"),
    *corriere(),
    *mail(),
    day("1 10:30"),
    search(GOOGLE, "crociera fiordi norvegesi giugno da kiel msc o costa", "crociera"),
    page(
        "https://www.msccrociere.it/crociere/nord-europa/fiordi-norvegesi",
        "Crociere Fiordi Norvegesi 2027 | MSC Crociere",
        "crociera",
    ),
    *tab(
        "https://www.costacrociere.it/destinazioni/nord-europa.html",
        "Crociere Nord Europa e Fiordi | Costa Crociere",
        "crociera",
    ),
    day("1 16:00"),
    search(BING, "apparecchi acustici prezzi e differenze retroauricolari", "udito"),
    page(
        "https://www.altroconsumo.it/salute/apparecchi-acustici/consigli/come-scegliere",
        "Apparecchi acustici: come scegliere | Altroconsumo",
        "udito",
    ),
    day("2 08:40"),
    *mail(),
    search(GOOGLE, "regalo battesimo nipote maschio idee nonna", "battesimo"),
    page(
        "https://www.nostrofiglio.it/neonato/battesimo/regali-battesimo",
        "Regali per il battesimo: 20 idee originali | Nostrofiglio.it",
        "battesimo",
    ),
    day("2 11:20"),
    search(GOOGLE, "rifacimento facciata condominio bonus 2027 detrazione", "facciata"),
    page(
        "https://www.agenziaentrate.gov.it/portale/web/guest/aree-tematiche/casa/agevolazioni",
        "Agevolazioni per la casa - Agenzia delle Entrate",
        "facciata",
    ),
    *tab(
        "https://www.ediltecnico.it/bonus-facciate-2027-condominio/",
        "Bonus facciate 2027: cosa resta per i condomini | Ediltecnico",
        "facciata",
    ),
    day("2 17:30"),
    *video_home(),
    search(BING, "corso acquerello principianti milano sabato", "acquerello"),
    page(
        "https://www.scuolacivicadiarte.it/corsi/acquerello",
        "Corso di acquerello per principianti | Scuola Civica d'Arte Milano",
        "acquerello",
    ),
    day("3 08:00"),
    *corriere(
        (
            "economia/consumi/27_marzo_03/crociere-prezzi-record-estate.shtml",
            "Crociere, prezzi record per l'estate - Corriere.it",
        )
    ),
    day("3 10:50"),
    search(GOOGLE, "escursioni geiranger e flam cosa prenotare dalla nave", "crociera"),
    page(
        "https://www.ilturistainformato.it/fiordi-norvegesi-escursioni",
        "Fiordi norvegesi: quali escursioni fare a Geiranger e Flåm | Il Turista Informato",
        "crociera",
    ),
    day("3 15:10"),
    search(BING, "esame audiometrico gratuito milano", "udito"),
    page(
        "https://www.amplifon.com/it/test-udito",
        "Test dell'udito gratuito | Amplifon",
        "udito",
    ),
    day("4 09:00"),
    *mail(),
    search(GOOGLE, "assemblea condominiale maggioranza lavori straordinari facciata", "facciata"),
    page(
        "https://www.condominioweb.com/maggioranze-lavori-straordinari.12345",
        "Lavori straordinari: le maggioranze in assemblea | Condominioweb",
        "facciata",
    ),
    day("4 14:20"),
    search(GOOGLE, "colori acquerello set per iniziare winsor newton cotman", "acquerello"),
    page(
        "https://www.amazon.it/Winsor-Newton-Cotman-Acquerelli-Mezzi/dp/B000KNL1UE",
        "Winsor & Newton Cotman Acquerelli, 12 mezzi godet : Amazon.it",
        "acquerello",
    ),
    day("4 20:30"),
    *video_home(),
    day("5 08:15"),
    *corriere(),
    day("5 10:00"),
    search(BING, "bracciale battesimo oro con nome incisione", "battesimo"),
    page(
        "https://www.stroili.com/it/bambino/battesimo",
        "Gioielli per il battesimo | Stroili",
        "battesimo",
    ),
    *tab(
        "https://www.etsy.com/it/market/bracciale_battesimo_nome",
        "Bracciale battesimo nome - Etsy Italia",
        "battesimo",
    ),
    day("5 16:40"),
    search(GOOGLE, "apparecchi acustici asl fornitura gratuita invalidità requisiti", "udito"),
    page(
        "https://www.ats-milano.it/servizi/protesica/apparecchi-acustici",
        "Protesica: apparecchi acustici | ATS Milano",
        "udito",
    ),
    day("6 09:30"),
    search(GOOGLE, "volo milano amburgo giugno per imbarco crociera kiel", "crociera"),
    page(
        "https://www.skyscanner.it/voli-da/mil/voli-per/ham/",
        "Voli economici da Milano ad Amburgo | Skyscanner",
        "crociera",
    ),
    *tab(
        "https://www.kiel-sailing-city.de/it/terminal-crociere",
        "Come raggiungere il terminal crociere di Kiel",
        "crociera",
    ),
    day("6 15:00"),
    search(BING, "ponteggio facciata quanto dura il cantiere condominio", "facciata"),
    page(
        "https://www.idealista.it/news/immobiliare/residenziale/2026/05/12/ponteggi-condominio-tempi",
        "Ponteggi in condominio: quanto durano i lavori | idealista",
        "facciata",
    ),
    day("7 08:20"),
    *mail(),
    day("7 11:00"),
    search(GOOGLE, "tecnica bagnato su bagnato acquerello cielo", "acquerello"),
    page(
        "https://www.youtube.com/watch?v=k2Gm7aTq1Xo",
        "Acquerello: la tecnica bagnato su bagnato per dipingere il cielo - YouTube",
        "acquerello",
    ),
    day("7 17:50"),
    search(GOOGLE, "cosa si regala al battesimo come nonni usanze", "battesimo"),
    page(
        "https://www.alfemminile.com/famiglia/regali-battesimo-nonni-s123456.html",
        "Regali di battesimo dai nonni: tradizioni e idee | alfemminile",
        "battesimo",
    ),
    day("8 08:30"),
    *corriere(),
    search(BING, "apparecchio acustico ricaricabile invisibile opinioni", "udito"),
    page(
        "https://www.forumsalute.it/community/apparecchi-acustici/ricaricabili-opinioni",
        "Apparecchi ricaricabili: le vostre opinioni | ForumSalute",
        "udito",
    ),
    day("8 15:30"),
    search(GOOGLE, "assicurazione annullamento crociera conviene", "crociera"),
    page(
        "https://www.altroconsumo.it/vacanze-tempo-libero/viaggi/consigli/assicurazione-annullamento",
        "Assicurazione annullamento viaggio: conviene? | Altroconsumo",
        "crociera",
    ),
    day("9 09:10"),
    *mail(),
    search(GOOGLE, "preventivo rifacimento facciata prezzo al metro quadro milano", "facciata"),
    page(
        "https://www.prontopro.it/costi/rifacimento-facciata",
        "Quanto costa rifare una facciata? Prezzi 2027 | ProntoPro",
        "facciata",
    ),
    day("9 16:20"),
    search(BING, "carta per acquerello 300g cotone o cellulosa", "acquerello"),
    page(
        "https://www.cartoleriaonline.it/blog/carta-acquerello-cotone-cellulosa",
        "Carta per acquerello: cotone o cellulosa? | Cartoleria Online",
        "acquerello",
    ),
    day("10 08:40"),
    *corriere(),
    *video_home(),
    day("10 11:30"),
    search(GOOGLE, "candela battesimo personalizzata consegna rapida", "battesimo"),
    page(
        "https://www.bomboniereonline.it/candele-battesimo-personalizzate",
        "Candele battesimo personalizzate | Bomboniere Online",
        "battesimo",
    ),
]

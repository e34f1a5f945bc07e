"""A café owner's ten days in Berlin, mostly in German, written in the fifty-first session
and scored before any change for it: a second-hand espresso machine for the café (two
groups, a dealer's offer, leasing), a barista hired on a mini-job (the advert, the
earnings limit, registering her, the hygiene briefing she needs), his own flat moved (a
removal firm, a parking ban for the van, registering the new address), a trip to the
coffee festival in Copenhagen (tickets, a train or a flight, a hotel), a till and
bookkeeping software (the fiscal security device, two programs, the tax adviser's
export) and a rash on his hands from the cleaning products. Between them he reads
Spiegel, Gmail, Instagram and YouTube. Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week177``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "kaffee.kiezbohne@gmail.com"


def mail() -> list[Step]:
    return [
        ("goto", "https://mail.google.com/mail/u/0/", f"Posteingang (6) - {ADDRESS} - Gmail", None)
    ]


def spiegel() -> list[Step]:
    return [("goto", "https://www.spiegel.de/", "DER SPIEGEL | Online-Nachrichten", None)]


def insta() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


def youtube() -> list[Step]:
    return [("goto", "https://www.youtube.com/", "YouTube", None)]


STEPS: list[Step] = [
    day("1 06:30"),
    *spiegel(),
    search(GOOGLE, "siebträgermaschine gastronomie 2 gruppig gebraucht", "machine"),
    page(
        "https://www.kleinanzeigen.de/s-siebtraegermaschine-2-gruppig/k0",
        "Siebträgermaschine 2 gruppig | Kleinanzeigen ist jetzt Kleinanzeigen",
        "machine",
    ),
    page(
        "https://www.espressoxxl.de/gastro-espressomaschinen/2-gruppig/",
        "Gastro Espressomaschinen 2-gruppig gebraucht & neu | EspressoXXL",
        "machine",
    ),
    day("1 14:10"),
    search(GOOGLE, "barista stellenanzeige muster minijob", "hire"),
    page(
        "https://www.indeed.com/hire/job-description/barista",
        "Barista job description template | Indeed",
        "hire",
    ),
    page(
        "https://www.minijob-zentrale.de/DE/die-minijobs/minijobs-im-gewerblichen-bereich/",
        "Minijobs im gewerblichen Bereich | Minijob-Zentrale",
        "hire",
    ),
    day("1 21:00"),
    search(GOOGLE, "umzugsfirma berlin kosten 2 zimmer wohnung", "move"),
    page(
        "https://www.umzugsauktion.de/umzugskosten/berlin/",
        "Umzugskosten Berlin 2027: Was kostet ein Umzug? | Umzugsauktion",
        "move",
    ),
    page(
        "https://www.check24.de/umzug/berlin/",
        "Umzugsunternehmen Berlin vergleichen | CHECK24",
        "move",
    ),
    day("2 07:15"),
    *insta(),
    search(DDG, "copenhagen coffee festival 2027 tickets", "trip"),
    page(
        "https://www.coffeefestival.dk/tickets",
        "Tickets | Copenhagen Coffee Festival",
        "trip",
    ),
    day("2 15:30"),
    search(GOOGLE, "kassensystem café tse pflicht 2027", "till"),
    page(
        "https://www.bundesfinanzministerium.de/Content/DE/FAQ/kassensicherungsverordnung.html",
        "FAQ Kassensicherungsverordnung - Bundesfinanzministerium",
        "till",
    ),
    page(
        "https://www.orderbird.com/de/kassensystem-cafe",
        "Kassensystem für Cafés | orderbird",
        "till",
    ),
    day("2 22:10"),
    search(GOOGLE, "hände rissig rot juckend nach putzmittel", "skin"),
    page(
        "https://www.netdoktor.de/krankheiten/kontaktekzem/",
        "Kontaktekzem: Ursachen, Symptome, Behandlung | NetDoktor",
        "skin",
    ),
    day("3 06:40"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a7d2f9c310",
        "1843004418266",
        "Angebot La Marzocco Linea PB 2GR - generalüberholt",
        "machine",
    ),
    search(GOOGLE, "la marzocco linea pb 2 gruppen gebraucht preis", "machine"),
    page(
        "https://www.coffeecircle.com/de/e/la-marzocco-linea-pb-test",
        "La Marzocco Linea PB im Test | Coffee Circle",
        "machine",
    ),
    search(GOOGLE, "leasing espressomaschine gastronomie erfahrungen", "machine"),
    page(
        "https://www.gastroleasing.de/espressomaschine-leasen/",
        "Espressomaschine leasen für die Gastronomie | GastroLeasing",
        "machine",
    ),
    day("3 16:20"),
    search(GOOGLE, "minijob verdienstgrenze 2027", "hire"),
    page(
        "https://www.minijob-zentrale.de/DE/die-minijobs/verdienstgrenze/",
        "Verdienstgrenze im Minijob | Minijob-Zentrale",
        "hire",
    ),
    day("3 20:30"),
    search(DDG, "halteverbotszone beantragen berlin umzug", "move"),
    page(
        "https://service.berlin.de/dienstleistung/326548/",
        "Halteverbot für Umzug einrichten - Service Berlin",
        "move",
    ),
    day("4 07:00"),
    *spiegel(),
    search(DDG, "flixbus berlin kopenhagen", "trip"),
    page(
        "https://global.flixbus.com/bus-routes/berlin-copenhagen",
        "Berlin to Copenhagen by bus from €29 | FlixBus",
        "trip",
    ),
    search(DDG, "flug berlin kopenhagen mai", "trip"),
    page(
        "https://www.skyscanner.de/flug/ber/cph/",
        "Günstige Flüge von Berlin nach Kopenhagen | Skyscanner",
        "trip",
    ),
    day("4 15:00"),
    search(GOOGLE, "lexoffice vs sevdesk gastronomie", "till"),
    page(
        "https://www.fuer-gruender.de/software/buchhaltung/lexoffice-vs-sevdesk/",
        "lexoffice vs. sevDesk: Buchhaltungssoftware im Vergleich | Für-Gründer.de",
        "till",
    ),
    day("4 21:30"),
    *youtube(),
    search(GOOGLE, "kontaktekzem hände creme apotheke", "skin"),
    page(
        "https://www.apotheken-umschau.de/krankheiten-symptome/hautkrankheiten/handekzem/",
        "Handekzem: Was hilft? | Apotheken Umschau",
        "skin",
    ),
    day("5 06:50"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a7d2f9c310",
        "1843078092155",
        "Bewerbung als Barista - Lena Hoffmann",
        "hire",
    ),
    search(GOOGLE, "infektionsschutzbelehrung berlin online neue mitarbeiterin", "hire"),
    page(
        "https://www.berlin.de/ba-mitte/politik-und-verwaltung/aemter/gesundheitsamt/"
        "infektionsschutz/belehrung/",
        "Belehrung nach § 43 Infektionsschutzgesetz - Gesundheitsamt Mitte",
        "hire",
    ),
    day("5 15:40"),
    search(GOOGLE, "bürgeramt termin ummeldung berlin", "move"),
    page(
        "https://service.berlin.de/dienstleistung/120686/",
        "Anmeldung einer Wohnung - Service Berlin",
        "move",
    ),
    day("6 08:00"),
    *insta(),
    search(GOOGLE, "hotel kopenhagen vesterbro günstig", "trip"),
    page(
        "https://www.booking.com/district/dk/copenhagen/vesterbro.de.html",
        "Hotels in Vesterbro, Kopenhagen | Booking.com",
        "trip",
    ),
    page(
        "https://www.tripadvisor.de/Hotels-g189541-zfn7236765-Copenhagen_Zealand-Hotels.html",
        "Vesterbro Hotels - Kopenhagen | Tripadvisor",
        "trip",
    ),
    day("6 14:20"),
    search(GOOGLE, "datev export lexoffice steuerberater", "till"),
    page(
        "https://support.lexoffice.de/de-form/articles/datev-export",
        "DATEV-Export für deinen Steuerberater | lexoffice Hilfe",
        "till",
    ),
    day("7 07:10"),
    *spiegel(),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a7d2f9c310",
        "1843140627781",
        "Ihr Umzugsangebot - Berliner Umzugsprofis, 14. Mai",
        "move",
    ),
    search(GOOGLE, "umzugskartons kaufen oder mieten berlin", "move"),
    page(
        "https://www.kartonfritze.de/umzugskartons-mieten-berlin",
        "Umzugskartons mieten in Berlin | Kartonfritze",
        "move",
    ),
    day("7 16:30"),
    search(GOOGLE, "minijob anmelden minijob-zentrale arbeitgeber", "hire"),
    page(
        "https://www.minijob-zentrale.de/DE/service/arbeitgeber/anmeldung/",
        "Minijobber anmelden | Minijob-Zentrale",
        "hire",
    ),
    day("8 09:00"),
    *youtube(),
    *tab(
        "https://www.youtube.com/watch?v=Lm3q7Xr2VbA",
        "La Marzocco Linea PB - Brühgruppe entkalken und Dichtung wechseln - YouTube",
        "machine",
    ),
    search(GOOGLE, "wasserfilter espressomaschine gastronomie festwasseranschluss", "machine"),
    page(
        "https://www.brita.de/gewerbe/kaffee-und-espresso/purity-c",
        "BRITA PURITY C für Kaffee und Espresso | BRITA Professional",
        "machine",
    ),
    day("8 19:40"),
    search(DDG, "hautarzt termin berlin neukölln kurzfristig", "skin"),
    page(
        "https://www.doctolib.de/hautarzt/berlin-neukoelln",
        "Hautarzt in Berlin-Neukölln - Termin online buchen | Doctolib",
        "skin",
    ),
    day("9 07:20"),
    *insta(),
    search(GOOGLE, "coffee festival copenhagen programme roasters", "trip"),
    page(
        "https://www.coffeefestival.dk/programme",
        "Programme | Copenhagen Coffee Festival",
        "trip",
    ),
    day("9 15:10"),
    *mail(),
    *gmail_message(
        ADDRESS,
        "a7d2f9c310",
        "1843206650019",
        "orderbird Angebot: iPad-Kasse mit TSE für Kiezbohne",
        "till",
    ),
    search(GOOGLE, "orderbird kosten monatlich erfahrungen", "till"),
    page(
        "https://www.capterra.com.de/reviews/148326/orderbird",
        "orderbird Erfahrungen & Bewertungen | Capterra",
        "till",
    ),
    day("10 08:30"),
    *spiegel(),
    search(GOOGLE, "kaution zurück alte wohnung wie lange berlin", "move"),
    page(
        "https://www.berliner-mieterverein.de/recht/infoblaetter/info-55-mietkaution.htm",
        "Mietkaution: Rückzahlung | Berliner Mieterverein",
        "move",
    ),
    day("10 20:00"),
    *youtube(),
]

"""A backend engineer's first ten days after moving to Berlin, written at the start of the
twenty-second session and scored before any change for it: registering the new address
(the Anmeldung), a Kafka consumer lagging at work, a used road bike, the German B1 exam, a
friend's wedding in Porto, a wisdom tooth and the first German tax return. Words cross
tasks: "form" of the registration and of the tax office, "exam" of the language and of the
dentist, "size" of a bike frame and of a Kafka batch, "certificate" of the language school
and of the registration. "berlin" is in the searches of most tasks. Gmail, the Guardian,
YouTube and r/berlin are opened most days. Searches go to Google and Bing.
Used by make_week_history.py (``week49``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GMAIL, GOOGLE, Step, day, page, search, tab, video_home

ADDRESS = "arjun.mehta@example.com"


def mail() -> list[Step]:
    return [("goto", GMAIL, f"Inbox (5) - {ADDRESS} - Gmail", None)]


def guardian(story: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        ("goto", "https://www.theguardian.com/international", "News | The Guardian", None)
    ]
    if story:
        steps.append(page(f"https://www.theguardian.com/{story[0]}", story[1], None))
    return steps


def berlin_sub() -> list[Step]:
    return [("goto", "https://www.reddit.com/r/berlin/", "Berlin - Reddit", None)]


KL = "https://www.kleinanzeigen.de/s-anzeige"

STEPS: list[Step] = [
    day("1 08:15"),
    *mail(),
    *guardian(),
    day("1 09:40"),
    search(GOOGLE, "kafka consumer lag keeps increasing after deploy", "kafka"),
    page(
        "https://stackoverflow.com/questions/61247711/kafka-consumer-lag-keeps-increasing",
        "Kafka consumer lag keeps increasing - Stack Overflow",
        "kafka",
    ),
    page(
        "https://docs.confluent.io/platform/current/clients/consumer.html",
        "Kafka Consumer for Confluent Platform | Confluent Documentation",
        "kafka",
    ),
    day("1 12:30"),
    search(GOOGLE, "buergeramt termin berlin anmeldung", "anmeldung"),
    page(
        "https://service.berlin.de/dienstleistung/120686/",
        "Anmeldung einer Wohnung - Service Berlin - Berlin.de",
        "anmeldung",
    ),
    page(
        "https://service.berlin.de/terminvereinbarung/termin/tag.php?termin=1&dienstleister=122210",
        "Terminvereinbarung - Service Berlin - Berlin.de",
        "anmeldung",
    ),
    day("1 19:30"),
    search(GOOGLE, "used road bike frame size 180cm 56 or 58", "bike"),
    page(
        "https://www.bikeradar.com/advice/buyers-guides/road-bike-sizing",
        "Road bike sizing: how to choose the right size bike | BikeRadar",
        "bike",
    ),
    page(
        "https://www.kleinanzeigen.de/s-rennrad/berlin/k0c217l3331",
        "Rennrad in Berlin | kleinanzeigen.de",
        "bike",
    ),
    page(
        f"{KL}/canyon-endurace-cf-7-rh-56/2781340021-217-3398",
        "Canyon Endurace CF 7 RH 56 | kleinanzeigen.de",
        "bike",
    ),
    day("2 08:15"),
    *mail(),
    *berlin_sub(),
    day("2 10:00"),
    search(BING, "max.poll.interval.ms rebalance consumer group slow processing", "kafka"),
    page(
        "https://kafka.apache.org/documentation/consumer-configs",
        "Apache Kafka Documentation",
        "kafka",
    ),
    page(
        "https://www.confluent.io/blog/kafka-consumer-multi-threaded-messaging/",
        "Multi-Threaded Message Consumption with the Apache Kafka Consumer | Confluent",
        "kafka",
    ),
    day("2 13:00"),
    search(GOOGLE, "goethe zertifikat b1 exam format modules", "german"),
    page(
        "https://www.goethe.de/en/spr/kup/prf/prf/gzb1.html",
        "Goethe-Zertifikat B1 - Goethe-Institut",
        "german",
    ),
    page(
        "https://www.youtube.com/watch?v=b1sprechen",
        "Goethe B1 Sprechen - full mock exam - YouTube",
        "german",
    ),
    day("2 20:00"),
    search(GOOGLE, "flights berlin to porto 12 june", "porto"),
    page(
        "https://www.google.com/travel/flights?q=Flights%20to%20OPO%20from%20BER%20on%202026-06-12",
        "Berlin to Porto | Google Flights",
        "porto",
    ),
    page(
        "https://www.ryanair.com/gb/en/cheap-flights/berlin-to-porto",
        "Cheap flights from Berlin to Porto | Ryanair",
        "porto",
    ),
    day("3 08:15"),
    *mail(),
    *guardian(
        (
            "world/2026/may/20/germany-rail-strike-talks",
            "German rail strike called off after talks | The Guardian",
        )
    ),
    day("3 11:00"),
    search(GOOGLE, "wohnungsgeberbestätigung landlord refuses to sign", "anmeldung"),
    page(
        "https://www.reddit.com/r/berlin/comments/1kq7ab/landlord_wont_give_wohnungsgeberbestatigung/",
        "Landlord won't give Wohnungsgeberbestätigung, what now? : r/berlin",
        "anmeldung",
    ),
    page(
        "https://www.berlin.de/formularverzeichnis/?formular=/labo/zentrale-einwohnerangelegenheiten/_assets/wohnungsgeberbestaetigung.pdf",
        "Wohnungsgeberbestätigung - Formular - Berlin.de",
        "anmeldung",
    ),
    day("3 16:30"),
    search(GOOGLE, "wisdom tooth pain swollen gum english speaking dentist berlin", "tooth"),
    page(
        "https://www.doctolib.de/zahnarzt/berlin?language=en",
        "Zahnarzt in Berlin - Termin online buchen | Doctolib",
        "tooth",
    ),
    page(
        "https://www.doctolib.de/zahnarzt/berlin/dr-lena-vogt",
        "Dr. Lena Vogt, Zahnärztin in Berlin | Doctolib",
        "tooth",
    ),
    page(
        "https://www.doctolib.de/zahnarzt/berlin/dr-lena-vogt/booking/confirmed",
        "Termin bestätigt | Doctolib",
        "tooth",
    ),
    day("3 21:00"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=bundesliga-hl",
        "Union Berlin vs Dortmund | Highlights - YouTube",
        None,
    ),
    day("4 08:15"),
    *mail(),
    *berlin_sub(),
    day("4 09:30"),
    search(BING, "kafka fetch.max.bytes max.poll.records batch size tuning", "kafka"),
    page(
        "https://strimzi.io/blog/2021/01/07/consumer-tuning/",
        "Optimizing Kafka consumers | Strimzi",
        "kafka",
    ),
    page(
        "https://github.com/acme-logistics/shipment-events/pull/412",
        "Lower max.poll.records and process in parallel by jdoe · Pull Request #412 · acme-logistics/shipment-events",
        "kafka",
    ),
    day("4 18:45"),
    search(GOOGLE, "shimano 105 vs tiagra worth the difference used", "bike"),
    page(
        "https://www.cyclingweekly.com/group-tests/shimano-105-vs-tiagra",
        "Shimano 105 vs Tiagra: which groupset should you choose? | Cycling Weekly",
        "bike",
    ),
    page(
        f"{KL}/cube-attain-gtc-105-rahmenhoehe-58/2779912213-217-3401",
        "Cube Attain GTC 105 Rahmenhöhe 58 | kleinanzeigen.de",
        "bike",
    ),
    day("5 08:15"),
    *mail(),
    *tab(
        "https://mail.google.com/mail/u/0/?ik=5d1&view=pt&search=all&permthid=thread-f:8812",
        f"Save the date: Inês & Tiago, 13 June, Porto - {ADDRESS} - Gmail",
        "porto",
    ),
    *guardian(),
    day("5 12:15"),
    search(GOOGLE, "telc b1 vs goethe b1 for einbürgerung", "german"),
    page(
        "https://www.reddit.com/r/German/comments/1j2k3l/telc_or_goethe_b1_for_citizenship/",
        "telc or Goethe B1 for citizenship? : r/German",
        "german",
    ),
    page(
        "https://www.telc.net/en/candidates/language-examinations/german/b1.html",
        "telc Deutsch B1 | telc",
        "german",
    ),
    day("5 17:00"),
    search(GOOGLE, "hotel ribeira porto walking distance se cathedral", "porto"),
    page(
        "https://www.booking.com/hotel/pt/pestana-vintage-porto.html",
        "Pestana Vintage Porto Hotel & World Heritage Site – Updated 2026 Prices",
        "porto",
    ),
    page(
        "https://www.booking.com/hotel/pt/the-yeatman.html",
        "The Yeatman, Vila Nova de Gaia – Updated 2026 Prices",
        "porto",
    ),
    day("6 10:30"),
    *video_home(),
    *berlin_sub(),
    day("6 11:30"),
    search(GOOGLE, "elster first tax return expat moved to germany mid year", "tax"),
    page(
        "https://www.elster.de/eportal/start",
        "Mein ELSTER - Ihr Online-Finanzamt",
        "tax",
    ),
    page(
        "https://allaboutberlin.com/guides/german-tax-declaration",
        "How to do your German tax declaration - All About Berlin",
        "tax",
    ),
    day("6 15:00"),
    (
        "goto",
        f"{KL}/canyon-endurace-cf-7-rh-56/2781340021-217-3398",
        "Canyon Endurace CF 7 RH 56 | kleinanzeigen.de",
        "bike",
    ),
    page(
        "https://www.kleinanzeigen.de/m-nachrichten.html",
        "Nachrichten | kleinanzeigen.de",
        "bike",
    ),
    search(GOOGLE, "checking used carbon frame for cracks before buying", "bike"),
    page(
        "https://www.youtube.com/watch?v=carboncheck",
        "How to Check a Used Carbon Bike for Damage - YouTube",
        "bike",
    ),
    day("7 08:15"),
    *mail(),
    *guardian(),
    day("7 10:00"),
    search(GOOGLE, "consumer lag grafana alert burrow vs kafka exporter", "kafka"),
    page(
        "https://github.com/danielqsj/kafka_exporter",
        "GitHub - danielqsj/kafka_exporter: Kafka exporter for Prometheus",
        "kafka",
    ),
    day("7 13:00"),
    search(GOOGLE, "wisdom tooth extraction swelling day 3 normal", "tooth"),
    page(
        "https://www.nhs.uk/conditions/wisdom-tooth-removal/recovery/",
        "Wisdom tooth removal - Recovery - NHS",
        "tooth",
    ),
    day("7 19:30"),
    search(BING, "anmeldung certificate meldebescheinigung needed for tax id", "anmeldung"),
    page(
        "https://www.bzst.de/EN/Private_individuals/Tax_identification_number/tax_identification_number_node.html",
        "Tax identification number - Federal Central Tax Office",
        "anmeldung",
    ),
    day("8 08:15"),
    *mail(),
    *berlin_sub(),
    day("8 12:30"),
    search(GOOGLE, "b1 schreiben formal letter example beschwerde", "german"),
    page(
        "https://deutschtraining.org/b1-schreiben-beschwerde/",
        "B1 Schreiben: Beschwerde - Beispiel | Deutschtraining",
        "german",
    ),
    day("8 18:00"),
    search(GOOGLE, "wedding guest outfit portugal june men linen suit", "porto"),
    page(
        "https://www.zalando.de/herren/anzuege-leinen/",
        "Leinenanzüge für Herren | ZALANDO",
        "porto",
    ),
    page(
        "https://www.zalando.de/selected-homme-slhslim-linen-suit-sa722a0bb-k11.html",
        "Selected Homme SLHSLIM LINEN SUIT - Anzug - sand | ZALANDO",
        "porto",
    ),
    day("9 09:00"),
    *mail(),
    *guardian(),
    day("9 11:00"),
    search(GOOGLE, "homeoffice pauschale 2026 tax form which line anlage n", "tax"),
    page(
        "https://www.finanztip.de/homeoffice-pauschale/",
        "Homeoffice-Pauschale 2026: So setzt Du sie ab | Finanztip",
        "tax",
    ),
    page(
        "https://www.wiso-steuer.de/steuer-ratgeber/anlage-n",
        "Anlage N ausfüllen: Anleitung | WISO Steuer",
        "tax",
    ),
    day("9 14:00"),
    (
        "goto",
        "https://service.berlin.de/terminvereinbarung/termin/tag.php?termin=1&dienstleister=122210",
        "Terminvereinbarung - Service Berlin - Berlin.de",
        "anmeldung",
    ),
    page(
        "https://service.berlin.de/terminvereinbarung/termin/confirm/",
        "Terminbestätigung - Service Berlin - Berlin.de",
        "anmeldung",
    ),
    day("10 10:00"),
    *video_home(),
    day("10 11:00"),
    search(BING, "taxfix vs wiso for expats english", "tax"),
    page(
        "https://www.reddit.com/r/germany/comments/1m4n5o/taxfix_or_wiso_for_first_tax_return/",
        "Taxfix or WISO for first tax return? : r/germany",
        "tax",
    ),
    page(
        "https://taxfix.de/en/",
        "Taxfix - Your tax return, done in 22 minutes",
        "tax",
    ),
    day("10 16:00"),
    search(GOOGLE, "goethe institut berlin b1 exam dates registration", "german"),
    page(
        "https://www.goethe.de/ins/de/en/sta/ber/prf/gzb1.cfm",
        "Goethe-Zertifikat B1 exam dates - Goethe-Institut Berlin",
        "german",
    ),
]

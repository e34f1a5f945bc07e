"""A Brazilian graphic designer's ten days in Lisbon, written in the twenty-sixth session after
all of its changes, and scored before any change for it: a residence permit to renew, a
bakery's logo for a client, surf lessons, a weekend in Porto for a friend's birthday, a
MacBook whose screen flickers, and her first Portuguese tax return as a freelancer. Gmail,
Público and Instagram are opened most days; a few searches are in Portuguese. Searches go
to Google and Bing.
Used by make_week_history.py (``week79``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, GOOGLE, Step, day, gmail_message, page, search, tab

ADDRESS = "larissa.design.lx@gmail.com"
INBOX = "5d4c3b2a19"
YT = "https://www.youtube.com/watch?v="


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (3) - {ADDRESS} - Gmail", None)]


def publico() -> list[Step]:
    return [("goto", "https://www.publico.pt/", "PÚBLICO: Notícias, desporto, cultura", None)]


def insta() -> list[Step]:
    return [("goto", "https://www.instagram.com/", "Instagram", None)]


STEPS: list[Step] = [
    day("1 08:30"),
    *mail(),
    *publico(),
    day("1 10:00"),
    search(GOOGLE, "aima residence permit renewal online how to", "permit"),
    page(
        "https://aima.gov.pt/pt/renovacao-de-autorizacao-de-residencia",
        "Renovação de Autorização de Residência - AIMA",
        "permit",
    ),
    page(
        "https://www.reddit.com/r/PortugalExpats/comments/1w2e3r4/aima_renewal_experience/",
        "AIMA renewal experience 2026? : r/PortugalExpats",
        "permit",
    ),
    day("1 11:30"),
    search(GOOGLE, "bakery logo design inspiration hand lettered", "logo"),
    page(
        "https://dribbble.com/tags/bakery-logo",
        "Bakery Logo designs, themes, templates | Dribbble",
        "logo",
    ),
    page(
        "https://www.behance.net/search/projects/bakery%20branding",
        "Bakery Branding Projects | Behance",
        "logo",
    ),
    day("1 18:00"),
    search(BING, "surf lessons costa da caparica beginner adults", "surf"),
    page(
        "https://www.surfcaparica.pt/en/surf-lessons",
        "Surf Lessons in Costa da Caparica | Caparica Surf School",
        "surf",
    ),
    day("2 08:20"),
    *mail(),
    *insta(),
    day("2 10:15"),
    search(GOOGLE, "font pairing serif script bakery brand", "logo"),
    page(
        "https://www.typewolf.com/font-pairings",
        "Font Pairing Ideas and Examples | Typewolf",
        "logo",
    ),
    day("2 16:40"),
    search(GOOGLE, "macbook air m2 screen flickering horizontal lines", "mac"),
    page(
        "https://discussions.apple.com/thread/254123456",
        "MacBook Air M2 screen flickering with lines - Apple Community",
        "mac",
    ),
    day("2 21:00"),
    search(GOOGLE, "comboio lisboa porto alfa pendular preço", "porto"),
    page(
        "https://www.cp.pt/passageiros/en/buy-tickets",
        "Buy tickets | CP - Comboios de Portugal",
        "porto",
    ),
    day("3 08:45"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1850012233445566001",
        "Agendamento confirmado: renovação AR, 21 março 09:40 - AIMA",
        "permit",
    ),
    *publico(),
    day("3 11:00"),
    search(GOOGLE, "documents needed residence permit renewal portugal freelancer", "permit"),
    page(
        "https://www.portugal.gov.pt/en/gc24/residence-permit-documents",
        "Documents for the renewal of a residence permit | República Portuguesa",
        "permit",
    ),
    day("3 15:20"),
    search(GOOGLE, "recibos verdes irs category b simplified regime", "irs"),
    page(
        "https://www.e-konomista.pt/recibos-verdes-irs/",
        "Recibos verdes e IRS: o que precisa de saber | E-Konomista",
        "irs",
    ),
    day("3 19:00"),
    search(GOOGLE, "wetsuit thickness for lisbon water temperature march", "surf"),
    page(
        "https://www.decathlon.pt/en/c/wetsuits",
        "Surf Wetsuits | Decathlon Portugal",
        "surf",
    ),
    day("4 08:30"),
    *mail(),
    *insta(),
    day("4 10:30"),
    search(BING, "illustrator brand guidelines template free", "logo"),
    page(
        "https://www.adobe.com/express/templates/brand-guidelines",
        "Free Brand Guidelines Templates | Adobe Express",
        "logo",
    ),
    day("4 14:00"),
    search(GOOGLE, "apple store lisboa colombo genius bar appointment", "mac"),
    page(
        "https://www.apple.com/pt/retail/colombo/",
        "Colombo - Apple Store - Apple (PT)",
        "mac",
    ),
    day("4 20:30"),
    search(GOOGLE, "best francesinha porto locals", "porto"),
    page(
        "https://www.timeout.com/porto/restaurants/best-francesinhas-in-porto",
        "The best francesinhas in Porto | Time Out Porto",
        "porto",
    ),
    day("5 09:00"),
    *mail(),
    *publico(),
    day("5 11:10"),
    search(GOOGLE, "nhr regime ended 2024 what replaces it ifici", "irs"),
    page(
        "https://www.idealista.pt/en/news/financial-advice-in-portugal/2024/ifici-regime",
        "IFICI: the new tax regime that replaces NHR | idealista",
        "irs",
    ),
    day("5 17:30"),
    search(GOOGLE, "surf forecast costa da caparica this weekend", "surf"),
    page(
        "https://www.surf-forecast.com/breaks/Costa-Da-Caparica/forecasts/latest",
        "Costa da Caparica Surf Forecast and Surf Reports | Surf-Forecast.com",
        "surf",
    ),
    day("6 09:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1850019988776655002",
        "Re: Padaria Flor logo - first round feedback",
        "logo",
    ),
    *insta(),
    day("6 10:00"),
    search(GOOGLE, "how to present logo concepts to client mockups", "logo"),
    page(
        "https://www.creativebloq.com/advice/how-to-present-logo-designs",
        "How to present logo designs to clients | Creative Bloq",
        "logo",
    ),
    day("6 15:00"),
    search(GOOGLE, "hostel porto ribeira private room friday saturday", "porto"),
    page(
        "https://www.hostelworld.com/hostels/Porto/Portugal",
        "Hostels in Porto, Portugal | Hostelworld",
        "porto",
    ),
    day("7 08:40"),
    *mail(),
    *publico(),
    day("7 12:20"),
    search(BING, "applecare without plan screen repair cost macbook air m2 portugal", "mac"),
    page(
        "https://support.apple.com/pt-pt/mac/repair",
        "Reparação do Mac - Suporte Apple (PT)",
        "mac",
    ),
    day("7 18:00"),
    search(GOOGLE, "portal das finanças irs automático freelancer entregar", "irs"),
    page(
        "https://www.portaldasfinancas.gov.pt/at/html/index.html",
        "Portal das Finanças",
        "irs",
    ),
    day("8 09:00"),
    *mail(),
    *insta(),
    day("8 11:30"),
    search(GOOGLE, "birthday gift ideas friend who loves wine porto", "porto"),
    page(
        "https://www.tawnyandruby.pt/presentes",
        "Presentes de Vinho do Porto | Tawny & Ruby",
        "porto",
    ),
    day("8 19:45"),
    search(GOOGLE, "pop up vs duck dive beginner surf tips", "surf"),
    *tab(
        f"{YT}nT8vB2xQ4mE",
        "How to Pop Up on a Surfboard - Beginner Tips - YouTube",
        "surf",
    ),
    day("9 08:30"),
    *mail(),
    *publico(),
    day("9 10:40"),
    search(GOOGLE, "aima appointment what to bring proof of means of subsistence", "permit"),
    page(
        "https://www.reddit.com/r/PortugalExpats/comments/1x5c6v7/aima_meios_de_subsistencia/",
        "AIMA appointment - proof of means of subsistence? : r/PortugalExpats",
        "permit",
    ),
    day("9 16:00"),
    search(GOOGLE, "export logo files for print and web formats checklist", "logo"),
    page(
        "https://99designs.com/blog/logo-branding/logo-file-formats/",
        "Logo file formats: what they are and when to use them | 99designs",
        "logo",
    ),
    day("10 09:00"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1850023344556677003",
        "Your repair is ready for pickup - Apple Colombo",
        "mac",
    ),
    day("10 12:00"),
    search(GOOGLE, "irs deadline 2026 portugal june freelancer deductions", "irs"),
    page(
        "https://www.doutorfinancas.pt/impostos/irs-2026-prazos/",
        "IRS 2026: prazos e deduções | Doutor Finanças",
        "irs",
    ),
]

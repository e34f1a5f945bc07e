"""A robotics PhD student's ten days in Munich, on her own laptop, written in the thirty-first
session after step 62, and scored before any change for it, in English with the German of
the offices: a room in a shared flat to find, her address to register, a paper's LaTeX
figures, a conference in Lisbon (travel and a poster), German lessons, and her bicycle's
brakes. Gmail, the Süddeutsche Zeitung and YouTube's front page are opened most days.
Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week112``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, tab, video_home

ADDRESS = "ana.ferreira.tum@gmail.com"
INBOX = "7f3c9e21b4"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (4) - {ADDRESS} - Gmail", None)]


def sz() -> list[Step]:
    return [
        (
            "goto",
            "https://www.sueddeutsche.de/",
            "Süddeutsche Zeitung: Aktuelle Nachrichten",
            None,
        )
    ]


STEPS: list[Step] = [
    day("1 08:30"),
    *mail(),
    *sz(),
    day("1 10:00"),
    search(GOOGLE, "latex subfigure side by side same height", "paper"),
    page(
        "https://tex.stackexchange.com/questions/218378/subfigures-side-by-side-same-height",
        "Subfigures side by side with the same height - TeX - LaTeX Stack Exchange",
        "paper",
    ),
    search(GOOGLE, "matplotlib export pgf for latex font match", "paper"),
    page(
        "https://matplotlib.org/stable/users/explain/text/pgf.html",
        "Text rendering with XeLaTeX/LuaLaTeX via the pgf backend — Matplotlib",
        "paper",
    ),
    day("1 19:30"),
    search(DDG, "wg zimmer münchen maxvorstadt unter 800 warm", "flat"),
    page(
        "https://www.wg-gesucht.de/wg-zimmer-in-Muenchen.90.0.1.0.html",
        "WG-Zimmer in München - WG-Gesucht.de",
        "flat",
    ),
    search(DDG, "wg casting tips what to ask germany", "flat"),
    page(
        "https://www.reddit.com/r/Munich/comments/1h2i3j4/wg_casting_tips/",
        "WG casting tips? : r/Munich",
        "flat",
    ),
    day("2 08:35"),
    *mail(),
    *video_home(),
    day("2 11:00"),
    search(GOOGLE, "icra 2027 poster size requirements portrait a0", "lisbon"),
    page(
        "https://2027.ieee-icra.org/attend/poster-guidelines/",
        "Poster Guidelines | ICRA 2027 Lisbon",
        "lisbon",
    ),
    day("2 20:00"),
    search(GOOGLE, "anmeldung munich kvr appointment online english", "anmeldung"),
    page(
        "https://stadt.muenchen.de/service/info/hauptabteilung-ii-buergerangelegenheiten/1063475/",
        "Wohnsitz anmelden - Landeshauptstadt München",
        "anmeldung",
    ),
    search(GOOGLE, "wohnungsgeberbestätigung what is it landlord form", "anmeldung"),
    page(
        "https://www.howtogermany.com/pages/anmeldung.html",
        "Anmeldung: Registering Your Address in Germany | How To Germany",
        "anmeldung",
    ),
    day("3 08:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1863344556677889901",
        "Einladung zum WG-Casting am Donnerstag - Zimmer in der Schellingstraße",
        "flat",
    ),
    *sz(),
    day("3 10:30"),
    search(GOOGLE, "latex table too wide for column resizebox vs tabularx", "paper"),
    page(
        "https://tex.stackexchange.com/questions/10863/is-there-a-way-to-slightly-shrink-a-table-including-font-size-to-fit-within-th",
        "Shrink a table to fit within the column - TeX - LaTeX Stack Exchange",
        "paper",
    ),
    day("3 19:00"),
    search(DDG, "bike disc brakes squeaking after rain fix", "bike"),
    page(
        "https://www.parktool.com/en-us/blog/repair-help/disc-brake-noise",
        "Disc Brake Noise | Park Tool",
        "bike",
    ),
    search(DDG, "fahrradwerkstatt maxvorstadt bremsen wechseln preis", "bike"),
    page(
        "https://www.google.com/maps/search/fahrradwerkstatt+maxvorstadt",
        "fahrradwerkstatt maxvorstadt - Google Maps",
        "bike",
    ),
    day("4 08:35"),
    *mail(),
    *video_home(),
    day("4 17:30"),
    search(GOOGLE, "goethe institut b1 course munich evening schedule price", "german"),
    page(
        "https://www.goethe.de/ins/de/en/sta/mue/kur.html",
        "German courses in Munich | Goethe-Institut",
        "german",
    ),
    search(GOOGLE, "b1 german dativ prepositions exercises", "german"),
    page(
        "https://deutsch.lingolia.com/en/grammar/prepositions/dative",
        "Dative prepositions in German grammar | Lingolia",
        "german",
    ),
    day("4 20:30"),
    search(GOOGLE, "munich to lisbon flights may lufthansa tap direct", "lisbon"),
    page(
        "https://www.skyscanner.de/routes/muc/lis/munich-to-lisbon.html",
        "Cheap flights from Munich to Lisbon | Skyscanner",
        "lisbon",
    ),
    day("5 08:30"),
    *mail(),
    *sz(),
    day("5 10:15"),
    search(GOOGLE, "overleaf compile timeout large pdf figures", "paper"),
    page(
        "https://www.overleaf.com/learn/how-to/Fixing_and_preventing_compile_timeouts",
        "Fixing and preventing compile timeouts - Overleaf",
        "paper",
    ),
    day("5 19:00"),
    search(DDG, "wg zimmer münchen schwabing möbliert ab juni", "flat"),
    page(
        "https://www.wg-gesucht.de/wg-zimmer-in-Muenchen-Schwabing.90.0.1.0.html",
        "WG-Zimmer in München-Schwabing - WG-Gesucht.de",
        "flat",
    ),
    day("6 11:00"),
    *mail(),
    *video_home(),
    day("6 12:00"),
    search(GOOGLE, "hotel near lisbon congress centre belem walking", "lisbon"),
    page(
        "https://www.booking.com/district/pt/lisbon/belem.html",
        "Hotels in Belém, Lisbon - Booking.com",
        "lisbon",
    ),
    *tab(
        "https://www.visitlisboa.com/en/places/belem",
        "Belém | Visit Lisboa",
        "lisbon",
    ),
    day("6 16:00"),
    search(GOOGLE, "german separable verbs list b1 practice", "german"),
    page(
        "https://www.thegermanprofessor.com/separable-verbs/",
        "German Separable Verbs | The German Professor",
        "german",
    ),
    day("7 08:30"),
    *mail(),
    *sz(),
    day("7 19:30"),
    search(GOOGLE, "kvr anmeldung documents needed passport rental contract", "anmeldung"),
    page(
        "https://www.reddit.com/r/Munich/comments/1i3j4k5/kvr_anmeldung_what_to_bring/",
        "KVR Anmeldung, what to bring? : r/Munich",
        "anmeldung",
    ),
    day("8 08:35"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1863344556677889902",
        "Terminbestätigung: Wohnsitzanmeldung, KVR Ruppertstraße",
        "anmeldung",
    ),
    *video_home(),
    day("8 10:00"),
    search(GOOGLE, "pgfplots vs matplotlib for robotics paper figures", "paper"),
    page(
        "https://tex.stackexchange.com/questions/84511/pgfplots-vs-matplotlib",
        "pgfplots vs matplotlib? - TeX - LaTeX Stack Exchange",
        "paper",
    ),
    day("8 19:00"),
    search(DDG, "replace disc brake pads shimano mt200 how to", "bike"),
    page(
        "https://www.youtube.com/watch?v=Bk7rT2pQw9s",
        "How to Replace Shimano Disc Brake Pads - YouTube",
        "bike",
    ),
    day("9 08:30"),
    *mail(),
    *sz(),
    day("9 11:00"),
    search(GOOGLE, "poster printing tum campus a0 fabric", "lisbon"),
    page(
        "https://www.it.tum.de/en/it/services/poster-printing/",
        "Poster printing | TUM IT",
        "lisbon",
    ),
    day("10 08:35"),
    *mail(),
    *video_home(),
    day("10 18:00"),
    search(GOOGLE, "wg casting follow up message after viewing", "flat"),
    page(
        "https://www.thelocal.de/20230512/how-to-win-over-a-german-flatshare",
        "How to win over a German flatshare | The Local",
        "flat",
    ),
]

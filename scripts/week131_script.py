"""A backend developer's ten days in Toronto, born in Recife, in Portuguese and in English, on
his laptop at home, written in the thirty-fifth session after its step 69 and scored before
any change for it: his Canadian citizenship application and test, his sister's wedding in
Recife (flights and a present), a system design interview, his daughter's swimming lessons,
a feijoada for friends, and tenant insurance. Between them he reads g1 and watches
Brasileirão highlights from YouTube's front page. Gmail is opened most days. Searches go to
Google and DuckDuckGo.
Used by make_week_history.py (``week131``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, gmail_message, page, search, video_home

ADDRESS = "rafael.cavalcanti.dev@gmail.com"
INBOX = "e2a6c8f4b0"


def mail() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            f"Caixa de entrada (8) - {ADDRESS} - Gmail",
            None,
        )
    ]


def g1() -> list[Step]:
    return [("goto", "https://g1.globo.com/", "g1 - O portal de notícias da Globo", None)]


def futebol(video: str, title: str) -> list[Step]:
    return [*video_home(), ("click", f"https://www.youtube.com/watch?v={video}", title, None)]


STEPS: list[Step] = [
    day("1 07:30"),
    *mail(),
    *g1(),
    day("1 20:00"),
    search(GOOGLE, "canadian citizenship application processing time 2027 online", "citizenship"),
    page(
        "https://www.canada.ca/en/immigration-refugees-citizenship/services/application/check-processing-times.html",
        "Check processing times - Canada.ca",
        "citizenship",
    ),
    search(GOOGLE, "physical presence calculator 1095 days absences", "citizenship"),
    page(
        "https://eservices.cic.gc.ca/rescalc/resCalcStartNew.do",
        "Physical Presence Calculator - Canada.ca",
        "citizenship",
    ),
    day("2 07:35"),
    *mail(),
    day("2 19:30"),
    search(DDG, "passagem toronto recife dezembro mais barata escala", "wedding"),
    page(
        "https://www.decolar.com/passagens-aereas/yto/rec/passagens-aereas-para-recife-saindo-de-toronto",
        "Passagens aéreas de Toronto para Recife | Decolar",
        "wedding",
    ),
    search(DDG, "toronto to recife flights december tap via lisbon vs latam", "wedding"),
    page(
        "https://www.google.com/travel/flights/toronto-to-recife.html",
        "Cheap flights from Toronto to Recife - Google Flights",
        "wedding",
    ),
    day("3 07:30"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1876700889900000001",
        "Onsite interview confirmed - System Design round, Thursday 2 PM",
        "interview",
    ),
    *g1(),
    day("3 20:15"),
    search(GOOGLE, "system design interview rate limiter token bucket redis", "interview"),
    page(
        "https://bytebytego.com/courses/system-design-interview/design-a-rate-limiter",
        "Design A Rate Limiter | ByteByteGo",
        "interview",
    ),
    search(GOOGLE, "design a notification service system design fanout", "interview"),
    page(
        "https://www.hellointerview.com/learn/system-design/problem-breakdowns/notification-service",
        "Design a Notification Service | Hello Interview",
        "interview",
    ),
    day("4 07:35"),
    *mail(),
    day("4 19:00"),
    *futebol("br4s1l30a", "Sport 2 x 1 Náutico | Melhores Momentos | Brasileirão - YouTube"),
    search(GOOGLE, "kids swimming lessons toronto city registration winter 2027", "swim"),
    page(
        "https://www.toronto.ca/explore-enjoy/recreation/skating-swimming/swimming/learn-to-swim/",
        "Learn to Swim Programs - City of Toronto",
        "swim",
    ),
    search(GOOGLE, "aulas de natação criança 6 anos quantas vezes por semana", "swim"),
    page(
        "https://www.tuasaude.com/natacao-infantil/",
        "Natação infantil: benefícios e com que idade começar | Tua Saúde",
        "swim",
    ),
    day("5 07:30"),
    *mail(),
    *g1(),
    day("5 12:30"),
    search(DDG, "citizenship test practice questions discover canada free", "citizenship"),
    page(
        "https://www.citizenshipcounts.ca/citizenship-test-practice",
        "Canadian Citizenship Test Practice | Citizenship Counts",
        "citizenship",
    ),
    day("5 20:30"),
    search(GOOGLE, "onde comprar carne seca em toronto feijoada", "feijoada"),
    page(
        "https://www.reddit.com/r/toronto/comments/1f3j4d5/where_to_buy_brazilian_carne_seca/",
        "Where to buy Brazilian carne seca? : r/toronto",
        "feijoada",
    ),
    search(GOOGLE, "feijoada completa receita para 10 pessoas quantidade", "feijoada"),
    page(
        "https://www.tudogostoso.com.br/receita/2998-feijoada-completa.html",
        "Feijoada completa - receita | TudoGostoso",
        "feijoada",
    ),
    day("6 10:00"),
    search(GOOGLE, "tenant insurance ontario cost per month what does it cover", "insurance"),
    page(
        "https://www.ratehub.ca/tenant-insurance/ontario",
        "Tenant Insurance in Ontario: Average Cost | Ratehub.ca",
        "insurance",
    ),
    search(GOOGLE, "tenant insurance liability 2 million landlord requires", "insurance"),
    page(
        "https://www.squareone.ca/resources/renters/does-my-landlord-require-tenant-insurance",
        "Can my landlord require tenant insurance? | Square One",
        "insurance",
    ),
    day("6 15:00"),
    search(DDG, "lista de presentes casamento recife ideias irmã", "wedding"),
    page(
        "https://www.casamentos.com.br/artigos/lista-de-presentes-de-casamento--c8421",
        "Lista de presentes de casamento: ideias | Casamentos.com.br",
        "wedding",
    ),
    day("7 07:35"),
    *mail(),
    *gmail_message(
        ADDRESS,
        INBOX,
        "1876700889900000002",
        "Confirmação de inscrição - Learn to Swim Level 2, Sábados 10h",
        "swim",
    ),
    day("7 20:00"),
    search(GOOGLE, "consistent hashing explained system design interview", "interview"),
    page(
        "https://www.toptal.com/big-data/consistent-hashing",
        "A Guide to Consistent Hashing | Toptal",
        "interview",
    ),
    day("8 07:30"),
    *mail(),
    *g1(),
    day("8 19:30"),
    *futebol("br4s1l30b", "Flamengo 3 x 0 Palmeiras | Gols | Brasileirão - YouTube"),
    search(GOOGLE, "citizenship oath ceremony virtual what to expect", "citizenship"),
    page(
        "https://www.canada.ca/en/immigration-refugees-citizenship/services/canadian-citizenship/citizenship-ceremony.html",
        "The citizenship ceremony - Canada.ca",
        "citizenship",
    ),
    search(GOOGLE, "couve à mineira e farofa acompanhamento feijoada", "feijoada"),
    page(
        "https://www.receitasnestle.com.br/receitas/couve-a-mineira",
        "Couve à mineira | Receitas Nestlé",
        "feijoada",
    ),
    day("9 07:35"),
    *mail(),
    day("9 20:00"),
    search(DDG, "hotel boa viagem recife perto da praia família", "wedding"),
    page(
        "https://www.booking.com/district/br/recife/boaviagem.pt-br.html",
        "Hotéis em Boa Viagem, Recife - Booking.com",
        "wedding",
    ),
    search(GOOGLE, "goggles for kids swimming lessons anti fog", "swim"),
    page(
        "https://www.speedo.ca/collections/kids-goggles",
        "Kids Goggles | Speedo Canada",
        "swim",
    ),
    day("10 07:30"),
    *mail(),
    *g1(),
    day("10 18:30"),
    search(GOOGLE, "tenant insurance square one vs sonnet review", "insurance"),
    page(
        "https://www.moneysense.ca/save/insurance/home/best-tenant-insurance-canada/",
        "Best tenant insurance in Canada | MoneySense",
        "insurance",
    ),
]

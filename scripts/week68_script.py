"""A web developer's ten days in Lisbon, written in the twenty-fourth session and scored
before any change for it. Two side projects run on his own machine, each on its port and
titled as its framework leaves it: a recipe site in React ("Vite + React + TS" on
localhost:5173) and a FastAPI service for his flat's sensors ("FastAPI - Swagger UI" on
localhost:8000). At work he moves a client's CI to GitHub Actions; around them, a week in
Sicily, an e-bike bought, and Japanese learnt for a trip next year. GitHub, Stack Overflow
and ChatGPT serve three tasks. Gmail, Hacker News, Público and YouTube are opened most days.
Searches go to Google and DuckDuckGo.
Used by make_week_history.py (``week68``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import DDG, GOOGLE, Step, day, page, search, tab, video_home

ADDRESS = "tiago.mendes.dev@gmail.com"
VITE = "http://localhost:5173"
API = "http://localhost:8000"
SO = "https://stackoverflow.com/questions"
GH = "https://github.com"


def mail() -> list[Step]:
    return [("goto", "https://mail.google.com/mail/u/0/", f"Inbox (9) - {ADDRESS} - Gmail", None)]


def hn() -> list[Step]:
    return [("goto", "https://news.ycombinator.com/", "Hacker News", None)]


def publico() -> list[Step]:
    return [("goto", "https://www.publico.pt/", "PÚBLICO: Notícias de Portugal e do Mundo", None)]


STEPS: list[Step] = [
    day("1 08:30"),
    *mail(),
    *hn(),
    day("1 10:00"),
    search(GOOGLE, "github actions matrix node 18 20 cache npm", "ci"),
    page(
        "https://docs.github.com/en/actions/using-jobs/using-a-matrix-for-your-jobs",
        "Using a matrix for your jobs - GitHub Docs",
        "ci",
    ),
    page(
        f"{GH}/actions/setup-node",
        "GitHub - actions/setup-node: Set up your GitHub Actions workflow with a specific version of node.js",
        "ci",
    ),
    day("1 21:00"),
    ("goto", f"{VITE}/", "Vite + React + TS", "recipes"),
    search(DDG, "react router v7 nested routes loader example", "recipes"),
    page(
        "https://reactrouter.com/start/framework/routing",
        "Routing | React Router",
        "recipes",
    ),
    ("goto", f"{VITE}/recipes/new", "Vite + React + TS", "recipes"),
    day("2 08:30"),
    *mail(),
    *publico(),
    day("2 13:00"),
    search(GOOGLE, "sicily one week itinerary palermo to catania by car", "sicily"),
    page(
        "https://www.lonelyplanet.com/articles/sicily-itinerary",
        "The best Sicily itinerary for a week - Lonely Planet",
        "sicily",
    ),
    page(
        "https://www.reddit.com/r/italy/comments/1d2e3f4/one_week_in_sicily_by_car/",
        "One week in Sicily by car - worth it? : r/italy",
        "sicily",
    ),
    day("2 21:30"),
    ("goto", f"{API}/docs", "FastAPI - Swagger UI", "sensors"),
    search(DDG, "fastapi websocket broadcast to all clients", "sensors"),
    page(
        f"{SO}/71827145/fastapi-websocket-broadcast-message-to-all-connected-clients",
        "python - FastAPI websocket broadcast message to all connected clients - Stack Overflow",
        "sensors",
    ),
    ("goto", f"{API}/docs", "FastAPI - Swagger UI", "sensors"),
    day("3 08:30"),
    *mail(),
    *hn(),
    day("3 10:30"),
    search(GOOGLE, "github actions deploy to aws ecs oidc role", "ci"),
    page(
        "https://docs.github.com/en/actions/deployment/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services",
        "Configuring OpenID Connect in Amazon Web Services - GitHub Docs",
        "ci",
    ),
    page(
        f"{GH}/aws-actions/amazon-ecs-deploy-task-definition",
        "GitHub - aws-actions/amazon-ecs-deploy-task-definition",
        "ci",
    ),
    day("3 19:00"),
    search(GOOGLE, "e-bike commuting lisbon hills 250w enough", "ebike"),
    page(
        "https://www.reddit.com/r/lisboa/comments/1a9b8c7/ebike_for_lisbon_hills/",
        "E-bike for Lisbon hills? : r/lisboa",
        "ebike",
    ),
    page(
        "https://www.decathlon.pt/p/bicicleta-eletrica-btwin-e-fold-500/_/R-p-335711",
        "Bicicleta elétrica dobrável E-Fold 500 | Decathlon",
        "ebike",
    ),
    day("4 08:30"),
    *mail(),
    *publico(),
    day("4 21:00"),
    ("goto", f"{VITE}/", "Vite + React + TS", "recipes"),
    search(DDG, "tailwind v4 vite plugin setup dark mode", "recipes"),
    page(
        "https://tailwindcss.com/docs/installation/using-vite",
        "Installing Tailwind CSS with Vite - Tailwind CSS",
        "recipes",
    ),
    page(
        f"{SO}/79012345/tailwind-v4-dark-mode-class-not-working",
        "reactjs - Tailwind v4 dark mode class not working - Stack Overflow",
        "recipes",
    ),
    day("5 09:00"),
    *mail(),
    *hn(),
    day("5 11:00"),
    search(GOOGLE, "wanikani vs anki for kanji beginner", "japanese"),
    page(
        "https://www.reddit.com/r/LearnJapanese/comments/1b2c3d4/wanikani_or_anki_in_2026/",
        "WaniKani or Anki in 2026? : r/LearnJapanese",
        "japanese",
    ),
    page(
        "https://www.wanikani.com/",
        "WaniKani / Radicals, Kanji, Vocabulary, Mnemonics, SRS",
        "japanese",
    ),
    day("5 15:00"),
    search(GOOGLE, "github actions reusable workflow secrets inherit", "ci"),
    page(
        "https://docs.github.com/en/actions/using-workflows/reusing-workflows",
        "Reusing workflows - GitHub Docs",
        "ci",
    ),
    day("5 22:00"),
    *video_home(),
    day("6 10:00"),
    *mail(),
    *publico(),
    day("6 12:00"),
    search(GOOGLE, "agriturismo near noto with pool", "sicily"),
    page(
        "https://www.booking.com/region/it/val-di-noto.html",
        "Agriturismi in Val di Noto | Booking.com",
        "sicily",
    ),
    day("6 16:00"),
    ("goto", f"{API}/docs", "FastAPI - Swagger UI", "sensors"),
    search(DDG, "sqlalchemy async session fastapi dependency", "sensors"),
    page(
        "https://fastapi.tiangolo.com/tutorial/sql-databases/",
        "SQL (Relational) Databases - FastAPI",
        "sensors",
    ),
    day("7 08:30"),
    *mail(),
    *hn(),
    day("7 13:00"),
    search(GOOGLE, "e-bike insurance portugal theft", "ebike"),
    page(
        "https://www.fidelidade.pt/seguros/bicicletas",
        "Seguro de Bicicletas | Fidelidade",
        "ebike",
    ),
    day("7 20:30"),
    search(GOOGLE, "genki 1 vs minna no nihongo self study", "japanese"),
    page(
        "https://www.tofugu.com/japanese/genki-vs-minna-no-nihongo/",
        "Genki vs Minna no Nihongo: Which Textbook Should You Use? | Tofugu",
        "japanese",
    ),
    day("8 08:30"),
    *mail(),
    *publico(),
    day("8 10:30"),
    search(GOOGLE, "github actions concurrency cancel in progress pull request", "ci"),
    page(
        f"{SO}/66335225/how-to-cancel-previous-runs-in-the-pr-when-you-push-new-commits",
        "How to cancel previous runs in the PR when you push new commits? - Stack Overflow",
        "ci",
    ),
    *tab(
        f"{GH}/acme-retail/checkout-web/pull/214",
        "ci: move build and deploy to GitHub Actions by tmendes · Pull Request #214 · acme-retail/checkout-web",
        "ci",
    ),
    day("8 21:00"),
    ("goto", f"{VITE}/recipes/new", "Vite + React + TS", "recipes"),
    search(DDG, "react hook form zod array of ingredients", "recipes"),
    page(
        "https://react-hook-form.com/docs/usefieldarray",
        "useFieldArray | React Hook Form",
        "recipes",
    ),
    day("9 09:00"),
    *mail(),
    *hn(),
    day("9 13:00"),
    search(GOOGLE, "car rental palermo airport excess insurance sicily", "sicily"),
    page(
        "https://www.rentalcars.com/en/airport/it/palermo/",
        "Car Hire at Palermo Airport | Rentalcars.com",
        "sicily",
    ),
    day("9 21:30"),
    ("goto", f"{API}/docs", "FastAPI - Swagger UI", "sensors"),
    search(DDG, "mqtt esp32 temperature sensor python paho", "sensors"),
    page(
        "https://randomnerdtutorials.com/esp32-mqtt-publish-subscribe-arduino-ide/",
        "ESP32 MQTT - Publish and Subscribe with Arduino IDE | Random Nerd Tutorials",
        "sensors",
    ),
    day("10 09:00"),
    *mail(),
    *publico(),
    day("10 11:00"),
    search(GOOGLE, "e-bike shop lisbon test ride", "ebike"),
    page(
        "https://www.lisbonebikes.pt/test-ride",
        "Test Ride | Lisbon E-Bikes",
        "ebike",
    ),
    day("10 20:00"),
    search(GOOGLE, "hiragana in a week method", "japanese"),
    page(
        "https://www.tofugu.com/japanese/learn-hiragana/",
        "Learn Hiragana: The Ultimate Guide | Tofugu",
        "japanese",
    ),
]

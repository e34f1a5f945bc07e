"""A backend developer's ten days in São Paulo, in Portuguese (and English for work),
written in the fifty-sixth session and scored before any change for it: a Kubernetes
autoscaler that does not scale (in English), new floors for the flat (vinyl planks, an
installer, the price per square metre), a winter trip to Chile (flights to Santiago, the
Atacama desert, a ski day), the income tax return (the deadline, medical expenses), and a
kitten adopted from a shelter. Between them he reads Gmail, g1 and YouTube, and one story
from g1's front page. Searches go to Google and DuckDuckGo; one goes to Amazon's own.
Used by make_week_history.py (``week202``); steps as in week_script.py.
"""

from __future__ import annotations

from urllib.parse import quote_plus

from week_script import (
    DDG,
    GOOGLE,
    Step,
    day,
    gmail_message,
    page,
    tab,
    video_home,
)

ADDRESS = "thiago.nakamura.dev@gmail.com"
IK = "5e8c2a17b3"


def google(query: str, task: str) -> Step:
    """A search on Google in Portuguese, with the title Google gives it there."""
    return ("goto", GOOGLE + quote_plus(query), f"{query} - Pesquisa Google", task)


def ddg(query: str, task: str) -> Step:
    return ("goto", DDG + quote_plus(query), f"{query} at DuckDuckGo", task)


def inbox() -> list[Step]:
    return [
        (
            "goto",
            "https://mail.google.com/mail/u/0/",
            f"Caixa de entrada (5) - {ADDRESS} - Gmail",
            None,
        )
    ]


def g1(story: tuple[str, str] | None = None) -> list[Step]:
    steps: list[Step] = [
        ("goto", "https://g1.globo.com/", "g1 - O portal de notícias da Globo", None)
    ]
    if story:
        steps.append(("click", f"https://g1.globo.com/{story[0]}", story[1], None))
    return steps


def message(thread: str, subject: str, task: str | None) -> list[Step]:
    return gmail_message(ADDRESS, IK, thread, subject, task)


STEPS: list[Step] = [
    day("1 08:00"),
    *g1(),
    *inbox(),
    day("1 10:30"),
    google("kubernetes hpa not scaling unable to get metrics for resource cpu", "k8s"),
    page(
        "https://stackoverflow.com/questions/54106725/docker-kubernetes-hpa-unable-to-get-metrics-for-resource-cpu",
        "docker - Kubernetes HPA: unable to get metrics for resource cpu - Stack Overflow",
        "k8s",
    ),
    *tab(
        "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale-walkthrough/",
        "HorizontalPodAutoscaler Walkthrough | Kubernetes",
        "k8s",
    ),
    day("1 20:10"),
    google("piso vinílico preço m2 instalado são paulo", "piso"),
    page(
        "https://www.habitissimo.com.br/orcamentos/piso-vinilico/sao-paulo",
        "Quanto custa instalar piso vinílico em São Paulo - Habitissimo",
        "piso",
    ),
    day("2 08:10"),
    *inbox(),
    day("2 12:40"),
    ddg("passagem aérea são paulo santiago julho", "chile"),
    page(
        "https://www.latamairlines.com/br/pt/oferta-voos/voos-sao-paulo-para-santiago",
        "Passagens aéreas de São Paulo para Santiago | LATAM",
        "chile",
    ),
    day("2 21:00"),
    google("declaração imposto de renda 2027 prazo quem precisa declarar", "ir"),
    page(
        "https://www.gov.br/receitafederal/pt-br/assuntos/meu-imposto-de-renda",
        "Meu Imposto de Renda — Receita Federal",
        "ir",
    ),
    day("3 08:05"),
    *g1(
        (
            "sp/sao-paulo/noticia/2026/11/linha-6-laranja-metro-inauguracao.ghtml",
            "Linha 6-Laranja do metrô tem data de inauguração | São Paulo | g1",
        )
    ),
    day("3 10:50"),
    google("metrics-server kubelet insecure tls eks", "k8s"),
    page(
        "https://github.com/kubernetes-sigs/metrics-server/blob/master/README.md",
        "metrics-server/README.md at master · kubernetes-sigs/metrics-server · GitHub",
        "k8s",
    ),
    day("3 19:30"),
    google("adotar gato filhote são paulo ong", "gato"),
    page(
        "https://www.catland.org.br/adote",
        "Adote um gato - Catland",
        "gato",
    ),
    *tab(
        "https://www.adotepetz.com.br/gatos/sao-paulo",
        "Gatos para adoção em São Paulo - Adote Petz",
        "gato",
    ),
    day("4 08:10"),
    *inbox(),
    *message(
        "1794123456789012345",
        "Orçamento piso vinílico - apartamento 72m² Vila Mariana",
        "piso",
    ),
    day("4 12:30"),
    ddg("deserto do atacama quantos dias passeios san pedro", "chile"),
    page(
        "https://www.viajenaviagem.com/destino/atacama/",
        "Deserto do Atacama: roteiro, passeios e dicas - Viaje na Viagem",
        "chile",
    ),
    day("4 20:40"),
    *video_home(),
    page(
        "https://www.youtube.com/watch?v=Pd4mK8xQw2r",
        "Palmeiras x Corinthians - Melhores Momentos - YouTube",
        None,
    ),
    day("5 08:00"),
    *g1(),
    day("5 11:00"),
    google("hpa scale on custom metrics prometheus adapter requests per second", "k8s"),
    page(
        "https://github.com/kubernetes-sigs/prometheus-adapter/blob/master/docs/walkthrough.md",
        "prometheus-adapter/docs/walkthrough.md at master · kubernetes-sigs/prometheus-adapter",
        "k8s",
    ),
    day("5 20:20"),
    google("despesas médicas dedução imposto de renda plano de saúde dentista", "ir"),
    page(
        "https://www.gov.br/receitafederal/pt-br/assuntos/meu-imposto-de-renda/preenchimento/despesas-medicas",
        "Despesas médicas — Receita Federal",
        "ir",
    ),
    day("6 08:15"),
    *inbox(),
    day("6 12:20"),
    google("piso vinílico clicado ou colado qual melhor apartamento", "piso"),
    page(
        "https://www.tarkett.com.br/pt_BR/blog/piso-vinilico-clicado-ou-colado",
        "Piso vinílico clicado ou colado: qual escolher? | Tarkett",
        "piso",
    ),
    day("6 20:50"),
    ddg("ração filhote de gato melhor custo benefício", "gato"),
    page(
        "https://www.petz.com.br/blog/gatos/alimentacao-gatos/racao-para-filhote-de-gato/",
        "Ração para filhote de gato: como escolher - Blog Petz",
        "gato",
    ),
    page(
        "https://www.amazon.com.br/s?k=arranhador+para+gato+filhote",
        "Amazon.com.br : arranhador para gato filhote",
        "gato",
        action="goto",
    ),
    day("7 08:05"),
    *g1(),
    day("7 12:10"),
    google("valle nevado day trip saindo de santiago preço julho", "chile"),
    page(
        "https://www.vallenevado.com/pt/",
        "Valle Nevado - Centro de Ski no Chile",
        "chile",
    ),
    day("7 19:40"),
    google("informe de rendimentos banco onde baixar irpf", "ir"),
    page(
        "https://www.serasa.com.br/blog/informe-de-rendimentos/",
        "Informe de rendimentos: o que é e como consultar - Serasa",
        "ir",
    ),
    day("8 08:10"),
    *inbox(),
    *message(
        "1794167890123456789",
        "Adoção aprovada! Próximos passos para buscar a Mimi",
        "gato",
    ),
    day("8 11:40"),
    google("kubectl describe hpa failedgetresourcemetric missing request for cpu", "k8s"),
    page(
        "https://stackoverflow.com/questions/62359453/hpa-failedgetresourcemetric-missing-request-for-cpu",
        "kubernetes - HPA FailedGetResourceMetric: missing request for cpu - Stack Overflow",
        "k8s",
    ),
    day("8 20:30"),
    google("precisa de passaporte para ir ao chile brasileiro rg", "chile"),
    page(
        "https://www.gov.br/mre/pt-br/assuntos/portal-consular/alerta-de-viagem/chile",
        "Chile — Portal Consular - Ministério das Relações Exteriores",
        "chile",
    ),
    day("9 08:00"),
    *g1(),
    day("9 12:30"),
    ddg("instalador de piso vinílico zona sul sp avaliações", "piso"),
    page(
        "https://www.getninjas.com.br/reformas-e-reparos/instalacao-de-piso-vinilico/sao-paulo",
        "Instalação de piso vinílico em São Paulo - GetNinjas",
        "piso",
    ),
    day("9 21:00"),
    *video_home(),
    google("primeira consulta veterinário filhote gato vacinas v4", "gato"),
    page(
        "https://www.petlove.com.br/dicas/vacinas-para-gatos",
        "Vacinas para gatos: calendário completo - Petlove",
        "gato",
    ),
    day("10 08:10"),
    *inbox(),
    day("10 11:20"),
    google("restituição imposto de renda lote quando cai", "ir"),
    page(
        "https://www.gov.br/receitafederal/pt-br/assuntos/meu-imposto-de-renda/restituicao",
        "Restituição — Receita Federal",
        "ir",
    ),
    day("10 20:00"),
    ddg("santiago chile onde ficar providencia ou lastarria", "chile"),
    page(
        "https://www.melhoresdestinos.com.br/onde-ficar-em-santiago.html",
        "Onde ficar em Santiago: melhores bairros - Melhores Destinos",
        "chile",
    ),
]

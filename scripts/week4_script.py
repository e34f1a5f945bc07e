"""A developer's week: four work tasks of one trade, interleaved in the same sittings (a flaky
test, a PostgreSQL upgrade, autoscaling in Kubernetes, a React Native side project at night),
and a dentist. Work habits: Slack, mail, Hacker News, GitHub notifications. Written after
every rule of the engine was set, and scored before any change: it checks that tasks of the
same trade, whose searches a sentence model finds somewhat alike, are kept apart. Used by
make_week_history.py (``week4``); steps as in week_script.py.
"""

from __future__ import annotations

from week_script import BING, DDG, GOOGLE, Step, day, search

SO = "https://stackoverflow.com/questions"
GH = "https://github.com"
PG = "https://www.postgresql.org/docs/16"
K8S = "https://kubernetes.io/docs"
EXPO = "https://docs.expo.dev"


def habits() -> list[Step]:
    return [
        ("goto", "https://app.slack.com/client/T01/C02", "general (Channel) - acme - Slack", None),
        ("goto", "https://mail.google.com/mail/u/0/", "Inbox (4) - dev@acme.io - Acme Mail", None),
    ]


def hn() -> list[Step]:
    return [("goto", "https://news.ycombinator.com/", "Hacker News", None)]


def notifications() -> list[Step]:
    return [("goto", f"{GH}/notifications", "Notifications", None)]


STEPS: list[Step] = [
    day("1 09:05"),
    *habits(),
    *notifications(),
    day("1 09:30"),
    (
        "goto",
        f"{GH}/acme/billing/actions/runs/551",
        "test: billing · acme/billing@e21f0c3",
        "flaky",
    ),
    search(GOOGLE, "pytest test passes locally fails in ci randomly", "flaky"),
    (
        "click",
        f"{SO}/41520410/pytest-tests-pass-locally-but-fail-on-ci",
        "python - Pytest tests pass locally but fail on CI - Stack Overflow",
        "flaky",
    ),
    search(GOOGLE, "pg_upgrade 15 to 16", "pg16"),
    ("click", f"{PG}/pgupgrade.html", "PostgreSQL: Documentation: 16: pg_upgrade", "pg16"),
    search(GOOGLE, "pytest-randomly order dependent tests", "flaky"),
    (
        "click",
        "https://pypi.org/project/pytest-randomly/",
        "pytest-randomly · PyPI",
        "flaky",
    ),
    day("1 14:10"),
    search(GOOGLE, "postgres 16 release notes incompatibilities", "pg16"),
    ("click", f"{PG}/release-16.html", "PostgreSQL: Documentation: 16: E.10. Release 16", "pg16"),
    search(GOOGLE, "kubernetes hpa custom metrics", "k8s"),
    (
        "click",
        f"{K8S}/tasks/run-application/horizontal-pod-autoscale-walkthrough/",
        "HorizontalPodAutoscaler Walkthrough | Kubernetes",
        "k8s",
    ),
    *hn(),
    day("1 21:30"),
    search(GOOGLE, "expo router tabs layout", "app"),
    ("click", f"{EXPO}/router/advanced/tabs/", "Tabs - Expo Documentation", "app"),
    search(GOOGLE, "react native async storage expo", "app"),
    (
        "click",
        f"{EXPO}/versions/latest/sdk/async-storage/",
        "@react-native-async-storage/async-storage - Expo Documentation",
        "app",
    ),
    day("2 09:00"),
    *habits(),
    day("2 09:40"),
    search(GOOGLE, "freezegun timezone test fails in ci utc", "flaky"),
    (
        "click",
        f"{GH}/spulec/freezegun/issues/348",
        "Timezone differs between local and CI · Issue #348 · spulec/freezegun",
        "flaky",
    ),
    search(GOOGLE, "keda vs hpa", "k8s"),
    (
        "click",
        "https://keda.sh/docs/2.14/concepts/scaling-deployments/",
        "Scaling Deployments, StatefulSets & Custom Resources | KEDA",
        "k8s",
    ),
    search(GOOGLE, "metrics-server unable to fetch metrics", "k8s"),
    (
        "click",
        f"{GH}/kubernetes-sigs/metrics-server/issues/1221",
        "unable to fetch pod metrics · Issue #1221 · kubernetes-sigs/metrics-server",
        "k8s",
    ),
    (
        "goto",
        f"{GH}/acme/billing/pull/302",
        "Freeze time in UTC for invoice tests by dev · Pull Request #302 · acme/billing",
        "flaky",
    ),
    day("2 13:20"),
    search(GOOGLE, "dentist near me accepting new patients", "dentist"),
    (
        "click",
        "https://www.zocdoc.com/dentists/brooklyn-ny",
        "Best Dentists in Brooklyn, NY | Book Online | Zocdoc",
        "dentist",
    ),
    day("2 15:00"),
    search(GOOGLE, "pg_upgrade --link rollback", "pg16"),
    (
        "click",
        f"{SO}/60422135/pg-upgrade-link-mode-rollback",
        "postgresql - Can I roll back after pg_upgrade --link? - Database Administrators Stack Exchange",
        "pg16",
    ),
    search(BING, "aws rds postgres major version upgrade 16 downtime", "pg16"),
    (
        "click",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.PostgreSQL.html",
        "Upgrading the PostgreSQL DB engine for Amazon RDS - Amazon Relational Database Service",
        "pg16",
    ),
    day("3 09:10"),
    *habits(),
    *notifications(),
    *hn(),
    day("3 10:00"),
    search(GOOGLE, "hpa scale on queue length rabbitmq", "k8s"),
    (
        "click",
        "https://keda.sh/docs/2.14/scalers/rabbitmq-queue/",
        "RabbitMQ Queue | KEDA",
        "k8s",
    ),
    search(GOOGLE, "pytest xdist shared fixture database conflict", "flaky"),
    (
        "click",
        f"{SO}/49328016/pytest-xdist-database-per-worker",
        "python - pytest-xdist: a database per worker - Stack Overflow",
        "flaky",
    ),
    (
        "goto",
        f"{GH}/acme/billing/actions/runs/574",
        "test: billing · acme/billing@9ac01d2",
        "flaky",
    ),
    day("3 22:00"),
    search(DDG, "react native flatlist pull to refresh", "app"),
    (
        "click",
        "https://reactnative.dev/docs/refreshcontrol",
        "RefreshControl · React Native",
        "app",
    ),
    search(GOOGLE, "expo eas build ios simulator", "app"),
    (
        "click",
        f"{EXPO}/build-reference/simulators/",
        "Build for iOS Simulators - Expo Documentation",
        "app",
    ),
    day("4 09:05"),
    *habits(),
    *notifications(),
    day("4 11:30"),
    search(GOOGLE, "postgres 16 logical replication upgrade zero downtime", "pg16"),
    (
        "click",
        "https://www.crunchydata.com/blog/postgres-upgrades-with-logical-replication",
        "Zero-downtime Postgres upgrades with logical replication | Crunchy Data Blog",
        "pg16",
    ),
    search(GOOGLE, "kubectl get hpa unknown targets", "k8s"),
    (
        "click",
        f"{SO}/54106725/kubectl-get-hpa-targets-unknown",
        "kubernetes - HPA shows <unknown> targets - Stack Overflow",
        "k8s",
    ),
    day("4 16:45"),
    search(GOOGLE, "root canal cost without insurance", "dentist"),
    (
        "click",
        "https://www.healthline.com/health/root-canal-cost",
        "How Much Does a Root Canal Cost? - Healthline",
        "dentist",
    ),
    (
        "goto",
        "https://www.zocdoc.com/dentist/dr-lee-12345",
        "Dr. Lee, DDS - Brooklyn, NY - Book Online | Zocdoc",
        "dentist",
    ),
    day("5 09:00"),
    *habits(),
    *hn(),
    day("5 10:15"),
    (
        "goto",
        f"{GH}/acme/billing/pull/302",
        "Freeze time in UTC for invoice tests by dev · Pull Request #302 · acme/billing",
        "flaky",
    ),
    (
        "goto",
        f"{GH}/acme/infra/pull/88",
        "Autoscale workers on queue length with KEDA by dev · Pull Request #88 · acme/infra",
        "k8s",
    ),
    search(GOOGLE, "pg_dump 16 compatible with 15 server", "pg16"),
    (
        "click",
        f"{PG}/app-pgdump.html",
        "PostgreSQL: Documentation: 16: pg_dump",
        "pg16",
    ),
    day("6 20:30"),
    search(GOOGLE, "expo push notifications setup", "app"),
    (
        "click",
        f"{EXPO}/push-notifications/push-notifications-setup/",
        "Push notifications setup - Expo Documentation",
        "app",
    ),
    *hn(),
]

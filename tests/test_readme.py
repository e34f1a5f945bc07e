"""The README's two commands are the ones a newcomer needs, and CI runs the second."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _commands() -> list[str]:
    text = (ROOT / "README.md").read_text()
    block = re.search(r"```sh\n(.*?)```", text, re.S)
    assert block, "the README must open with a sh code block"
    assert text.index("```sh") < 40, "the commands come first"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_readme_opens_with_demo_and_test_commands() -> None:
    demo, tests = _commands()
    assert demo.endswith("journeys demo") and "pip install" in demo
    assert "'.[dev]'" in tests and tests.endswith("scripts/check.sh")


def test_ci_runs_the_readme_test_command() -> None:
    _, tests = _commands()
    ci = (ROOT / ".ci" / "run").read_text()
    assert tests in ci


def test_what_the_commands_name_exists() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["scripts"]["journeys"] == "journeys.cli.main:main"
    assert "dev" in project["optional-dependencies"]
    check = (ROOT / "scripts" / "check.sh").read_text()
    for tool in ("ruff", "mypy", "lint-imports", "pytest"):
        assert tool in check

"""What every command shares: the one-line refusal (exit 2) and the policy option, whose choices
come from the policy's own types (scrubkit.policy), so a new choice is declared in one place."""

from __future__ import annotations

import signal
from dataclasses import replace
from typing import get_args

import click

from scrubkit.errors import ScrubError
from scrubkit.naming import RENAME_SCHEMES
from scrubkit.paths import printable
from scrubkit.policy import PRESETS, CoverStyle, OcrBackend, Policy

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 130, 143

POLICY_HELP = f"Preset ({', '.join(PRESETS)}) or a policy .toml file."
OCR_CHOICES = click.Choice(get_args(OcrBackend))
STYLE_CHOICES = click.Choice(get_args(CoverStyle))
RENAME_CHOICES = click.Choice(RENAME_SCHEMES)


class Refused(click.ClickException):
    """A request scrubkit will not carry out (bad policy, output on the input, ...): one line, exit 2."""

    exit_code = EXIT_USAGE

    def format_message(self) -> str:
        return printable(self.message)


def load_policy(name_or_path: str, **overrides: str | None) -> Policy:
    """The policy named on the command line, with any per-run overrides; refused if invalid."""
    try:
        policy = Policy.load(name_or_path)
        changes = {k: v for k, v in overrides.items() if v is not None}
        return replace(policy, **changes) if changes else policy
    except ScrubError as e:
        raise Refused(str(e)) from None


class Terminated(KeyboardInterrupt):
    """SIGTERM (`kill`, a service manager, a CI timeout): stopped as Ctrl-C stops a run."""


def stop_on_sigterm() -> None:
    def handler(signum: int, frame: object) -> None:
        raise Terminated

    signal.signal(signal.SIGTERM, handler)


def interrupted_status(error: KeyboardInterrupt) -> int:
    return EXIT_TERMINATED if isinstance(error, Terminated) else EXIT_INTERRUPTED

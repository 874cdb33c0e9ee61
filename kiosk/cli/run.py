"""``petition-kiosk run`` (the default) and ``bench``: the commands that may start Qt."""

from __future__ import annotations

import argparse

from kiosk.cli.common import add_data_dir, settings_from


def cmd_run(args: argparse.Namespace) -> int:
    from kiosk.app.gui import run_app

    return run_app(settings_from(args))


def cmd_bench(args: argparse.Namespace) -> int:
    from kiosk.bench import run_benchmarks

    return run_benchmarks(args.only, quick=args.quick)


def register(sub) -> None:
    run = sub.add_parser("run", help="start the kiosk (the default)")
    add_data_dir(run)
    run.add_argument("--windowed", action="store_true", help="run in a window, for trying it out")
    run.add_argument("--lang", help="start in this language (en, ru, uk, es)")
    run.set_defaults(func=cmd_run)

    bench = sub.add_parser("bench", help="print performance figures")
    bench.add_argument("--only", choices=["store", "ui", "export"], help="run one benchmark")
    bench.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    bench.set_defaults(func=cmd_bench)

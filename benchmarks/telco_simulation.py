"""End-to-end simulation against real customer data, through the HTTP API.

For N customers of the IBM Telco churn table a simulated respondent answers the survey in natural
language (both languages; template phrasings, several slots at once, vague answers, refusals)
through `POST /api/sessions/.../messages` on a loopback uvicorn server. Reported: attribute
recovery (stored value equals the customer's record, refusals excluded; target ≥ 95%), turns per
filled slot (target ≤ 1.3) and surveys completed.

    uv run --frozen python benchmarks/telco_simulation.py [--customers 500] [--check]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from bot.config import Settings
from bot.telco_run import run_telco_simulation


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--customers", type=int, default=500)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        report = run_telco_simulation(Settings(home=Path(home)), args.customers, args.seed)
    print(report.render())
    return 0 if report.meets_targets() or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())

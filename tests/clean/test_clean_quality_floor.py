"""The cleaner quality gate: the bench must stay above its pinned floors."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bench_meets_its_floors():
    path = str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")
    env = dict(os.environ, PYTHONPATH=path)
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "clean_quality.py"), "--verbose"],
                         capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    shares = {}
    for line in run.stdout.splitlines():
        if line.startswith(("chrome removed", "article kept", "metadata right")):
            name = line[:16].strip()
            shares[name] = float(line[16:].split("%")[0]) / 100
    assert shares["chrome removed"] >= 0.95
    assert shares["article kept"] >= 0.99
    assert shares["metadata right"] >= 0.90

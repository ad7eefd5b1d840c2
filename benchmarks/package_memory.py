"""Peak memory of opening a data package whose data.json is near its size limit.

Builds a package from a seeded database with synthetic evidence rows added until data.json
reaches the target size (default: 240 MiB, just under MAX_DATA), then opens it in a fresh
subprocess (every check that runs before a restore or merge writes) and prints the child's
peak resident memory (ru_maxrss).

    python benchmarks/package_memory.py [MiB] [evidence|audit]

"audit" fills the package with small audit entries instead: the most rows per MiB.
"""

from __future__ import annotations

import hashlib
import json
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.services.transfer.package import export_package

MiB = 1024 * 1024
CHILD = """
import sys, resource, time
from pathlib import Path
from pledge_tracker.services.transfer.package import open_package
started = time.monotonic()
with open_package(Path(sys.argv[1])) as package:
    rows = sum(len(rows) for rows in package.tables.values())
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(f"{rows} rows checked in {time.monotonic() - started:.1f} s; peak {peak} MiB")
"""


def _add_audit_entries(data: dict, manifest: dict, room: float) -> int:
    """Small audit entries after the real ones (the chain is checked only on restore)."""
    entries = data["tables"]["audit_entries"]
    first = len(entries) + 1
    sample = {"action": "add", "actor": "B", "after": None, "at": "2024-01-01T00:00:00Z"}
    sample |= {"before": None, "entity": "evidence", "prev_hash": "0" * 64, "record_uid": "u"}
    row_size = len(json.dumps({**sample, "hash": "0" * 64, "id": 10**6}))
    count = int(room / (row_size + 1))
    entries += [{**sample, "hash": f"{i:064x}", "id": i} for i in range(first, first + count)]
    manifest["counts"]["audit_entries"] = len(entries)
    manifest["audit_head"] = {"count": len(entries), "hash": entries[-1]["hash"]}
    return count


def build(folder: Path, target_mib: float, shape: str = "evidence") -> Path:
    """A valid package whose data.json is about `target_mib` MiB."""
    database = open_app_database(folder / "seed.db", actor="Benchmark")
    small = export_package(database, folder / "small.zip").path
    database.dispose()
    with zipfile.ZipFile(small) as zipped:
        entries = {name: zipped.read(name) for name in zipped.namelist()}
    data = json.loads(entries["data.json"])
    template = {
        "created_at": "2024-01-01T00:00:00",
        "demo": False,
        "effective": "2021-06-30",
        "kind": "legislation",
        "notes": None,
        "published": None,
        "reliability": "official",
        "restricted": False,
        "retrieved": None,
        "source_name": "Parliament",
        "source_url": "https://example.org/act",
        "summary": "What the evidence shows, in a sentence or two of ordinary length. " * 3,
        "version": 1,
        "withdrawn": False,
    }
    manifest = json.loads(entries["manifest.json"])
    room = target_mib * MiB - len(entries["data.json"])
    if shape == "audit":  # many small rows: the worst case for memory per byte
        count = _add_audit_entries(data, manifest, room)
    else:
        row_size = len(json.dumps({**template, "id": 1, "uid": "x" * 36, "title": "t" * 30}))
        count = int(room / (row_size + 1))
        data["tables"]["evidence"] = [
            {**template, "id": i, "uid": f"{i:036d}", "title": f"Evidence item {i}"}
            for i in range(1, count + 1)
        ]
        manifest["counts"]["evidence"] = count
    raw = json.dumps(data, separators=(",", ":")).encode()
    del data
    manifest["files"]["data.json"] = hashlib.sha256(raw).hexdigest()
    path = folder / "big.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr("data.json", raw)
        for name, content in entries.items():
            if name not in ("data.json", "manifest.json"):
                zipped.writestr(name, content)
        zipped.writestr("manifest.json", json.dumps(manifest))
    size = path.stat().st_size / MiB
    print(f"data.json {len(raw) / MiB:.0f} MiB ({count} {shape} rows); zip {size:.0f} MiB")
    return path


def main() -> None:
    target = float(sys.argv[1]) if len(sys.argv) > 1 else 240.0
    shape = sys.argv[2] if len(sys.argv) > 2 else "evidence"
    with tempfile.TemporaryDirectory() as folder:
        path = build(Path(folder), target, shape)
        started = time.monotonic()
        subprocess.run([sys.executable, "-c", CHILD, str(path)], check=True)
        print(f"child finished in {time.monotonic() - started:.1f} s")
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(f"(building the package took {own} MiB in this process)")


if __name__ == "__main__":
    main()

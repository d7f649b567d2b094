#!/usr/bin/python3
"""Side by side: `atlas-cli bench render` and QGIS 3.22 (../shared/bench/render_qgis.py) on the
same files and frames, in one run. Writes the table into docs/benchmarks.md between the
render-vs-qgis markers and prints it.

usage: bench/render_vs_qgis.py ATLAS_CLI DATA_DIR [RUNS]
DATA_DIR holds points_1m.gpkg, polygons_100k.gpkg and lines_200k.gpkg made by
../shared/bench/gen_data.py; QGIS comes from Debian (apt-get install qgis python3-qgis).
"""
import json
import os
import statistics
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QGIS_SCRIPT = os.path.join(REPO, "..", "shared", "bench", "render_qgis.py")
FILES = ["points_1m.gpkg", "polygons_100k.gpkg", "lines_200k.gpkg"]
BEGIN, END = "<!-- render-vs-qgis:begin -->", "<!-- render-vs-qgis:end -->"


def run_json(cmd, env=None):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")][-1]


def main():
    cli, data = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    rows = []
    for name in FILES:
        path = os.path.join(data, name)
        ours = {"first": [], "full": [], "zoom": [], "pan": [], "rss": []}
        qgis = {"first": [], "full": [], "zoom": [], "pan": [], "rss": []}
        for _ in range(runs):  # alternate so both see the same machine state
            a = run_json([cli, "bench", "render", path], env)
            q = run_json(["/usr/bin/python3", QGIS_SCRIPT, path, "parallel"], env)
            for d, r in ((ours, a), (qgis, q)):
                d["first"].append(r["full_ms"][0])  # a fresh process: nothing cached yet
                d["full"] += r["full_ms"]
                d["zoom"] += r["zoom_ms"]
                d["pan"] += r["pan_ms"]
                d["rss"].append(r["peak_rss_mib"])
        med = {k: {m: statistics.median(v[m]) for m in v} for k, v in (("ours", ours), ("qgis", qgis))}
        rows.append((name, med, max(ours["pan"])))
    lines = [
        "| data | frame | Atlas Territoires (median) | QGIS 3.22 (median) | QGIS ÷ ours |",
        "|---|---|---|---|---|",
    ]
    for name, med, pan_max in rows:
        for frame, label in (("first", "full extent, first frame"), ("full", "full extent"), ("zoom", "1 % zoom"),
                             ("pan", "pan")):
            o, q = med["ours"][frame], med["qgis"][frame]
            extra = f" (max {pan_max:.0f})" if frame == "pan" else ""
            lines.append(f"| {name} | {label} | {o:.0f} ms{extra} | {q:.0f} ms | {q / o:.1f}× |")
        lines.append(f"| {name} | peak RSS | {med['ours']['rss']:.0f} MiB | {med['qgis']['rss']:.0f} MiB | |")
    table = "\n".join(lines)
    # The data folder is the reader's own: the doc names it DATA_DIR, not this machine's path.
    command = f"bench/render_vs_qgis.py {cli} DATA_DIR {runs}   # DATA_DIR: output of ../shared/bench/gen_data.py"
    block = f"{BEGIN}\nMedians over {runs} alternating runs of each tool, 1920×1080 frames of ../shared/bench/README.md:\n\n```sh\n{command}\n```\n\n{table}\n{END}"
    doc_path = os.path.join(REPO, "docs", "benchmarks.md")
    doc = open(doc_path, encoding="utf-8").read()
    if BEGIN in doc and END in doc:
        doc = doc[:doc.index(BEGIN)] + block + doc[doc.index(END) + len(END):]
    else:
        doc += "\n### Side by side with QGIS\n\n" + block + "\n"
    open(doc_path, "w", encoding="utf-8").write(doc)
    print(table)


if __name__ == "__main__":
    main()

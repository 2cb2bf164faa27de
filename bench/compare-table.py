#!/usr/bin/env python3
"""The table of bench/compare, from its results.tsv (one line per round, scenario and system).

Each system's best round by 2xx/s (answers that were not refused) stands for it, whole (its
p50, p99 and errors with it), since the slower rounds are the ones that something else on the machine disturbed. The peak RSS is the
highest of all rounds: memory a round needed once, it may need again. Lexicon's rows carry its
2xx/s as a multiple of each reference's: where nothing is refused that is its req/s, and where
a server sheds load (login) only what it served counts.
"""
import csv
import sys

LABELS = {"lexicon": "Lexicon", "django": "Django", "spring": "Spring Boot"}
REFERENCES = ["django", "spring"]


def rate(text):
    """Whole numbers where they are large; one decimal for the slow login rates."""
    value = float(text)
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"


def main(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    scenarios = list(dict.fromkeys(r["scenario"] for r in rows))
    systems = [s for s in LABELS if any(r["system"] == s for r in rows)]
    references = [s for s in REFERENCES if s in systems]

    header = ["scenario", "system", "req/s", "2xx/s", "p50 ms", "p99 ms", "non-2xx", "socket err", "peak RSS MiB"]
    header += [f"Lexicon ÷ {LABELS[r]}" for r in references]
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" if i < 2 else "---:" for i in range(len(header))) + "|")
    for scenario in scenarios:
        best = {}
        for system in systems:
            runs = [r for r in rows if r["scenario"] == scenario and r["system"] == system]
            if runs:
                top = dict(max(runs, key=lambda r: float(r["ok_per_s"])))
                top["peak_rss_mib"] = str(max(int(r["peak_rss_mib"]) for r in runs))
                best[system] = top
        for system in systems:
            if system not in best:
                print(f"| {scenario} | {LABELS[system]} | no result |" + " |" * (len(header) - 3))
                continue
            r = best[system]
            cells = [scenario, LABELS[system], rate(r["requests_per_s"]), rate(r["ok_per_s"]), r["p50_ms"], r["p99_ms"],
                     r["non2xx"], r["socket_errors"], r["peak_rss_mib"]]
            for reference in references:
                if system != "lexicon" or reference not in best:
                    cells.append("")
                elif float(best[reference]["ok_per_s"]) == 0:
                    cells.append("n/a")  # the reference served nothing in time; see its errors
                else:
                    ratio = float(r["ok_per_s"]) / float(best[reference]["ok_per_s"])
                    cells.append(f"{ratio:.2f}×")
            print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1])

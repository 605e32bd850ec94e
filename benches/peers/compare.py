#!/usr/bin/env python3
"""Side by side: nazif, jusText, trafilatura and boilerpy3 on the same pages.

Each labelled page (NAME.txt with NAME.gold) is given to the Python tools as
simple HTML (one <p> per non-blank line, lang="ar" dir="rtl"); their kept text
is mapped back to lines (a line is kept when its text appears among the
paragraphs the tool kept). nazif cleans the plain text. Every tool is scored
like `nazif eval` scores: character-weighted F1 of kept vs dropped lines (rows
marked ~ not counted), headline accuracy (the headline line kept; tools that
return a title are credited when it is the gold headline), the share of
pages without error, and MB/s over the plain text bytes.

    python3 benches/peers/compare.py [DIR ...]    (default: fixtures/)

run.sh installs the tools in a virtual environment and runs this script.
"""

import html
import json
import pathlib
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]


def pages(dirs):
    out = []
    for d in dirs:
        for txt in sorted(pathlib.Path(d).rglob("*.txt")):
            gold = txt.with_suffix(".gold")
            if gold.exists():
                out.append((txt, gold))
    return out


def read_gold(path):
    rows = path.read_text(encoding="utf-8").split("\n")
    if rows and rows[-1] == "":
        rows.pop()
    out = []
    for row in rows:
        label, text = row.split("\t", 1)
        out.append((label, text.rstrip("\r")))
    return out


def norm(s):
    return " ".join(s.split())


def to_html(lines):
    paras = "\n".join(f"<p>{html.escape(l.strip())}</p>" for l in lines if l.strip())
    return f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title></title></head><body>{paras}</body></html>'


class Score:
    def __init__(self):
        self.tk = self.fk = self.fd = 0
        self.pages = self.head_ok = self.clean = 0

    def add(self, gold, kept_lines, headline_line):
        errors = 0
        for i, (label, text) in enumerate(gold):
            if label == "-" or label.startswith("~"):
                continue
            want = label in ("headline", "body")
            got = i in kept_lines
            n = len(norm(text))
            if want and got:
                self.tk += n
            elif got:
                self.fk += n
                errors += 1
            elif want:
                self.fd += n
                errors += 1
        gold_head = next((i for i, (l, _) in enumerate(gold) if l == "headline"), None)
        ok = headline_line == gold_head
        self.pages += 1
        self.head_ok += ok
        self.clean += ok and errors == 0

    def f1(self):
        p = self.tk / (self.tk + self.fk) if self.tk + self.fk else 1.0
        r = self.tk / (self.tk + self.fd) if self.tk + self.fd else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


def map_kept(gold, kept_texts):
    kept_set = {norm(t) for t in kept_texts if norm(t)}
    blob = "\n".join(norm(t) for t in kept_texts)
    out = set()
    for i, (label, text) in enumerate(gold):
        t = norm(text)
        if t and (t in kept_set or (len(t) > 20 and t in blob)):
            out.add(i)
    return out


def headline_from(gold, title, kept):
    if title:
        for i, (_, text) in enumerate(gold):
            if norm(text) == norm(title):
                return i
    return None


def run_nazif(binary, txt):
    out = subprocess.run([binary, "--json", str(txt)], capture_output=True, text=True, check=True).stdout
    page = json.loads(out)
    kept = {l["line"] - 1 for l in page["lines"] if l["label"] in ("headline", "body")}
    head = next((l["line"] - 1 for l in page["lines"] if l["label"] == "headline"), None)
    return kept, head


def main():
    dirs = sys.argv[1:] or [str(ROOT / "fixtures")]
    items = pages(dirs)
    binary = str(ROOT / "target/release/nazif")
    data = [(txt, read_gold(gold), txt.read_text(encoding="utf-8")) for txt, gold in items]
    total_bytes = sum(len(t.encode()) for _, _, t in data)
    results = {}

    # nazif: time one JSONL run over the pages repeated REPEAT times, so that
    # process start-up and building the cleaner are paid once for many
    # pages, as the Python tools pay their imports once (not timed).
    REPEAT = 20
    corpus = ("\n".join(json.dumps({"text": t}, ensure_ascii=False) for _, _, t in data) + "\n") * REPEAT
    t0 = time.perf_counter()
    subprocess.run([binary, "--jsonl", "-j", "1", "--output", "text"], input=corpus, capture_output=True, text=True, check=True)
    nazif_seconds = (time.perf_counter() - t0) / REPEAT
    score = Score()
    for txt, gold, _ in data:
        kept, head = run_nazif(binary, txt)
        score.add(gold, kept, head)
    results["nazif"] = (score, nazif_seconds)

    tools = {}
    try:
        import justext

        stop = justext.get_stoplist("Arabic")

        def run_justext(doc, gold):
            paras = justext.justext(doc.encode("utf-8"), stop)
            kept = [p.text for p in paras if not p.is_boilerplate]
            return kept, None

        tools["jusText"] = run_justext
    except ImportError:
        pass
    try:
        import trafilatura

        def run_trafilatura(doc, gold):
            text = trafilatura.extract(doc, include_comments=False, favor_recall=False) or ""
            meta = trafilatura.extract_metadata(doc)
            return text.split("\n"), (meta.title if meta else None)

        tools["trafilatura"] = run_trafilatura
    except ImportError:
        pass
    try:
        from boilerpy3 import extractors

        ext = extractors.ArticleExtractor()

        def run_boilerpy(doc, gold):
            text = ext.get_content(doc) or ""
            return text.split("\n"), None

        tools["boilerpy3"] = run_boilerpy
    except ImportError:
        pass

    for name, fn in tools.items():
        score = Score()
        seconds = 0.0
        for txt, gold, text in data:
            doc = to_html(text.split("\n"))
            t0 = time.perf_counter()
            try:
                kept_texts, title = fn(doc, gold)
            except Exception:
                kept_texts, title = [], None
            seconds += time.perf_counter() - t0
            kept = map_kept(gold, kept_texts)
            head = headline_from(gold, title, kept)
            if head is None:
                # Tools without a title: credit the first kept line when it is
                # the gold headline, as a reader of their output would.
                first = min(kept) if kept else None
                gold_head = next((i for i, (l, _) in enumerate(gold) if l == "headline"), None)
                head = first if first == gold_head else None
            score.add(gold, kept, head)
        results[name] = (score, seconds)

    mb = total_bytes / 1e6
    print(f"{len(data)} pages, {mb:.2f} MB of text")
    print(f"| tool | F1 | headline | pages without error | MB/s |")
    print(f"|---|---:|---:|---:|---:|")
    for name, (s, secs) in results.items():
        print(f"| {name} | {s.f1():.3f} | {100*s.head_ok/s.pages:.0f}% | {100*s.clean/s.pages:.0f}% | {mb/secs:.1f} |")


if __name__ == "__main__":
    main()

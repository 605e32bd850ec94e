#!/usr/bin/env bash
# Runs clean_corpus.py in Spark's local mode on the fixture pages and checks
# that its output equals `nazif --jsonl` on the same records, record for
# record. Needs Java 17 and pyspark (pip install pyspark); not part of CI.
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release --features cli
work=$(mktemp -d)
python3 - "$work/corpus.jsonl" <<'PY'
import json, pathlib, sys
pages = sorted(p for p in pathlib.Path("fixtures").rglob("*.txt") if p.with_suffix(".gold").exists())
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for i, p in enumerate(pages):
        out.write(json.dumps({"id": i, "source": str(p), "text": p.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n")
PY
target/release/nazif --jsonl -j 1 "$work/corpus.jsonl" > "$work/plain.jsonl"
spark-submit --master 'local[2]' --files target/release/nazif \
    examples/spark/clean_corpus.py "$work/corpus.jsonl" "$work/spark-out" --partitions 4
cat "$work"/spark-out/part-* > "$work/spark.jsonl"
python3 - "$work/plain.jsonl" "$work/spark.jsonl" <<'PY'
import json, sys
plain = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
spark = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert len(plain) == len(spark), (len(plain), len(spark))
# Partitions are saved in order and nazif keeps the order within each, so
# the records match one for one, in order.
for a, b in zip(plain, spark):
    assert a == b, a.get("id")
print(f"spark output equals nazif --jsonl: {len(plain)} records, in order")
PY

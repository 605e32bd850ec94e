"""Clean a JSON Lines corpus with nazif inside Spark.

Each partition of the input is piped through `nazif --jsonl`, which reads
records on standard input and writes them back, one per line, in the same
order, each with a `nazif` object (or an `error` field). Spark's own
machinery ships the binary, runs it next to the data and collects the output;
nazif needs no Spark code of its own.

    spark-submit examples/spark/clean_corpus.py INPUT.jsonl OUTPUT_DIR \\
        [--nazif PATH] [--partitions N] [--field text]

Shipping the binary: build it once for the executors' platform
(`cargo build --release --features cli`), then either install it at the same
path on every node and give `--nazif PATH`, or ship it with `spark-submit
--files target/release/nazif`: executors then find it in their working
directory (`./nazif`), and in local mode this script finds it with
`SparkFiles.get`. The binary is self-contained: it needs no Rust toolchain on
the executors.

Each executor core runs one `nazif` process per partition with `-j 1`, so
Spark's parallelism is the only parallelism.
"""

import argparse
import os

from pyspark import SparkFiles
from pyspark.sql import SparkSession


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--nazif", help="path of the nazif binary on the executors")
    parser.add_argument("--partitions", type=int, default=None)
    parser.add_argument("--field", default="text")
    args = parser.parse_args()

    spark = SparkSession.builder.appName("nazif-clean").getOrCreate()
    sc = spark.sparkContext
    if args.nazif:
        binary = args.nazif
    elif sc.master.startswith("local"):
        # Local mode: executors run in this process's machine and can use
        # the driver's copy of the shipped file.
        binary = SparkFiles.get("nazif")
        if not os.path.exists(binary):
            raise SystemExit("ship the binary with --files path/to/nazif or give --nazif PATH")
    else:
        # On a cluster, files shipped with --files land in each executor's
        # working directory.
        binary = "./nazif"

    lines = sc.textFile(args.input, minPartitions=args.partitions or sc.defaultParallelism)
    # RDD.pipe writes each element on its own line to the command's standard
    # input and reads its standard output line by line: exactly the JSON
    # Lines contract of `nazif --jsonl`, which keeps the order and writes one
    # record for every record it reads.
    cleaned = lines.pipe(f"{binary} --jsonl -j 1 --field {args.field}")
    cleaned.saveAsTextFile(args.output)
    spark.stop()


if __name__ == "__main__":
    main()

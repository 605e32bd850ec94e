#!/usr/bin/env bash
# Installs jusText, trafilatura and boilerpy3 in a virtual environment and
# compares them with nazif on the labelled pages (outside the crate's build).
#   benches/peers/run.sh [DIR ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release --features cli
venv=${NAZIF_PEERS_VENV:-target/peers-venv}
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q justext trafilatura boilerpy3 lxml_html_clean
"$venv/bin/python" benches/peers/compare.py "$@"

#!/bin/bash
# usage: run.sh FOLDER [json|markdown|numbers|quotes]
. /work/venv/bin/activate
F=$(realpath "$1"); cd /tmp
case "${2:-numbers}" in
  numbers|quotes) PYTHONPATH=/work/wt/bubase DIGEST_CACHE_DIR=/tmp/probeBU_cache_repro python -m digest $2 "$F";;
  *) PYTHONPATH=/work/wt/bubase DIGEST_CACHE_DIR=/tmp/probeBU_cache_repro python -m digest print --format $2 "$F";;
esac

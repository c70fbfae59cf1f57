#!/usr/bin/env bash
# Translations: the code's texts are bokmål (the source language); nynorsk and English are
# translated in resources/i18n/stafettlogg_<lang>.ts and built into .qm files the app loads.
#
#   scripts/i18n.sh update [--no-obsolete]
#                                   extract the texts from the code into the .ts files; keeps every translation,
#                                   also of texts no longer in the code (marked obsolete) unless --no-obsolete
#   scripts/i18n.sh build [DIR]     build the .qm files (into DIR, default resources/i18n); only what changed
#   scripts/i18n.sh sources         list the source files lupdate reads (the tests use the same list)
#
# Idempotent; runs from anywhere, works in the repository root, uses the tools in .venv/bin.
set -euo pipefail
caller="$PWD"
cd "$(dirname "$0")/.."

I18N=resources/i18n
LANGS=(en nn)
BIN=.venv/bin
# Files whose texts do not go through tr() yet (written in parallel); remove each from this list when
# it does, run `update`, translate, and the tests check it from then on. A folder ends with a slash.
EXCLUDE=()

excluded() {
  local x
  for x in ${EXCLUDE[@]+"${EXCLUDE[@]}"}; do
    case "$x" in
      */) [[ "$1" == "$x"* ]] && return 0 ;;
      *) [ "$1" = "$x" ] && return 0 ;;
    esac
  done
  return 1
}

sources() {
  local f
  for f in desktop/app.py desktop/models/*.py desktop/views/*.py desktop/views/*/*.py; do
    [ -f "$f" ] && ! excluded "$f" && printf '%s\n' "$f"
  done
  return 0
}

tool() {
  local name="pyside6-$1"
  if [ -x "$BIN/$name" ]; then
    printf '%s\n' "$BIN/$name"
  elif command -v "$name" >/dev/null; then
    command -v "$name"
  else
    echo "Fant ikke $name. Kjør scripts/venv.sh først." >&2
    exit 1
  fi
}

update() {
  local lupdate lang extra=()
  [ "${1:-}" = --no-obsolete ] && extra=(-no-obsolete)
  lupdate="$(tool lupdate)"
  mkdir -p "$I18N"
  local files=() f
  while IFS= read -r f; do files+=("$f"); done < <(sources)
  for lang in "${LANGS[@]}"; do
    # -locations none: no line numbers, so a change in the code does not touch every message.
    "$lupdate" -silent -locations none -source-language nb_NO -target-language "$lang" ${extra[@]+"${extra[@]}"} \
      "${files[@]}" -ts "$I18N/stafettlogg_$lang.ts"
  done
  for lang in "${LANGS[@]}"; do echo "Oppdatert: $I18N/stafettlogg_$lang.ts"; done
}

build() {
  local out="${1:-$I18N}" lrelease="" lang ts qm
  case "$out" in /*) ;; *) [ -n "${1:-}" ] && out="$caller/$out" ;; esac
  mkdir -p "$out"
  for lang in "${LANGS[@]}"; do
    ts="$I18N/stafettlogg_$lang.ts"
    qm="$out/stafettlogg_$lang.qm"
    [ -f "$qm" ] && [ "$qm" -nt "$ts" ] && continue
    lrelease="${lrelease:-$(tool lrelease)}"
    "$lrelease" -silent "$ts" -qm "$qm"
  done
}

case "${1:-}" in
  update) update "${2:-}" ;;
  build) build "${2:-}" ;;
  sources) sources ;;
  *)
    echo "Bruk: scripts/i18n.sh update [--no-obsolete] | build [MAPPE] | sources" >&2
    exit 2
    ;;
esac

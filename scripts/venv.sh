#!/usr/bin/env bash
# Creates .venv with Python 3.11+ and installs the project (with extras given as $1, e.g. "test").
set -euo pipefail
cd "$(dirname "$0")/.."
py="${PYTHON:-python3}"
if ! "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Stafettlogg trenger Python 3.11 eller nyere." >&2; exit 1
fi
if [ ! -x .venv/bin/python ]; then
  "$py" -m venv .venv 2>/dev/null || {
    # Debian ships venv separately.
    ${SUDO:-} apt-get install -y -qq python3-venv >/dev/null && "$py" -m venv .venv; }
fi
extras="${1:-}"
stamp=".venv/.installed${extras:+-$extras}"
# Reinstall only when pyproject.toml changed since the last install.
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".${extras:+[$extras]}"
  touch "$stamp"
fi
# The translations' .qm files are built from the .ts sources, not kept in git.
scripts/i18n.sh build

#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Installs the Debian packages that parray's build needs and that are missing:
#     scripts/install_deps.sh [extra-package ...]
# Uses apt-get as root, or sudo when it is available; otherwise prints the command to run and
# fails. Everything comes from Debian's packages: nothing is downloaded at configure time.
set -euo pipefail

packages=(cmake make g++ xtensor-dev xtl-dev catch2 "$@")

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "parray: installing missing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo)
else
    echo "parray: error: these Debian packages are missing and this user cannot install them:" >&2
    echo "    ${missing[*]}" >&2
    echo "Install them as root with:" >&2
    echo "    apt-get install -y ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
if ! "${as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}"; then
    # A fresh machine may have no package lists yet.
    "${as_root[@]}" apt-get update
    "${as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}" || {
        echo "parray: error: apt-get could not install: ${missing[*]}" >&2
        exit 1
    }
fi

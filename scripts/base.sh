# Sourced by the scripts that handle a base (prepare-source, make-series,
# update-pin): with BASE set (default: bases/default), it reads
# bases/$BASE/pin.env and sets the names and paths derived from it.
#
#  .cache/dl/$BASE/        the downloaded source package
#  .cache/pristine/$BASE/  its dpkg-source -x result, never modified
#  build/$BASE/            src/ (pristine + series + overlay), qemu/, series/
#
# The series of a base is patches/*.patch and bases/$BASE/patches/*.patch,
# in the order of their file names (base_patches).

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BASE=${BASE:-$(cat "$top/bases/default")}
PIN_FILE=${NOFW_PIN_FILE:-$top/bases/$BASE/pin.env}
[ -f "$PIN_FILE" ] || {
    echo "nofw: no base '$BASE' (bases: $(cd "$top/bases" && ls -d */ | tr -d / | xargs))" >&2
    exit 1
}
# shellcheck source=../bases/10.2/pin.env
. "$PIN_FILE"

# Debian's file names follow from the version: epoch dropped, the
# upstream part names the orig tarball and the directory.
src_names() {
    local v=${1#*:}
    SRC_UPSTREAM=${v%-*}
    SRC_DIR=qemu-$SRC_UPSTREAM
    SRC_ORIG=qemu_$SRC_UPSTREAM.orig.tar.xz
    SRC_DEBIAN=qemu_$v.debian.tar.xz
}
src_names "$QEMU_SRC_VERSION"

DL_DIR=${NOFW_CACHE:-$top/.cache}/dl/$BASE
PRISTINE_ROOT=${NOFW_CACHE:-$top/.cache}/pristine/$BASE
BASE_BUILD=$top/build/$BASE

# The pristine tree of the base (set by prepare-source once it exists).
pristine_dir() {
    local d
    for d in "$PRISTINE_ROOT"/*/; do
        [ -f "$d.nofw-pristine" ] && { echo "${d%/}"; return 0; }
    done
    return 1
}

base_patches() {
    local p
    for p in "$top"/patches/*.patch "$top/bases/$BASE"/patches/*.patch; do
        [ -e "$p" ] && echo "$(basename "$p") $p"
    done | sort | cut -d' ' -f2
}

# The versions of series $BASE_SERIES that apt's indexes list, newest
# first. Listed is not served: Debian's indexes can name files that the
# archive answers 404 for.
listed_versions() {
    apt-cache showsrc qemu 2>/dev/null |
        awk '/^Version:/ { print $2 }' |
        grep -F "1:$BASE_SERIES." | sort -u | sort -r -t: -k2 -V
}

# Download qemu=$1 into $DL_DIR; false when the archive does not serve it.
download() {
    local tmp
    src_names "$1"
    [ -f "$DL_DIR/$SRC_ORIG" ] && [ -f "$DL_DIR/$SRC_DEBIAN" ] &&
        [ -f "$DL_DIR/qemu_${1#*:}.dsc" ] && return 0
    tmp=$(mktemp -d "$DL_DIR/.get.XXXXXX")
    if (cd "$tmp" && apt-get source --download-only -q "qemu=$1") \
            >"$tmp/apt.log" 2>&1; then
        mv "$tmp"/qemu_* "$DL_DIR/"
        rm -rf "$tmp"
        return 0
    fi
    rm -rf "$tmp"
    return 1
}

# Download and print the newest version of $BASE_SERIES that the archive
# serves, other than $1; false when it serves none.
newest_served() {
    local v
    for v in $(listed_versions); do
        [ "$v" = "${1:-}" ] && continue
        download "$v" && { echo "$v"; return 0; }
    done
    return 1
}

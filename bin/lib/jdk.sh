# Sourced by Qantara's scripts: exports JAVA_HOME pointing at a JDK >= 21, or exits with advice, and sets
# qantara_jdk_major to its major version.
# Order: $JAVA_HOME, the java on PATH, then the newest JDK under /usr/lib/jvm.
# Bash built-ins only where they do: every command started costs a few milliseconds here (each `dirname` or `sed`
# 4-9 ms on the machines Qantara is measured on; about 25 of them took the launcher 136 ms before every command).

qantara_release_major() { # sets REPLY to the major version in the release file of the Java home $1, or empty
  REPLY=
  local line
  [ -r "$1/release" ] || return 0
  while IFS= read -r line || [ -n "$line" ]; do
    if [[ "$line" =~ ^JAVA_VERSION=\"([0-9]+) ]]; then
      REPLY="${BASH_REMATCH[1]}"
      return 0
    fi
  done < "$1/release"
}

qantara_java_major() { # prints the major version of the java binary $1, or nothing
  # The JDK's release file says it without starting a JVM (each `java -version` costs a launch a tenth of a
  # second: the launcher asked up to three times before every command).
  local home="${1%/*}"
  qantara_release_major "${home%/*}"
  if [ -n "$REPLY" ]; then
    echo "$REPLY"
    return
  fi
  "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\)\(\.[^"]*\)\{0,1\}".*/\1/p' | head -n 1
}

qantara_jdk_fits() { # whether $1 is a JDK >= 21; sets qantara_jdk_major to its version when it is
  [ -n "$1" ] && [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  qantara_release_major "$1"
  [ -n "$REPLY" ] || REPLY="$(qantara_java_major "$1/bin/java")"
  [ -n "$REPLY" ] && [ "$REPLY" -ge 21 ] || return 1
  qantara_jdk_major="$REPLY"
}

qantara_pick_jdk() {
  local on_path candidate newest= newest_major=0
  if qantara_jdk_fits "${JAVA_HOME:-}"; then
    export JAVA_HOME="${JAVA_HOME%/}"
    return 0
  fi
  if on_path="$(command -v java 2>/dev/null)" && on_path="$(readlink -f "$on_path")" \
      && qantara_jdk_fits "${on_path%/bin/java}"; then
    export JAVA_HOME="${on_path%/bin/java}"
    return 0
  fi
  for candidate in /usr/lib/jvm/*/; do
    candidate="${candidate%/}"
    if qantara_jdk_fits "$candidate" && [ "$qantara_jdk_major" -gt "$newest_major" ]; then
      newest="$candidate"
      newest_major="$qantara_jdk_major"
    fi
  done
  if [ -n "$newest" ]; then
    export JAVA_HOME="$newest"
    qantara_jdk_major="$newest_major"
    return 0
  fi
  echo "qantara: no JDK 21 or newer found — install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+) and set JAVA_HOME to it" >&2
  exit 1
}

qantara_pick_jdk

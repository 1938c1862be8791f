# Sourced by Qantara's scripts: exports JAVA_HOME pointing at a JDK >= 21, or exits with advice.
# Order: $JAVA_HOME, the java on PATH, then every JDK under /usr/lib/jvm (newest first).

qantara_java_major() { # prints the major version of the java binary $1, or nothing
  # The JDK's release file says it without starting a JVM (each `java -version` costs a launch a tenth of a
  # second: the launcher asked up to three times before every command).
  local release major
  release="$(dirname "$(dirname "$1")")/release"
  if [ -r "$release" ]; then
    major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")"
    if [ -n "$major" ]; then
      echo "$major"
      return
    fi
  fi
  "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\)\(\.[^"]*\)\{0,1\}".*/\1/p' | head -n 1
}

qantara_pick_jdk() {
  local candidate major
  for candidate in ${JAVA_HOME:+"$JAVA_HOME"} \
      "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" \
      $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate="${candidate%/}"
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major="$(qantara_java_major "$candidate/bin/java")"
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "qantara: no JDK 21 or newer found — install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+) and set JAVA_HOME to it" >&2
  exit 1
}

qantara_pick_jdk

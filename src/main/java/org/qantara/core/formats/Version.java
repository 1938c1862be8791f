package org.qantara.core.formats;

/** Qantara's version as files record it (the creation tool's version). */
final class Version {
  private Version() {}

  static String current() {
    String version = Version.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}

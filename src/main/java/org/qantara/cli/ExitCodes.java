package org.qantara.cli;

/** Exit codes shared by all commands; documented in {@code qantara --help} and the README. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int USER_ERROR = 1;
  public static final int USAGE = 2;
  public static final int CRITICAL_FLAGS = 3;
  public static final int INTERNAL = 70;

  private ExitCodes() {}
}

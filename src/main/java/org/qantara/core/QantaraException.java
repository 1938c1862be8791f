package org.qantara.core;

/**
 * A failure the user can act on. The message is one line that names the problem and the fix; shells
 * print it as is (no stack trace unless asked for) and exit non-zero.
 */
public class QantaraException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String problem;
  private final String fix;

  public QantaraException(String problem, String fix) {
    this(problem, fix, null);
  }

  public QantaraException(String problem, String fix, Throwable cause) {
    super(problem + (fix == null || fix.isBlank() ? "" : " — " + fix), cause);
    this.problem = problem;
    this.fix = fix;
  }

  public String problem() {
    return problem;
  }

  public String fix() {
    return fix;
  }
}

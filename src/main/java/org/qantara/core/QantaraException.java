package org.qantara.core;

/**
 * A failure the user can act on, carrying its {@link Problem}. The message is the problem's plain one-line
 * form (what, then how to fix it); shells render the problem their own way, with no stack trace unless asked
 * for. Broken invariants of the code are not problems of the user and are never thrown as this.
 */
public class QantaraException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  public QantaraException(Problem problem) {
    this(problem, null);
  }

  public QantaraException(Problem problem, Throwable cause) {
    super(problem.message(), cause);
    this.problem = problem;
  }

  /** A problem with no kind of its own: what went wrong and the fix, in plain words. */
  public QantaraException(String what, String fix) {
    this(new Problem.Invalid(what, fix), null);
  }

  public QantaraException(String what, String fix, Throwable cause) {
    this(new Problem.Invalid(what, fix), cause);
  }

  public Problem problem() {
    return problem;
  }
}

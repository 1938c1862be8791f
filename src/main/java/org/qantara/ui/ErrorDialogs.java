package org.qantara.ui;

import java.awt.Component;
import javax.swing.JOptionPane;
import org.qantara.core.Problem;
import org.qantara.core.QantaraException;

/** Errors as dialogs that say what went wrong and what to do, never a stack trace. */
final class ErrorDialogs {
  private ErrorDialogs() {}

  /** The dialog's text: the problem, then what to do about it. */
  static String message(Throwable error) {
    QantaraException user = userError(error);
    if (user != null) {
      Problem problem = user.problem();
      String fix = problem.fix() == null || problem.fix().isBlank() ? "" : "\n\nWhat to do: " + problem.fix();
      return capitalise(problem.what()) + "." + fix;
    }
    return "Something went wrong inside Qantara: " + error
        + "\n\nWhat to do: your saved work is safe. Try again; if it happens again, run 'qantara gui --debug' from a terminal and report the message it prints.";
  }

  static void show(Component parent, String title, Throwable error) {
    show(parent, title, error, null);
  }

  /**
   * As {@link #show(Component, String, Throwable)}; a model that is not downloaded gets a "Download model"
   * button instead, and {@code retryOrNull} runs once it is installed.
   */
  static void show(Component parent, String title, Throwable error, Runnable retryOrNull) {
    QantaraException user = userError(error);
    if (user != null && user.problem() instanceof Problem.ModelMissing missing && !missing.builtin()
        && parent instanceof WorkbenchFrame frame) {
      frame.offerModelDownload(missing, title, retryOrNull);
      return;
    }
    JOptionPane.showMessageDialog(parent, message(error), title, JOptionPane.ERROR_MESSAGE);
  }

  static QantaraException userError(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof QantaraException q) {
        return q;
      }
    }
    return null;
  }

  static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}

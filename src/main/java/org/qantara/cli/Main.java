package org.qantara.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.qantara.core.QantaraException;
import org.qantara.core.io.WriteFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** The {@code qantara} command line: a thin shell over the core pipeline. */
@Command(
    name = "qantara",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Arabic→English translation alignment: align, review and evaluate.",
    subcommands = {CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:bad input or missing model (the message says what to fix)",
      "2:invalid command-line usage",
      ExitCodes.CRITICAL_FLAGS + ":review found critical flags",
      ExitCodes.INTERNAL + ":internal error (re-run with --debug and report it)"
    })
public final class Main implements Runnable {

  @Option(names = "--debug", description = "Show stack traces on errors.", scope = CommandLine.ScopeType.INHERIT)
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw Subcommands.missing(spec);
  }

  /**
   * Lucene warns on every corpus or search command that it was not built for this JDK's Vector API: a note
   * for whoever tunes the build, not for a translator (kept in a field: the logging system holds loggers weakly).
   */
  private static final Logger LUCENE_VECTORIZATION =
      Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

  public static void main(String[] args) {
    LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
    WatchedStream stdout = new WatchedStream(new FileOutputStream(FileDescriptor.out));
    // Buffered: a writer's every append to a bare OutputStreamWriter goes through its lock and its encoder (an
    // alignment's lines are six appends a link). Every command's output is flushed when it returns (run), and
    // printf and println flush as they go.
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout, System.out.charset())), true);
    System.exit(run(args, out, new PrintWriter(System.err, true), stdout::failure));
  }

  /** Runs the CLI with the given streams and returns the exit code (used by tests, too). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, () -> null);
  }

  /**
   * @param outFailure why writing {@code out} failed, when it did and the stream knows (else null)
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<IOException> outFailure) {
    CommandLine cli = commandLine(args);
    cli.setOut(out);
    cli.setErr(err);
    int code = cli.execute(args);
    out.flush();
    if (out.checkError()) {
      // A result that did not reach its reader is no success, whatever the command thought.
      IOException cause = outFailure.get();
      if (cause != null && String.valueOf(cause.getMessage()).contains("Broken pipe")) {
        return ExitCodes.USER_ERROR; // the reader stopped early (| head): as quiet as any Unix tool
      }
      QantaraException failure = WriteFailure.of("standard output", cause != null ? cause : new IOException("write error"));
      err.println("qantara: " + failure.getMessage());
      err.flush();
      return code == ExitCodes.OK || code == ExitCodes.CRITICAL_FLAGS ? ExitCodes.USER_ERROR : code;
    }
    return code;
  }

  /** The command line for {@code args}: with only the command they name, when they name one. */
  static CommandLine commandLine(String[] args) {
    CommandLine cli = new CommandLine(new Main());
    Subcommands.addTo(cli, args);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(Main::handleFailure);
    return cli;
  }

  static int handleFailure(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    boolean debug = parsed.matchedOptionValue("--debug", false)
        || parsed.subcommands().stream().anyMatch(p -> p.matchedOptionValue("--debug", false));
    QantaraException userError = findUserError(e);
    if (userError != null) {
      err.println("qantara: " + ProblemText.of(userError.problem()));
    } else {
      err.println("qantara: internal error: " + e + " (re-run with --debug for the stack trace)");
    }
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return userError != null ? ExitCodes.USER_ERROR : ExitCodes.INTERNAL;
  }

  private static QantaraException findUserError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof QantaraException q) {
        return q;
      }
    }
    return null;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"qantara " + (v == null ? "(development build)" : v)};
    }
  }
}

package org.qantara.core.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.qantara.core.QantaraException;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.formats.AlignmentFormat;
import org.qantara.core.formats.Bitext;
import org.qantara.core.formats.ExportOptions;
import org.qantara.core.formats.Exporter;
import org.qantara.core.formats.MosesFormat;
import org.qantara.core.io.AtomicFiles;
import org.qantara.core.io.OutputGuard;
import org.qantara.core.io.Sha256;
import org.qantara.core.text.TextOptions;

/**
 * Aligns many document pairs into one output folder and picks up where it stopped. After each pair the
 * output file is written atomically and then a state file in the folder records what it was made from
 * (checksums of both inputs, model, aligner parameters, reading options, format). A later run skips every
 * pair whose record still matches and whose output is there, so an interrupted batch resumes, and a
 * changed input or setting is aligned again. A pair that fails (a missing or unreadable file) is
 * reported and the batch goes on.
 */
public final class BatchAlignment {
  /** The state file in the output folder; hidden, so that it does not look like an output. */
  public static final String STATE_FILE = ".qantara-batch.json";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Pattern LANGUAGE_ONLY = Pattern.compile("(?i)ar|ara|arabic|en|eng|english");
  private static final Pattern LANGUAGE_TAG =
      Pattern.compile("(?i)(.+?)[._-](ar|ara|arabic|en|eng|english)(\\.[^.]+)?");

  /** One pair to align: the name of its output file, the Arabic file and the English one (null: bilingual). */
  public record Job(String name, Path source, Path target) {}

  public enum Status {
    ALIGNED,
    UP_TO_DATE,
    FAILED
  }

  /** What became of a job: its output, or the problem (with its fix) when it failed. */
  public record Outcome(Job job, Status status, Path output, String problem) {}

  /** Told after every job, in order; {@code done} counts the jobs finished so far. */
  @FunctionalInterface
  public interface Listener {
    void finished(Outcome outcome, int done, int total);
  }

  /** What the state file records of a finished pair. */
  /** What the state file records of a finished pair: what it was made from and the checksum of what was written. */
  record Record(String fingerprint, String output, String outputChecksum) {}

  private final AlignmentPipeline pipeline;
  private final TextOptions textOptions;
  private final AlignmentFormat format;
  private final int width;
  private final ExportOptions exportOptions;

  /** @param width columns of the side-by-side text format (ignored by the others) */
  public BatchAlignment(AlignmentPipeline pipeline, TextOptions textOptions, AlignmentFormat format, int width) {
    this(pipeline, textOptions, format, width, ExportOptions.ALL);
  }

  /** @param exportOptions which links the exchange formats (TMX, XLIFF, Moses, JSONL) write */
  public BatchAlignment(
      AlignmentPipeline pipeline, TextOptions textOptions, AlignmentFormat format, int width, ExportOptions exportOptions) {
    this.pipeline = pipeline;
    this.textOptions = textOptions;
    this.format = format;
    this.width = width;
    this.exportOptions = exportOptions;
  }

  public List<Outcome> run(List<Job> jobs, Path outDir, Listener listener) {
    return run(jobs, List.of(), outDir, listener);
  }

  /**
   * @param otherInputs files the jobs came from (a manifest), which no output may replace either
   */
  public List<Outcome> run(List<Job> jobs, List<Path> otherInputs, Path outDir, Listener listener) {
    requireDistinctNames(jobs);
    requireOutputsApart(jobs, otherInputs, outDir);
    createDirectory(outDir);
    try (FolderLock lock = FolderLock.take(outDir)) {
      Map<String, Record> state = readState(outDir);
      List<Outcome> outcomes = new ArrayList<>();
      for (Job job : jobs) {
        Outcome outcome = runOne(job, outDir, state);
        outcomes.add(outcome);
        listener.finished(outcome, outcomes.size(), jobs.size());
      }
      return outcomes;
    }
  }

  private Outcome runOne(Job job, Path outDir, Map<String, Record> state) {
    Path output = outputOf(job, outDir);
    try {
      String fingerprint = fingerprint(job);
      Record previous = state.get(job.name());
      // An output that was truncated, edited or replaced since it was written is made again.
      if (previous != null && previous.fingerprint().equals(fingerprint)
          && previous.outputChecksum().equals(outputChecksum(output))) {
        return new Outcome(job, Status.UP_TO_DATE, output, null);
      }
      DocumentPair pair = DocumentPair.load(job.source(), job.target(), textOptions);
      AlignedDocuments aligned = pipeline.align(pair.source(), pair.target());
      write(job, aligned, output);
      state.put(job.name(), new Record(fingerprint, output.getFileName().toString(), outputChecksum(output)));
      writeState(outDir, state);
      return new Outcome(job, Status.ALIGNED, output, null);
    } catch (QantaraException e) {
      if (state.remove(job.name()) != null) {
        writeState(outDir, state);
      }
      return new Outcome(job, Status.FAILED, null, e.getMessage());
    }
  }

  private void write(Job job, AlignedDocuments aligned, Path output) {
    if (format.writesWholeAlignment()) {
      AtomicFiles.writeText(output, out -> format.write(aligned, out, width));
      return;
    }
    Exporter.write(format, List.of(Bitext.of(job.name(), aligned)), exportOptions, output);
  }

  /** The checksum of a pair's output file(s) as they are now; empty when one is missing. */
  private String outputChecksum(Path output) {
    StringBuilder checksums = new StringBuilder();
    for (Path file : format == AlignmentFormat.MOSES ? MosesFormat.files(output) : List.of(output)) {
      if (!Files.isRegularFile(file)) {
        return "";
      }
      checksums.append(checksum(file)).append(' ');
    }
    return checksums.toString().strip();
  }

  /** What an output depends on: both inputs' bytes and every setting that changes the result. */
  private String fingerprint(Job job) {
    return checksum(job.source()) + "|" + (job.target() == null ? "-" : checksum(job.target())) + "|"
        + pipeline.embedder().modelId() + "|" + pipeline.params() + "|" + textOptions + "|" + format
        + (format == AlignmentFormat.TEXT ? "|" + width : "")
        + (format.writesWholeAlignment() ? "" : "|" + exportOptions);
  }

  private static String checksum(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new QantaraException(file + " does not exist or is not a file", "check the path");
    }
    try {
      return Sha256.of(file);
    } catch (IOException e) {
      throw new QantaraException("cannot read " + file + ": " + e.getMessage(), "check its permissions", e);
    }
  }

  private static void requireDistinctNames(List<Job> jobs) {
    Map<String, Job> seen = new HashMap<>();
    for (Job job : jobs) {
      Job other = seen.putIfAbsent(job.name(), job);
      if (other != null) {
        throw new QantaraException("two pairs would write the same output '" + job.name() + "': " + other.source()
            + " and " + job.source(), "give the source files distinct names");
      }
    }
  }

  /** No output, and not the state file, may be one of the inputs, and no output may be the state file. */
  private void requireOutputsApart(List<Job> jobs, List<Path> otherInputs, Path outDir) {
    List<Path> inputs = new ArrayList<>(otherInputs);
    for (Job job : jobs) {
      inputs.add(job.source());
      inputs.add(job.target());
    }
    OutputGuard guard = OutputGuard.protecting(inputs);
    Path stateFile = outDir.resolve(STATE_FILE);
    guard.check(stateFile);
    for (Job job : jobs) {
      Path output = outputOf(job, outDir);
      for (Path file : format == AlignmentFormat.MOSES ? MosesFormat.files(output) : List.of(output)) {
        if (file.getFileName().toString().equals(STATE_FILE)) {
          throw new QantaraException("the pair '" + job.name() + "' would write its output over the batch state " + stateFile,
              "rename that pair's files so that its name does not start with " + STATE_FILE.substring(0, STATE_FILE.lastIndexOf('.')));
        }
        guard.check(file);
      }
    }
  }

  private Path outputOf(Job job, Path outDir) {
    return outDir.resolve(job.name() + "." + format.extension());
  }

  private static void createDirectory(Path outDir) {
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      throw new QantaraException("cannot create the output folder " + outDir + ": " + e.getMessage(),
          "choose a folder you can write to");
    }
  }

  private static Map<String, Record> readState(Path outDir) {
    Path file = outDir.resolve(STATE_FILE);
    if (!Files.exists(file)) {
      return new TreeMap<>();
    }
    try {
      Map<String, Record> state = new TreeMap<>();
      JSON.readTree(file.toFile()).properties().forEach(e -> state.put(e.getKey(),
          new Record(e.getValue().path("fingerprint").asText(), e.getValue().path("output").asText(),
              e.getValue().path("outputChecksum").asText())));
      return state;
    } catch (IOException e) {
      throw new QantaraException("the batch state " + file + " is unreadable: " + e.getMessage(),
          "delete it to align every pair again");
    }
  }

  private static void writeState(Path outDir, Map<String, Record> state) {
    String text;
    try {
      text = JSON.writeValueAsString(state);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("batch state records always serialise", e);
    }
    AtomicFiles.writeText(outDir.resolve(STATE_FILE), out -> out.write(text + "\n"));
  }

  // ---- finding the pairs ---------------------------------------------------------------------------

  /**
   * Pairs listed in a manifest: one pair a line, {@code ARABIC<TAB>ENGLISH}, or a single bilingual file;
   * paths relative to the manifest's folder; blank lines and lines starting with # are skipped.
   */
  public static List<Job> fromManifest(Path manifest) {
    List<String> lines;
    try {
      lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new QantaraException("cannot read the manifest " + manifest + ": " + e.getMessage(),
          "pass a UTF-8 text file with one 'ARABIC<TAB>ENGLISH' pair a line, or a folder of pairs");
    }
    Path base = manifest.toAbsolutePath().getParent();
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t");
      if (fields.length > 2) {
        throw new QantaraException(manifest + " line " + (i + 1) + " has " + fields.length + " tab-separated fields",
            "write 'ARABIC<TAB>ENGLISH', or one bilingual file, on each line");
      }
      Path source = base.resolve(fields[0].strip());
      Path target = fields.length == 2 ? base.resolve(fields[1].strip()) : null;
      jobs.add(new Job(nameOf(source), source, target));
    }
    if (jobs.isEmpty()) {
      throw new QantaraException("the manifest " + manifest + " lists no pairs",
          "write one 'ARABIC<TAB>ENGLISH' pair a line");
    }
    return jobs;
  }

  /**
   * Pairs in a folder, matched by name: {@code NAME.ar} with {@code NAME.en}, {@code NAME_ar.txt} with
   * {@code NAME_en.txt}, and so on ({@code ar|ara|arabic}, {@code en|eng|english}, after . _ or -). Other
   * files (gold alignments, notes) are left alone; an Arabic or English file without its partner is an
   * error, so that no pair is silently skipped.
   */
  public static List<Job> fromDirectory(Path dir) {
    // name -> [Arabic candidates, English candidates]
    Map<String, List<List<Path>>> byName = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        Matcher m = LANGUAGE_TAG.matcher(file.getFileName().toString());
        if (!m.matches() || file.getFileName().toString().startsWith(".")) {
          continue;
        }
        boolean arabic = m.group(2).toLowerCase(Locale.ROOT).startsWith("ar");
        byName.computeIfAbsent(m.group(1), k -> List.of(new ArrayList<>(), new ArrayList<>())).get(arabic ? 0 : 1).add(file);
      }
    } catch (IOException e) {
      throw new QantaraException("cannot list " + dir + ": " + e.getMessage(), "pass a folder you can read");
    }
    List<Job> jobs = new ArrayList<>();
    List<String> unpaired = new ArrayList<>();
    byName.forEach((name, sides) -> {
      for (List<Path> candidates : sides) {
        if (candidates.size() > 1) {
          // Choosing one would align a stale copy (doc.ar.orig) as readily as the real text.
          throw new QantaraException("several files could be the " + (candidates == sides.get(0) ? "Arabic" : "English")
              + " side of '" + name + "' in " + dir + ": " + candidates.stream().map(p -> p.getFileName().toString()).toList(),
              "move or rename all but one, or list the pairs in a manifest");
        }
      }
      if (!sides.get(0).isEmpty() && !sides.get(1).isEmpty()) {
        jobs.add(new Job(name, sides.get(0).getFirst(), sides.get(1).getFirst()));
      } else {
        unpaired.add((sides.get(0).isEmpty() ? sides.get(1) : sides.get(0)).getFirst().getFileName().toString());
      }
    });
    if (!unpaired.isEmpty()) {
      throw new QantaraException("no partner for " + String.join(", ", unpaired) + " in " + dir,
          "add the other language's file (NAME.ar with NAME.en), or list the pairs in a manifest");
    }
    if (jobs.isEmpty()) {
      throw new QantaraException("no document pairs in " + dir,
          "name them NAME.ar / NAME.en (or NAME_ar.txt / NAME_en.txt), or list them in a manifest");
    }
    return jobs;
  }

  /**
   * "report.ar.txt" and "report_ar.txt" give "report"; "seed-001/ar.txt", named by its language alone,
   * gives its folder's name; any other file its name less the extension.
   */
  private static String nameOf(Path source) {
    String file = source.getFileName().toString();
    Matcher m = LANGUAGE_TAG.matcher(file);
    if (m.matches()) {
      return m.group(1);
    }
    int dot = file.lastIndexOf('.');
    String stem = dot > 0 ? file.substring(0, dot) : file;
    Path folder = source.toAbsolutePath().normalize().getParent();
    return LANGUAGE_ONLY.matcher(stem).matches() && folder != null && folder.getFileName() != null
        ? folder.getFileName().toString() : stem;
  }
}

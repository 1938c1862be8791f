package org.qantara.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.qantara.core.QantaraException;
import org.qantara.core.formats.Bitext;
import org.qantara.core.formats.Imports;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The aligned documents {@code export} and {@code corpus add} read: files and folders, or Vecalign triples. */
final class AlignedInputs {

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Projects, JSON alignments, TMX files or folders of them.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--vecalign", arity = "3", paramLabel = "FILE",
      description = "A Vecalign alignment and its Arabic and English sentence files (one sentence a line).")
  List<Path> vecalign = new ArrayList<>();

  /** Every file named, so that no output can be written over one of them. */
  List<Path> files() {
    List<Path> files = new ArrayList<>(inputs);
    files.addAll(vecalign);
    return files;
  }

  /** Reads every input; with none named, the problem is "nothing to {@code verb}" with {@code fix}. */
  List<Bitext> read(String verb, String fix) {
    if (inputs.isEmpty() && vecalign.isEmpty()) {
      throw new QantaraException("nothing to " + verb, fix);
    }
    List<Bitext> bitexts = new ArrayList<>();
    for (Path input : inputs) {
      bitexts.addAll(Imports.read(input));
    }
    for (int k = 0; k + 2 < vecalign.size(); k += 3) {
      bitexts.add(Imports.vecalign(vecalign.get(k), vecalign.get(k + 1), vecalign.get(k + 2)));
    }
    return bitexts;
  }
}

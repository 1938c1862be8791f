package org.qantara.core.edit;

import java.nio.file.Path;
import java.util.List;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.align.Link;
import org.qantara.core.formats.VecalignFormat;
import org.qantara.core.text.Document;
import org.qantara.core.text.DocumentLoader;
import org.qantara.core.text.Lang;
import org.qantara.core.text.TextOptions;

/** Seed 001 (7 Arabic, 8 English sentences, one sentence a line) and its gold alignment, for edit tests. */
public final class SeedAlignments {
  public static final Path SEED_001 = Path.of("../shared/gold/seed-001");
  public static final TextOptions PRESEGMENTED = new TextOptions(null, true, false);

  private SeedAlignments() {}

  public static Document arabic() {
    return DocumentLoader.load(SEED_001.resolve("ar.txt"), Lang.AR, PRESEGMENTED);
  }

  public static Document english() {
    return DocumentLoader.load(SEED_001.resolve("en.txt"), Lang.EN, PRESEGMENTED);
  }

  /** [0]:[0] [1]:[1] [2]:[2] [3]:[3,4] [4]:[5] [5]:[6] [6]:[7], ids 1 to 7. */
  public static List<Link> goldLinks() {
    return VecalignFormat.read(SEED_001.resolve("gold.txt"));
  }

  public static EditableAlignment gold() {
    return EditableAlignment.of(new AlignedDocuments(arabic(), english(), goldLinks(), "gold", AlignerParams.defaults()));
  }
}

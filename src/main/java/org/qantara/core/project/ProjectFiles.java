package org.qantara.core.project;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qantara.core.edit.EditableAlignment;
import org.qantara.core.edit.EditableLink;
import org.qantara.core.edit.FlagDecision;
import org.qantara.core.edit.LinkFlag;
import org.qantara.core.edit.Provenance;
import org.qantara.core.edit.TextEdit;
import org.qantara.core.io.AtomicFiles;
import org.qantara.core.project.ProjectFileException.Kind;
import org.qantara.core.review.DocumentVerdict;
import org.qantara.core.text.Document;
import org.qantara.core.text.Sentence;
import org.qantara.core.text.SetAside;
import org.qantara.core.text.Span;
import org.qantara.core.text.TextOptions;
import org.qantara.core.text.TextReader;

/**
 * Reads and writes {@link Project}s as versioned JSON (UTF-8). Writing is atomic and keeps the previous
 * version of the file beside it ({@link #backupOf}). Reading checks everything before it returns — the
 * format and its version, every field, the sentences against the texts, the links covering both
 * documents exactly once in order, unique ids, flags and spans in bounds — and otherwise throws a {@link
 * ProjectFileException} saying what is wrong: a project is loaded whole or not at all.
 */
public final class ProjectFiles {
  public static final String FORMAT = "qantara-project";
  /**
   * The project version this Qantara writes, and the newest it reads. 2 added the person's text edits
   * ({@code alignment.textEdits}); a version-1 file reads as a project with none. 3 records each text's encoding
   * ({@code reading.arabicEncoding}, {@code reading.englishEncoding}); the one {@code reading.encoding} of
   * versions 1 and 2 reads as both texts' encoding. 4 counts a flag's evidence places in its fingerprint from the
   * start of its link's text, so that a sentence rewritten before it leaves it unchanged; the flags of older files
   * get their fingerprints anew on reading, and their decisions follow them.
   */
  public static final int VERSION = 4;
  /** The usual file name ending of a project. */
  public static final String EXTENSION = ".qantara.json";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          // Derived values such as EditableLink.isAnchor() are not fields of the format.
          .setVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          // AtomicFiles owns the stream it hands out.
          .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

  private ProjectFiles() {}

  /** What the file holds, in this order. */
  private record Content(
      String format,
      int version,
      Provenance machine,
      Reading reading,
      List<Project.InputFile> inputs,
      Document source,
      Document target,
      Alignment alignment) {}

  /** {@link TextOptions}, with each text's encoding by name (null: UTF-8). */
  private record Reading(String arabicEncoding, String englishEncoding, boolean presegmented, boolean keepSetAside) {}

  /**
   * The person's work: links, flags and decisions, the last review's verdict (null: none yet) and what the person
   * rewrote in the texts (the documents hold the texts as edited; each edit keeps what the input had).
   */
  private record Alignment(
      long nextId, List<EditableLink> links, List<LinkFlag> flags, Map<String, FlagDecision> decisions,
      DocumentVerdict verdict, List<TextEdit> textEdits) {}

  /** Where the previous version of {@code file} is kept when it is written again: {@code NAME.bak}. */
  public static Path backupOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".bak");
  }

  /**
   * Writes the project atomically: a crash leaves the old file or the new one, never half of one. The
   * file it replaces becomes {@link #backupOf}(file).
   */
  public static void write(Project project, Path file) {
    keepBackup(file);
    writeWithoutBackup(project, file);
  }

  /** Writes the project atomically and leaves any earlier file unkept (the recovery file needs no backup). */
  static void writeWithoutBackup(Project project, Path file) {
    TextOptions options = project.textOptions();
    EditableAlignment a = project.alignment();
    Content content = new Content(
        FORMAT, VERSION, project.provenance(),
        new Reading(nameOf(options.arabicEncoding()), nameOf(options.englishEncoding()), options.presegmented(),
            options.keepSetAside()),
        project.inputs(), a.source(), a.target(),
        new Alignment(a.nextId(), a.links(), a.flags(), a.decisions(), a.verdict().orElse(null), a.textEdits()));
    AtomicFiles.writeText(file, out -> MAPPER.writeValue(out, content));
  }

  private static String nameOf(Charset encoding) {
    return encoding == null ? null : encoding.name();
  }

  private static void keepBackup(Path file) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    String previous;
    try {
      previous = Files.readString(file);
    } catch (CharacterCodingException e) {
      return; // not a project this program wrote; a backup of it would only replace a good one
    } catch (IOException e) {
      throw new ProjectFileException(Kind.UNREADABLE, file,
          "cannot keep a backup of " + file + " before saving over it: " + e.getMessage(),
          "check the file's permissions, or save the project under another name", e);
    }
    AtomicFiles.writeText(backupOf(file), out -> out.write(previous));
  }

  /** Reads and checks a project file. */
  public static Project read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new ProjectFileException(Kind.UNREADABLE, file, "the project " + file + " does not exist",
          "check the path", e);
    } catch (CharacterCodingException e) {
      throw damaged(file, "it is not UTF-8 text", e);
    } catch (IOException e) {
      throw new ProjectFileException(Kind.UNREADABLE, file, "cannot read the project " + file + ": " + e.getMessage(),
          "check that the file is readable", e);
    }
    JsonNode tree;
    try {
      tree = MAPPER.readTree(text);
    } catch (JacksonException e) {
      throw damaged(file, "it is not valid JSON" + locationOf(e) + " — cut off or edited by hand?", e);
    }
    if (tree == null || !tree.isObject() || !FORMAT.equals(tree.path("format").asText(null))) {
      throw new ProjectFileException(Kind.NOT_A_PROJECT, file, file + " is not a Qantara project",
          "open a project saved by Qantara (the file starts with \"format\": \"" + FORMAT + "\")", null);
    }
    JsonNode version = tree.path("version");
    if (!version.canConvertToExactIntegral() || version.asInt() < 1) {
      throw damaged(file, "its version '" + version + "' is not a project version", null);
    }
    if (version.asInt() > VERSION) {
      throw new ProjectFileException(Kind.NEWER_VERSION, file,
          file + " was saved by a newer Qantara (project version " + version.asInt() + "; this one reads up to "
              + VERSION + ")",
          "open it with the Qantara version that saved it, or a newer one", null);
    }
    if (version.asInt() == 1 && tree.path("alignment") instanceof ObjectNode alignment && !alignment.has("textEdits")) {
      alignment.putArray("textEdits"); // version 1 had no text edits: the texts are as read
    }
    if (version.asInt() <= 2 && tree.path("reading") instanceof ObjectNode reading && reading.has("encoding")) {
      JsonNode both = reading.remove("encoding"); // versions 1 and 2 read both texts in one encoding
      reading.set("arabicEncoding", both);
      reading.set("englishEncoding", both);
    }
    Content content;
    try {
      content = MAPPER.treeToValue(tree, Content.class);
    } catch (JacksonException e) {
      throw damaged(file, e.getOriginalMessage().lines().findFirst().orElse("") + " at " + pathOf(e), e);
    } catch (IllegalArgumentException e) {
      throw damaged(file, e.getMessage(), e);
    }
    Project project = toProject(content, file);
    return version.asInt() >= 4 ? project
        : new Project(project.alignment().withFingerprintsRenewed(), project.provenance(), project.textOptions(), project.inputs());
  }

  private static Project toProject(Content content, Path file) {
    if (content.machine() == null || content.reading() == null || content.inputs() == null
        || content.source() == null || content.target() == null || content.alignment() == null) {
      throw damaged(file, "it lacks one of machine, reading, inputs, source, target, alignment", null);
    }
    for (Document document : List.of(content.source(), content.target())) {
      problemOf(document).ifPresent(p -> {
        throw damaged(file, "document '" + document.name() + "': " + p, null);
      });
    }
    Alignment a = content.alignment();
    if (a.links() == null || a.flags() == null || a.decisions() == null || a.textEdits() == null) {
      throw damaged(file, "its alignment lacks links, flags, decisions or text edits", null);
    }
    EditableAlignment.problemOf(content.source(), content.target(), a.links(), a.flags(), a.nextId())
        .or(() -> EditableAlignment.problemOf(content.source(), content.target(), a.textEdits()))
        .ifPresent(p -> {
          throw damaged(file, p, null);
        });
    for (LinkFlag flag : a.flags()) {
      if (!within(flag.sourceSpans(), content.source()) || !within(flag.targetSpans(), content.target())) {
        throw damaged(file, "the evidence of flag " + flag.fingerprint() + " lies outside its document", null);
      }
    }
    EditableAlignment alignment = new EditableAlignment(
        content.source(), content.target(), a.links(), a.flags(), a.decisions(), a.verdict(), a.nextId(),
        a.textEdits());
    return new Project(alignment, content.machine(), textOptions(content.reading(), file), content.inputs());
  }

  private static TextOptions textOptions(Reading reading, Path file) {
    return new TextOptions(encoding(reading.arabicEncoding(), file), encoding(reading.englishEncoding(), file),
        reading.presegmented(), reading.keepSetAside());
  }

  /** The encoding of this name; null (UTF-8) for none. */
  private static Charset encoding(String name, Path file) {
    if (name == null) {
      return null;
    }
    return TextReader.encodingNamed(name)
        .orElseThrow(() -> damaged(file, "it names an unknown encoding '" + name + "'", null));
  }

  /** Whether the document's sentences and set-aside parts are where its text says they are. */
  private static Optional<String> problemOf(Document document) {
    if (document.original() == null || document.lang() == null || document.name() == null) {
      return Optional.of("it lacks its name, language or text");
    }
    int length = document.original().length();
    int end = 0;
    List<Sentence> sentences = document.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.index() != i || s.start() < end || s.end() < s.start() || s.end() > length
          || !document.original().substring(s.start(), s.end()).equals(s.text())) {
        return Optional.of("sentence " + (i + 1) + " does not match the text at " + s.start() + ".." + s.end());
      }
      end = s.end();
    }
    for (SetAside part : document.setAside()) {
      if (part.start() < 0 || part.end() < part.start() || part.end() > length) {
        return Optional.of("a set-aside part lies outside the text (" + part.start() + ".." + part.end() + ")");
      }
    }
    return Optional.empty();
  }

  private static boolean within(List<Span> spans, Document document) {
    return spans.stream().allMatch(s -> s.end() <= document.original().length());
  }

  private static ProjectFileException damaged(Path file, String what, Throwable cause) {
    return new ProjectFileException(Kind.DAMAGED, file, "the project " + file + " is damaged: " + what,
        "open its backup " + backupOf(file).getFileName() + " or the recovery file, if there is one", cause);
  }

  private static String locationOf(JacksonException e) {
    return e.getLocation() == null
        ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }

  /** Where in the file a field went wrong, as a reader would name it: "alignment.links[3].source". */
  private static String pathOf(JacksonException e) {
    if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
      return "the top level";
    }
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference step : mapping.getPath()) {
      if (step.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
      } else {
        path.append('[').append(step.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}

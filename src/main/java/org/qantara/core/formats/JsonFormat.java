package org.qantara.core.formats;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.List;
import org.qantara.core.QantaraException;
import org.qantara.core.align.AlignedDocuments;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.align.Link;
import org.qantara.core.text.Document;

/**
 * The complete result as JSON: both documents (original text, sentences with offsets, set-aside items),
 * the links with full-precision scores, the model id and the aligner parameters, under a format name and
 * version so that readers can refuse what they do not understand. {@link #read} restores exactly what
 * {@link #write} wrote.
 */
public final class JsonFormat {
  public static final String FORMAT = "qantara-alignment";
  public static final int VERSION = 1;

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          // Convenience methods such as Link.isOneSided() are derived data, not fields of the format.
          .setVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          // The caller owns the stream (it may be writing a temporary file it then moves into place).
          .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
          .configure(JsonParser.Feature.AUTO_CLOSE_SOURCE, false);

  private JsonFormat() {}

  /** What the file holds; the fields of {@link AlignedDocuments} after the format's name and version. */
  private record Envelope(
      String format,
      int version,
      String modelId,
      AlignerParams params,
      Document source,
      Document target,
      List<Link> links) {}

  public static void write(AlignedDocuments aligned, Writer out) throws IOException {
    MAPPER.writeValue(
        out,
        new Envelope(
            FORMAT, VERSION, aligned.modelId(), aligned.params(), aligned.source(), aligned.target(), aligned.links()));
  }

  /**
   * @param origin where the JSON comes from (a file name), for error messages
   */
  public static AlignedDocuments read(Reader in, String origin) {
    Envelope envelope;
    try {
      envelope = MAPPER.readValue(in, Envelope.class);
    } catch (JacksonException e) {
      throw new QantaraException(
          origin + " is not a valid Qantara alignment: " + e.getOriginalMessage().lines().findFirst().orElse("")
              + locationOf(e),
          "pass a file written by Qantara's JSON output", e);
    } catch (IOException e) {
      throw new QantaraException("cannot read " + origin + ": " + e.getMessage(), "check that the file is readable", e);
    }
    if (!FORMAT.equals(envelope.format()) || envelope.version() != VERSION) {
      throw new QantaraException(
          origin + " holds format '" + envelope.format() + "' version " + envelope.version()
              + ", expected '" + FORMAT + "' version " + VERSION,
          "convert it with the Qantara version that wrote it, or align the documents again");
    }
    if (envelope.source() == null || envelope.target() == null || envelope.links() == null || envelope.params() == null) {
      throw new QantaraException(
          origin + " lacks one of source, target, links, params", "pass a complete file written by Qantara");
    }
    return new AlignedDocuments(
        envelope.source(), envelope.target(), envelope.links(), envelope.modelId(), envelope.params());
  }

  private static String locationOf(JacksonException e) {
    return e.getLocation() == null
        ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }
}

package org.qantara.core.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.qantara.core.QantaraException;

/** Corpus rows as JSON lines, one {@link AlignedSegment} a line, every field by name. */
public final class SegmentRows {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SegmentRows() {}

  public static void write(Iterable<AlignedSegment> segments, Writer out) throws IOException {
    for (AlignedSegment segment : segments) {
      out.write(line(segment));
      out.write('\n');
    }
  }

  public static String line(AlignedSegment segment) {
    try {
      return JSON.writeValueAsString(segment);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("segments always serialise", e);
    }
  }

  /** Streams the rows of {@code file} to {@code sink}, one at a time. */
  public static void read(Path file, Consumer<AlignedSegment> sink) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          sink.accept(JSON.readValue(line, AlignedSegment.class));
        }
      }
    } catch (IOException e) {
      throw new QantaraException("cannot read the corpus rows " + file + ": " + e.getMessage(),
          "run the batch again: it makes the pair's rows again", e);
    }
  }
}

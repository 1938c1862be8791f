package org.qantara.core.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qantara.core.QantaraException;
import org.qantara.core.io.AtomicFiles;

/**
 * What a batch folder records of its finished pairs: a journal, one JSON line appended (and forced to disk)
 * as each pair finishes, so the cost of recording a pair does not grow with the batch and a process killed
 * at any moment loses at most the pair it was writing (a torn last line is ignored). Opening the state
 * replays the journal (the last line of an id wins; a failure removes the id) and rewrites it compacted.
 */
final class BatchState implements Closeable {
  static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  /**
   * A finished pair: what its outputs were made from, the main output's name and checksum (an edited or
   * truncated output is made again), and its report line. {@code failed} lines remove an id.
   */
  record Record(String id, String fingerprint, String output, String outputSha256, PairSummary summary,
      boolean failed) {}

  private final Path file;
  private final Map<String, Record> records;
  private final FileChannel journal;

  private BatchState(Path file, Map<String, Record> records, FileChannel journal) {
    this.file = file;
    this.records = records;
    this.journal = journal;
  }

  static BatchState open(Path file) {
    Map<String, Record> records = replay(file);
    StringBuilder compacted = new StringBuilder();
    for (Record record : records.values()) {
      compacted.append(line(record));
    }
    AtomicFiles.writeText(file, out -> out.write(compacted.toString()));
    try {
      return new BatchState(file, records, FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
    } catch (IOException e) {
      throw new QantaraException("cannot open the batch state " + file + ": " + e.getMessage(),
          "check that the output folder is writable", e);
    }
  }

  private static Map<String, Record> replay(Path file) {
    Map<String, Record> records = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return records;
    }
    // Damaged bytes are read as replacement characters: their lines fail to parse and those pairs are done again.
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        Record record;
        try {
          record = JSON.readValue(text, Record.class);
        } catch (JsonProcessingException torn) {
          continue; // the line a killed process was writing: its pair is simply done again
        }
        if (record == null || record.id() == null
            || !record.failed() && (record.fingerprint() == null || record.outputSha256() == null
                || record.summary() == null)) {
          continue; // not a line this program wrote: its pair, if any, is done again
        }
        if (record.failed()) {
          records.remove(record.id());
        } else {
          records.put(record.id(), record);
        }
      }
    } catch (IOException e) {
      throw new QantaraException("the batch state " + file + " is unreadable: " + e.getMessage(),
          "delete it to align every pair again");
    }
    return records;
  }

  synchronized Record get(String id) {
    return records.get(id);
  }

  synchronized void finished(Record record) {
    append(record);
    records.put(record.id(), record);
  }

  synchronized void failed(String id) {
    if (records.remove(id) != null) {
      append(new Record(id, null, null, null, null, true));
    }
  }

  private void append(Record record) {
    try {
      ByteBuffer bytes = ByteBuffer.wrap(line(record).getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        journal.write(bytes);
      }
      journal.force(false);
    } catch (IOException e) {
      throw new QantaraException("cannot record progress in " + file + ": " + e.getMessage(),
          "check that the disk is not full", e);
    }
  }

  private static String line(Record record) {
    try {
      return JSON.writeValueAsString(record) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("batch records always serialise", e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      journal.close();
    } catch (IOException e) {
      throw new QantaraException("cannot close the batch state " + file + ": " + e.getMessage(),
          "check that the disk is not full", e);
    }
  }
}

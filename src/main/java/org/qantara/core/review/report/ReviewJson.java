package org.qantara.core.review.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.qantara.core.align.Link;
import org.qantara.core.review.Flag;
import org.qantara.core.review.LinkReview;
import org.qantara.core.review.ReviewReport;
import org.qantara.core.review.WordLink;
import org.qantara.core.text.Document;
import org.qantara.core.text.Span;

/**
 * The review as JSON: verdict, a count of flags by type, every flag with its spans (character offsets
 * [start, end) into the original texts, plus the text they cover), and every link with its word
 * alignment and coverage. Numbers that do not apply (the similarity of a 1-0 link) are null.
 */
public final class ReviewJson {
  public static final String FORMAT = "qantara-review";
  public static final int VERSION = 1;

  private ReviewJson() {}

  public static void write(ReviewReport report, Writer out) throws IOException {
    try (JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      json.writeStringField("format", FORMAT);
      json.writeNumberField("version", VERSION);
      json.writeStringField("source", report.source().name());
      json.writeStringField("target", report.target().name());
      json.writeStringField("alignmentModel", report.alignment().modelId());
      json.writeStringField("reviewModel", report.modelId());
      json.writeObjectFieldStart("options");
      json.writeNumberField("sensitivity", report.options().sensitivity());
      json.writeNumberField("minWordSimilarity", report.options().minWordSimilarity());
      json.writeNumberField("minUncoveredRun", report.options().minUncoveredRun());
      json.writeNumberField("notTranslationShare", report.options().notTranslationShare());
      json.writeEndObject();
      json.writeObjectFieldStart("verdict");
      json.writeStringField("kind", report.verdict().kind().name());
      number(json, "weakShare", report.verdict().weakShare());
      json.writeStringField("explanation", report.verdict().explanation());
      json.writeEndObject();
      json.writeBooleanField("needsAttention", report.needsAttention());
      Map<Flag.Type, Integer> byType = new EnumMap<>(Flag.Type.class);
      report.flags().forEach(f -> byType.merge(f.type(), 1, Integer::sum));
      json.writeObjectFieldStart("flagCounts");
      for (Flag.Type type : Flag.Type.values()) {
        json.writeNumberField(type.name(), byType.getOrDefault(type, 0));
      }
      json.writeEndObject();
      json.writeArrayFieldStart("flags");
      for (Flag flag : report.flags()) {
        json.writeStartObject();
        json.writeStringField("type", flag.type().name());
        json.writeStringField("severity", flag.severity().name());
        json.writeNumberField("confidence", flag.confidence());
        json.writeNumberField("link", flag.linkIndex());
        spans(json, "sourceSpans", flag.sourceSpans(), report.source());
        spans(json, "targetSpans", flag.targetSpans(), report.target());
        json.writeStringField("reason", flag.reason());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("links");
      for (LinkReview review : report.linkReviews()) {
        Link link = report.links().get(review.linkIndex());
        json.writeStartObject();
        json.writeNumberField("index", review.linkIndex());
        indices(json, "source", link.source());
        indices(json, "target", link.target());
        json.writeNumberField("alignmentScore", link.score());
        number(json, "similarity", review.similarity());
        number(json, "zScore", review.zScore());
        number(json, "sourceCoverage", review.sourceCoverage());
        number(json, "targetCoverage", review.targetCoverage());
        json.writeArrayFieldStart("wordLinks");
        for (WordLink w : review.wordLinks()) {
          json.writeStartObject();
          span(json, "source", w.source());
          span(json, "target", w.target());
          json.writeStringField("kind", w.kind().name());
          number(json, "similarity", w.similarity());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  private static void spans(JsonGenerator json, String field, List<Span> spans, Document document) throws IOException {
    json.writeArrayFieldStart(field);
    for (Span s : spans) {
      json.writeStartObject();
      json.writeNumberField("start", s.start());
      json.writeNumberField("end", s.end());
      json.writeStringField("text", s.of(document.original()));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void span(JsonGenerator json, String field, Span s) throws IOException {
    json.writeArrayFieldStart(field);
    json.writeNumber(s.start());
    json.writeNumber(s.end());
    json.writeEndArray();
  }

  private static void indices(JsonGenerator json, String field, List<Integer> indices) throws IOException {
    json.writeArrayFieldStart(field);
    for (int i : indices) {
      json.writeNumber(i);
    }
    json.writeEndArray();
  }

  private static void number(JsonGenerator json, String field, double value) throws IOException {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      json.writeNullField(field);
    } else {
      json.writeNumberField(field, value);
    }
  }
}

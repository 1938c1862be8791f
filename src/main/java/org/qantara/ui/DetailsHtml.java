package org.qantara.ui;

import java.util.List;
import java.util.Locale;
import org.qantara.core.review.DocumentVerdict;
import org.qantara.core.edit.LinkFlag;
import org.qantara.core.edit.Side;
import org.qantara.core.edit.TextEdit;

/**
 * The details panel's content as HTML: the selected link, each of its flags (type, severity, confidence,
 * reason, evidence, the translator's decision) and the document verdict. Headless, so it is unit-tested.
 */
final class DetailsHtml {
  private DetailsHtml() {}

  static String of(LinkRow row, int number, DocumentVerdict verdict, String arabicFont, String latinFont, int fontSize) {
    StringBuilder html = new StringBuilder();
    html.append("<html><body style='font-family:").append(latinFont).append("; font-size:").append(fontSize).append("pt'>");
    if (row == null) {
      html.append("<p>No link selected.</p>");
    } else {
      html.append("<h3>Link ").append(number).append(" · ").append(row.type()).append(" · ")
          .append(Double.isNaN(row.score()) ? "no score" : String.format(Locale.ROOT, "score %.2f", row.score()))
          .append(" · ").append(row.statusLabel()).append(row.manual() ? " · made by hand" : "").append("</h3>");
      for (TextEdit edit : row.textEdits()) {
        boolean arabic = edit.side() == Side.SOURCE;
        html.append("<p><b>").append(arabic ? "Arabic" : "English").append(" text edited by hand</b>; the input had: ")
            .append("<span style='font-family:").append(arabic ? arabicFont : latinFont).append("'")
            .append(arabic ? " dir='rtl'" : "").append(">").append(escape(edit.original())).append("</span></p>");
      }
      if (row.flags().isEmpty()) {
        html.append("<p>No flags on this link.</p>");
      }
      for (LinkRow.FlagItem item : row.flags()) {
        LinkFlag flag = item.flag();
        html.append("<p><b>").append(flag.type().name().replace('_', ' ')).append("</b> — ")
            .append(flag.severity().name().toLowerCase(Locale.ROOT))
            .append(String.format(Locale.ROOT, ", confidence %.0f%%", flag.confidence() * 100));
        item.decision().ifPresent(decision -> {
          html.append(" — <i>").append(decision.kind().name().toLowerCase(Locale.ROOT)).append("</i>");
          if (!decision.note().isBlank()) {
            html.append(": ").append(escape(decision.note()));
          }
        });
        html.append("<br>").append(escape(flag.reason()));
        evidence(html, "Arabic", item.sourceEvidence(), true, arabicFont);
        evidence(html, "English", item.targetEvidence(), false, latinFont);
        html.append("</p>");
      }
    }
    if (verdict != null) {
      html.append("<hr><p><b>Document verdict: ").append(verdict.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))
          .append("</b> — ").append(escape(verdict.explanation())).append("</p>");
    }
    return html.append("</body></html>").toString();
  }

  private static void evidence(StringBuilder html, String side, List<String> texts, boolean rtl, String font) {
    if (texts.isEmpty()) {
      return;
    }
    html.append("<br>").append(side).append(" evidence: ");
    for (int i = 0; i < texts.size(); i++) {
      if (i > 0) {
        html.append(" · ");
      }
      html.append("<span style='font-family:").append(font).append("; background-color:#ffe08a; color:#000000'")
          .append(rtl ? " dir='rtl'" : "").append(">").append(escape(texts.get(i))).append("</span>");
    }
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}

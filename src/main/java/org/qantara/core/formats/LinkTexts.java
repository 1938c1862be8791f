package org.qantara.core.formats;

import java.util.List;
import java.util.stream.Collectors;
import org.qantara.core.QantaraException;
import org.qantara.core.text.Document;

/** The text of one side of a link: its sentences joined with a space. */
public final class LinkTexts {
  private LinkTexts() {}

  public static String of(Document document, List<Integer> indices) {
    return indices.stream()
        .map(
            i -> {
              if (i < 0 || i >= document.sentences().size()) {
                throw new QantaraException(
                    "link refers to sentence " + i + " but " + document.name() + " has "
                        + document.sentences().size() + " sentences",
                    "align the documents again; the alignment belongs to another version of the text");
              }
              return document.sentences().get(i).text();
            })
        .collect(Collectors.joining(" "));
  }

  public static String indices(List<Integer> indices) {
    return indices.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}

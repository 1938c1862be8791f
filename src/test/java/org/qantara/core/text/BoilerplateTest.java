package org.qantara.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qantara.core.text.SetAside.Kind;

class BoilerplateTest {
  /** The set-aside stretches whose text is exactly {@code line}. */
  private static List<SetAside> setAsideAs(List<SetAside> setAside, String line) {
    return setAside.stream().filter(s -> s.text().equals(line)).toList();
  }

  /** Asserts that no set-aside stretch touches the paragraph of {@code text} that starts with {@code opening}. */
  private static void assertKept(String text, List<SetAside> setAside, String opening) {
    int start = text.indexOf(opening);
    assertThat(start).as("paragraph opening %s", opening).isNotNegative();
    int end = text.indexOf('\n', start) < 0 ? text.length() : text.indexOf('\n', start);
    Span paragraph = new Span(start, end);
    assertThat(setAside).as("set aside over %s", opening).noneMatch(s -> s.span().overlaps(paragraph));
  }

  @Test
  void setsAsideOnlyTheDatePrefixOfSeed000() {
    String text = Seeds.text(Seeds.S000);
    List<SetAside> setAside = Boilerplate.detect(text);
    assertThat(setAside).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo(Kind.METADATA);
      assertThat(s.text()).isEqualTo(" date 2026-01-26");
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    });
  }

  @Test
  void setsAsideTheWebPageAroundTheArticleInSeed002() {
    String text = Seeds.text(Seeds.S002);
    List<SetAside> setAside = Boilerplate.detect(text);

    assertThat(setAsideAs(setAside, " date 2026-01-27")).extracting(SetAside::kind).containsExactly(Kind.METADATA);
    assertThat(setAsideAs(setAside, "World Russia Society Opinion Science Sport Incidents Business")).extracting(SetAside::kind).containsExactly(Kind.NAVIGATION);
    assertThat(setAsideAs(setAside, "News All >")).extracting(SetAside::kind).containsExactly(Kind.NAVIGATION);
    assertThat(setAside).filteredOn(s -> s.text().startsWith("Photo: commons.wikimedia.org")).extracting(SetAside::kind).containsExactly(Kind.PHOTO_CAPTION);
    assertThat(setAsideAs(setAside, "Damascus, Syria, Panorama at sunset")).extracting(SetAside::kind).containsExactly(Kind.PHOTO_CAPTION, Kind.PHOTO_CAPTION);
    assertThat(setAsideAs(setAside, "Subscribe to Pravda.Ru Telegram channel, Facebook, RSS!")).extracting(SetAside::kind).containsExactly(Kind.COOKIE_OR_SUBSCRIPTION);
    assertThat(setAsideAs(setAside, "Copyright © 1999-2026, «PRAVDA.Ru».")).extracting(SetAside::kind).containsExactly(Kind.COPYRIGHT);
    assertThat(setAside).filteredOn(s -> s.text().startsWith("When reproducing our materials")).extracting(SetAside::kind).containsExactly(Kind.COPYRIGHT);
    for (String heading : List.of("Russian Forces Start Leaving Qamishli as Damascus Expands Control", "Redeployment From Qamishli", "Upcoming Moscow Visit")) {
      assertThat(setAsideAs(setAside, heading)).as(heading).hasSize(1);
    }

    // Everything from the byline to the end is page furniture: each of its lines is set aside whole.
    int footer = text.indexOf("Author`s name");
    List<String> footerLines = text.substring(footer).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    List<String> setAsideTexts = setAside.stream().map(SetAside::text).toList();
    assertThat(setAsideTexts).containsAll(footerLines);
    assertThat(setAside).filteredOn(s -> s.text().startsWith("Ukrainian Officer Admits")).extracting(SetAside::kind).containsOnly(Kind.RELATED_LINKS);

    for (String opening : List.of("Russia has begun withdrawing", "According to two sources", "A Syrian security source", "Reuters reported",
        "The offensive reflects", "On Monday, a Reuters journalist", "It was previously reported")) {
      assertKept(text, setAside, opening);
    }
  }

  @Test
  void aSentenceRepeatedInTheBodyIsContentButARepeatedHeadingIsNot() {
    String text = "Title of the piece\n\nThe people gathered in the square at noon.\n\nWe will not back down.\n\n"
        + "The speaker raised her voice.\n\nWe will not back down.\n\nTitle of the piece\n\nThe crowd answered her.\n";
    List<SetAside> setAside = Boilerplate.detect(text);
    assertThat(setAsideAs(setAside, "We will not back down.")).isEmpty();
    assertThat(setAsideAs(setAside, "Title of the piece")).hasSize(2);
  }

  @Test
  void setsAsideRepeatedHeadlinesDateAndCookieNoticeInSeed004() {
    String text = Seeds.text(Seeds.S004);
    List<SetAside> setAside = Boilerplate.detect(text);

    String headline = "Russia has begun to withdraw its troops from Qamishli, which is under YPG occupation in Syria.";
    assertThat(setAsideAs(setAside, headline)).as("the repeat, not the first").singleElement()
        .satisfies(s -> assertThat(s.start()).isEqualTo(text.indexOf(headline, 1)))
        .extracting(SetAside::kind).isEqualTo(Kind.DUPLICATE_HEADLINE);
    assertThat(setAsideAs(setAside, "Russia has begun to withdraw its forces from Syria")).extracting(SetAside::kind)
        .containsExactly(Kind.OTHER_BOILERPLATE, Kind.DUPLICATE_HEADLINE, Kind.DUPLICATE_HEADLINE);
    assertThat(setAsideAs(setAside, "27.01.2026 22:02")).extracting(SetAside::kind).containsExactly(Kind.METADATA);
    assertThat(setAsideAs(setAside, "Source: AA / IHA")).extracting(SetAside::kind).containsExactly(Kind.METADATA);
    assertThat(setAsideAs(setAside, "THE MILITARY BASE IN QAMISHLI IS BEING EVACUATED")).hasSize(1);
    assertThat(setAside).filteredOn(s -> s.text().contains("we position cookies on our site")).extracting(SetAside::kind).containsExactly(Kind.COOKIE_OR_SUBSCRIPTION);

    for (String opening : List.of(headline, "A notable development", "Russia has begun to withdraw its troops from Syria.", "While there has been",
        "Local sources reported", "On the other hand", "Putin and Shara had previously met")) {
      assertKept(text, setAside, opening);
    }
  }

  @Test
  void setsNothingAsideInTheCleanSeed003() {
    assertThat(Boilerplate.detect(Seeds.text(Seeds.S003))).isEmpty();
  }

  @Test
  void everySetAsideSpanHoldsItsTextAndNoneOverlap() {
    for (Path seed : Seeds.ALL) {
      String text = Seeds.text(seed);
      List<SetAside> setAside = Boilerplate.detect(text);
      for (int i = 0; i < setAside.size(); i++) {
        SetAside s = setAside.get(i);
        assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        assertThat(s.reason()).isNotBlank();
        if (i > 0) {
          assertThat(s.start()).as(seed + " ordered, no overlap").isGreaterThanOrEqualTo(setAside.get(i - 1).end());
        }
      }
    }
  }

  @Test
  void keepsHardWrappedProse() {
    // Seed 000's paragraphs wrapped at about 60 columns: no line has final punctuation, none is a heading.
    String wrapped = Seeds.lines(Seeds.GOLD_EN).stream()
        .map(BoilerplateTest::wrap)
        .collect(Collectors.joining("\n\n"));
    assertThat(wrapped.lines().filter(l -> !l.isBlank() && !TextLines.endsWithTerminal(l)).count()).isGreaterThan(10);
    assertThat(Boilerplate.detect(wrapped)).isEmpty();
  }

  private static String wrap(String paragraph) {
    StringBuilder out = new StringBuilder();
    int column = 0;
    for (String word : paragraph.split(" ")) {
      if (column > 0 && column + word.length() > 60) {
        out.append('\n');
        column = 0;
      } else if (column > 0) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += word.length();
    }
    return out.toString();
  }

  @Test
  void findsArabicHeadingsAndNotices() {
    List<String> gold = Seeds.lines(Seeds.GOLD_AR);
    String text = "القوات الروسية تغادر القامشلي\n\n" + gold.get(0) + "\n\n" + gold.get(1) + "\n\nجميع الحقوق محفوظة لموقع الخبر 2026";
    List<SetAside> setAside = Boilerplate.detect(text);
    assertThat(setAside).extracting(SetAside::text, SetAside::kind)
        .containsExactly(
            tuple("القوات الروسية تغادر القامشلي", Kind.OTHER_BOILERPLATE),
            tuple("جميع الحقوق محفوظة لموقع الخبر 2026", Kind.COPYRIGHT));
  }

  @Test
  void keywordsInsideNewsSentencesDoNotMakeThemNotices() {
    String text =
        "The court ruled on Tuesday that the copyright claim brought by Getty Images against the start-up was invalid.\n\n"
            + "Subscribe to our newsletter for daily news.\n\n"
            + "Copyright 2026 Example Media\n";
    assertThat(Boilerplate.detect(text)).extracting(SetAside::text, SetAside::kind)
        .containsExactly(
            tuple("Subscribe to our newsletter for daily news.", Kind.COOKIE_OR_SUBSCRIPTION),
            tuple("Copyright 2026 Example Media", Kind.COPYRIGHT));
  }

  @Test
  void explicitCuesLeaveOneSentenceALineTextAlone() {
    // Tatoeba lines are short and some lack final punctuation: only keyword cues may apply there.
    assertThat(Boilerplate.detect(Seeds.text(Seeds.TATOEBA_AR), Boilerplate.Cues.EXPLICIT_ONLY)).isEmpty();
    assertThat(Boilerplate.detect(Seeds.text(Seeds.TATOEBA_EN), Boilerplate.Cues.EXPLICIT_ONLY)).isEmpty();
    assertThat(Boilerplate.detect(Seeds.text(Seeds.TATOEBA_AR))).as("layout cues would misfire here").isNotEmpty();
    assertThat(Boilerplate.detect(Seeds.text(Seeds.S004), Boilerplate.Cues.EXPLICIT_ONLY)).extracting(SetAside::kind)
        .containsExactly(Kind.METADATA, Kind.METADATA, Kind.COOKIE_OR_SUBSCRIPTION);
  }
}

package org.qantara.modelbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.SortedMap;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;

class WordNetSynonymsTest {

  @Test
  void aWordsFirstSenseGivesItsSynonymsAndAnAdjectiveSatelliteItsHead() {
    assumeTrue(Files.isRegularFile(BuiltinModelBuilder.WORDNET.resolve("data.adj")),
        "WordNet is not installed in /usr/share/wordnet (apt-get install wordnet-base)");
    SortedMap<String, SortedSet<String>> synonyms = WordNetSynonyms.read(BuiltinModelBuilder.WORDNET);

    // martial's first sense is the satellite {soldierly, soldierlike, warriorlike, martial} of "military".
    assertThat(synonyms.get(Words.englishKey("martial"))).contains(Words.englishKey("military"),
        Words.englishKey("soldierly"));
    // {conflict, struggle, battle} is conflict's first sense; "dispute", a later sense, is left out.
    assertThat(synonyms.get(Words.englishKey("conflict"))).contains(Words.englishKey("struggle"))
        .doesNotContain(Words.englishKey("dispute"), Words.englishKey("conflict"));
  }
}

package org.qantara.eval.review;

import java.util.List;
import org.qantara.core.review.Flag;
import org.qantara.core.text.Document;

/**
 * One benchmark document pair: a clean pair with (at most) one injected error and the flags a reviewer
 * should raise for it.
 *
 * @param gold the flags a reviewer must raise for the injected error
 * @param tolerated findings the change implies besides the expected one, which are true but not what the
 *     case measures: a replaced sentence that took a name with it leaves that name unrendered, a deleted
 *     clause that held a number leaves the number missing. Raising them is no false alarm; missing them
 *     is no miss. The true differences of the clean data itself (two Tatoeba lines render سامي as "Fadil")
 *     are tolerated in every case of their pair, the clean one included.
 * @param change what was done, in words ("changed 'two' to 'seven' in English sentence 3")
 */
public record BenchmarkCase(String id, Perturbation perturbation, Document source, Document target,
    List<GoldFlag> gold, List<GoldFlag> tolerated, String change) {

  /**
   * An expected flag, located by sentence: the Arabic sentence it concerns and / or the English sentence
   * (index in the perturbed English), -1 where that side has none.
   */
  public record GoldFlag(Flag.Type type, int sourceSentence, int targetSentence) {}

  public BenchmarkCase {
    gold = List.copyOf(gold);
    tolerated = List.copyOf(tolerated);
  }
}

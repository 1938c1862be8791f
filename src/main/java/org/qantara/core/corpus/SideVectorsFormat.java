package org.qantara.core.corpus;

import java.io.IOException;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.KnnVectorsWriter;
import org.apache.lucene.codecs.hnsw.FlatVectorScorerUtil;
import org.apache.lucene.codecs.lucene99.Lucene99FlatVectorsFormat;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;

/**
 * Vectors kept flat, without a graph: each side's sentence vector of a pair, read to score the pairs the pair
 * graph found. Lucene's own flat format is not registered by name (it serves inside other formats), and the
 * one that is (int8 scalar quantisation) spends a tenth of the indexing time on quantiles of a copy never read;
 * an index records a field's format by name, and finds this one under {@value #NAME} through
 * {@code META-INF/services}. Public for that lookup only.
 */
public final class SideVectorsFormat extends KnnVectorsFormat {
  static final String NAME = "QantaraSideVectors";
  private final Lucene99FlatVectorsFormat flat = new Lucene99FlatVectorsFormat(FlatVectorScorerUtil.getLucene99FlatVectorsScorer());

  public SideVectorsFormat() {
    super(NAME);
  }

  @Override
  public KnnVectorsWriter fieldsWriter(SegmentWriteState state) throws IOException {
    return flat.fieldsWriter(state);
  }

  @Override
  public KnnVectorsReader fieldsReader(SegmentReadState state) throws IOException {
    return flat.fieldsReader(state);
  }

  @Override
  public int getMaxDimensions(String fieldName) {
    return flat.getMaxDimensions(fieldName);
  }
}

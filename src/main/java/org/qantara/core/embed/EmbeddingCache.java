package org.qantara.core.embed;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A least-recently-used map bounded by the number of floats it holds, not by entries: a long text's token
 * vectors weigh hundreds of times more than one sentence vector. Keys include the model id, so one cache
 * can serve every embedder in the process. Thread-safe.
 */
final class EmbeddingCache<V> {
  record Key(String modelId, String text) {}

  private final long maxFloats;
  private final ToLongFunction<V> weigher;
  private final LinkedHashMap<Key, V> entries = new LinkedHashMap<>(256, 0.75f, true);
  private long floats;

  EmbeddingCache(long maxFloats, ToLongFunction<V> weigher) {
    this.maxFloats = maxFloats;
    this.weigher = weigher;
  }

  /** How many floats {@code value} weighs. */
  long weigh(V value) {
    return weigher.applyAsLong(value);
  }

  /**
   * Whether results weighing {@code floats} together are worth keeping: not when they alone would fill the whole
   * cache (a long document's every run), which would only evict everything and keep their own tail.
   */
  boolean worthKeeping(long floats) {
    return floats <= maxFloats;
  }

  synchronized V get(String modelId, String text) {
    return entries.get(new Key(modelId, text));
  }

  synchronized void put(String modelId, String text, V value) {
    long weight = weigher.applyAsLong(value);
    if (weight > maxFloats) {
      return;
    }
    V previous = entries.put(new Key(modelId, text), value);
    floats += weight - (previous == null ? 0 : weigher.applyAsLong(previous));
    Iterator<Map.Entry<Key, V>> eldest = entries.entrySet().iterator();
    while (floats > maxFloats && eldest.hasNext()) {
      floats -= weigher.applyAsLong(eldest.next().getValue());
      eldest.remove();
    }
  }

  synchronized int size() {
    return entries.size();
  }
}

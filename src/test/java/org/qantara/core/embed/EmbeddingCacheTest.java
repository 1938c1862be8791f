package org.qantara.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddingCacheTest {

  @Test
  void evictsLeastRecentlyUsedEntriesOnceTheFloatBudgetIsSpent() {
    EmbeddingCache<float[]> cache = new EmbeddingCache<>(10, v -> v.length);
    cache.put("m", "a", new float[4]);
    cache.put("m", "b", new float[4]);
    assertThat(cache.get("m", "a")).isNotNull(); // touch a, so b is now the eldest
    cache.put("m", "c", new float[4]);

    assertThat(cache.get("m", "b")).isNull();
    assertThat(cache.get("m", "a")).isNotNull();
    assertThat(cache.get("m", "c")).isNotNull();
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void keysIncludeTheModelAndOversizedValuesAreNotKept() {
    EmbeddingCache<float[]> cache = new EmbeddingCache<>(10, v -> v.length);
    cache.put("m1", "same text", new float[] {1});
    cache.put("m2", "same text", new float[] {2});
    cache.put("m1", "huge", new float[11]);

    assertThat(cache.get("m1", "same text")).containsExactly(1);
    assertThat(cache.get("m2", "same text")).containsExactly(2);
    assertThat(cache.get("m1", "huge")).isNull();
  }
}

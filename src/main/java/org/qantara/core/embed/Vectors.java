package org.qantara.core.embed;

import java.util.List;

/**
 * The vector arithmetic of the whole core (aligner, reviewer, embedder, evaluation), in one place. Vectors are
 * {@code float[]}; sums are kept in double where a result is reported, in four float lanes where the aligner
 * needs millions of them.
 */
public final class Vectors {
  private Vectors() {}

  /**
   * The dot product, summed in double: the reviewer's and evaluators' similarities. Four elements a step, still added
   * one after another in order (the same sum): align and review run under C1, which unrolls no loop, and a vector's
   * length is one of these (256 dependent additions: 400 -> 230 ns a dot under C1).
   */
  public static double dot(float[] a, float[] b) {
    double sum = 0;
    int i = 0;
    for (; i + 3 < a.length; i += 4) {
      sum += a[i] * b[i];
      sum += a[i + 1] * b[i + 1];
      sum += a[i + 2] * b[i + 2];
      sum += a[i + 3] * b[i + 3];
    }
    for (; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /**
   * {@link #dot} of {@code a} with each of {@code others}[from, to), into {@code dots}[0, to - from): the same values
   * to the last bit, each summed in the same order, four vectors at a time (one vector against many: four
   * independent sums keep the multiply-adds busy, where a single sum is one long chain of additions).
   */
  public static void dots(float[] a, float[][] others, int from, int to, double[] dots) {
    int k = from;
    for (; k + 3 < to; k += 4) {
      float[] b0 = others[k];
      float[] b1 = others[k + 1];
      float[] b2 = others[k + 2];
      float[] b3 = others[k + 3];
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      for (int i = 0; i < a.length; i++) {
        float x = a[i];
        s0 += x * b0[i];
        s1 += x * b1[i];
        s2 += x * b2[i];
        s3 += x * b3[i];
      }
      dots[k - from] = s0;
      dots[k + 1 - from] = s1;
      dots[k + 2 - from] = s2;
      dots[k + 3 - from] = s3;
    }
    for (; k < to; k++) {
      dots[k - from] = dot(a, others[k]);
    }
  }

  /**
   * The dot product summed in four float lanes: the aligner's inner loop, where the four independent sums
   * let the JIT pipeline the multiply-adds (a single sum is one long dependency chain). Its last digits differ
   * from {@link #dot}'s.
   */
  public static double fastDot(float[] x, float[] y) {
    float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    int d = 0;
    for (int end = x.length - 3; d < end; d += 4) {
      s0 += x[d] * y[d];
      s1 += x[d + 1] * y[d + 1];
      s2 += x[d + 2] * y[d + 2];
      s3 += x[d + 3] * y[d + 3];
    }
    for (; d < x.length; d++) {
      s0 += x[d] * y[d];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /**
   * {@link #fastDot} of {@code x} with each of {@code others}[from, to), into {@code dots}[0, to - from): the same
   * values to the last bit, each summed in the same four float lanes in the same order, four vectors at a time (the
   * aligner's band: one run against the runs of a row; sixteen independent sums keep the multiply-adds busy, where
   * one vector's four wait on each other's additions, about four times as fast).
   */
  public static void fastDots(float[] x, float[][] others, int from, int to, double[] dots) {
    int k = from;
    for (; k + 3 < to; k += 4) {
      float[] y0 = others[k];
      float[] y1 = others[k + 1];
      float[] y2 = others[k + 2];
      float[] y3 = others[k + 3];
      float a0 = 0, a1 = 0, a2 = 0, a3 = 0;
      float b0 = 0, b1 = 0, b2 = 0, b3 = 0;
      float c0 = 0, c1 = 0, c2 = 0, c3 = 0;
      float e0 = 0, e1 = 0, e2 = 0, e3 = 0;
      int d = 0;
      for (int end = x.length - 3; d < end; d += 4) {
        float x0 = x[d];
        float x1 = x[d + 1];
        float x2 = x[d + 2];
        float x3 = x[d + 3];
        a0 += x0 * y0[d];
        a1 += x1 * y0[d + 1];
        a2 += x2 * y0[d + 2];
        a3 += x3 * y0[d + 3];
        b0 += x0 * y1[d];
        b1 += x1 * y1[d + 1];
        b2 += x2 * y1[d + 2];
        b3 += x3 * y1[d + 3];
        c0 += x0 * y2[d];
        c1 += x1 * y2[d + 1];
        c2 += x2 * y2[d + 2];
        c3 += x3 * y2[d + 3];
        e0 += x0 * y3[d];
        e1 += x1 * y3[d + 1];
        e2 += x2 * y3[d + 2];
        e3 += x3 * y3[d + 3];
      }
      for (; d < x.length; d++) {
        a0 += x[d] * y0[d];
        b0 += x[d] * y1[d];
        c0 += x[d] * y2[d];
        e0 += x[d] * y3[d];
      }
      dots[k - from] = (a0 + a1) + (a2 + a3);
      dots[k + 1 - from] = (b0 + b1) + (b2 + b3);
      dots[k + 2 - from] = (c0 + c1) + (c2 + c3);
      dots[k + 3 - from] = (e0 + e1) + (e2 + e3);
    }
    for (; k < to; k++) {
      dots[k - from] = fastDot(x, others[k]);
    }
  }

  /** The Euclidean length; 0 for null. */
  public static double norm(float[] v) {
    return v == null ? 0 : Math.sqrt(dot(v, v));
  }

  /** The cosine of the angle between two vectors; 0 when either is all zeros. */
  public static double cosine(float[] a, float[] b) {
    return cosine(a, norm(a), b, norm(b));
  }

  /** {@link #cosine(float[], float[])} of vectors whose lengths ({@link #norm}) are known: one vector against many. */
  public static double cosine(float[] a, double normA, float[] b, double normB) {
    return normA == 0 || normB == 0 ? 0 : cosineOfDot(dot(a, b), normA, normB);
  }

  /** {@link #cosine(float[], double, float[], double)} of two vectors whose dot product ({@link #dot}) is known. */
  public static double cosineOfDot(double dot, double normA, double normB) {
    return normA == 0 || normB == 0 ? 0 : dot / (normA * normB);
  }

  /** A copy scaled to unit length; an all-zero vector stays all zeros (it then matches nothing). */
  public static float[] normalised(float[] v) {
    return scaleToUnit(v.clone());
  }

  /**
   * {@link #normalised} without the copy: scales {@code v} itself and returns it, for a vector nobody else holds
   * (an embedder's fresh pooled vector, a coarse level's sum); a long document's vectors are then not allocated twice.
   */
  public static float[] scaleToUnit(float[] v) {
    return scaleToUnit(v, dot(v, v));
  }

  /**
   * {@code sum} += {@code v} · {@code factor}, element by element: how the aligner builds a long document's runs and
   * coarse sentences. Four elements a step for C1, which unrolls no loop (each element's sum the same float).
   */
  public static void addScaled(float[] sum, float[] v, float factor) {
    int d = 0;
    for (; d + 3 < sum.length; d += 4) {
      sum[d] += v[d] * factor;
      sum[d + 1] += v[d + 1] * factor;
      sum[d + 2] += v[d + 2] * factor;
      sum[d + 3] += v[d + 3] * factor;
    }
    for (; d < sum.length; d++) {
      sum[d] += v[d] * factor;
    }
  }

  /**
   * {@link #addScaled}, then {@link #scaleToUnit}: the squares summed in order as the elements are added (as {@link #dot}
   * of the sum with itself sums them), one pass fewer, the same floats.
   */
  public static float[] addScaledToUnit(float[] sum, float[] v, float factor) {
    double squares = 0;
    int d = 0;
    for (; d + 3 < sum.length; d += 4) {
      float e0 = sum[d] + v[d] * factor;
      float e1 = sum[d + 1] + v[d + 1] * factor;
      float e2 = sum[d + 2] + v[d + 2] * factor;
      float e3 = sum[d + 3] + v[d + 3] * factor;
      sum[d] = e0;
      sum[d + 1] = e1;
      sum[d + 2] = e2;
      sum[d + 3] = e3;
      squares += e0 * e0;
      squares += e1 * e1;
      squares += e2 * e2;
      squares += e3 * e3;
    }
    for (; d < sum.length; d++) {
      float element = sum[d] + v[d] * factor;
      sum[d] = element;
      squares += element * element;
    }
    return scaleToUnit(sum, squares);
  }

  /**
   * {@link #scaleToUnit} of a vector whose squares are summed already, as {@link #dot} of it with itself sums them (each
   * element's square a float, added in order in double): a vector built element by element sums them as it goes
   * instead of reading itself once more (the aligner builds a long document's runs and coarse sentences that way).
   * Four elements a step, for C1, which unrolls no loop (the same floats).
   */
  public static float[] scaleToUnit(float[] v, double squares) {
    if (squares == 0) {
      return v;
    }
    float inverse = (float) (1 / Math.sqrt(squares));
    int i = 0;
    for (; i + 3 < v.length; i += 4) {
      v[i] *= inverse;
      v[i + 1] *= inverse;
      v[i + 2] *= inverse;
      v[i + 3] *= inverse;
    }
    for (; i < v.length; i++) {
      v[i] *= inverse;
    }
    return v;
  }

  /**
   * {@link #normalised}, except that a vector already of unit length to the last bit (scaling it by the float
   * nearest to 1 / length, which is then 1, would change no element) is returned itself instead of copied: an
   * embedder's normalised vectors are not stored twice.
   */
  public static float[] unit(float[] v) {
    double squares = dot(v, v);
    return squares != 0 && (float) (1 / Math.sqrt(squares)) == 1f ? v : normalised(v);
  }

  /** The sum of the vectors at {@code indices} (at least one). */
  public static float[] sum(float[][] vectors, List<Integer> indices) {
    float[] sum = new float[vectors[indices.get(0)].length];
    for (int i : indices) {
      for (int d = 0; d < sum.length; d++) {
        sum[d] += vectors[i][d];
      }
    }
    return sum;
  }
}

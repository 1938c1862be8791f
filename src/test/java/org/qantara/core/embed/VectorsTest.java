package org.qantara.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VectorsTest {
  @Test
  void dotsOfOneVectorWithManyAreItsDotsToTheLastBit() {
    SplittableRandom random = new SplittableRandom(11);
    float[] a = randomVector(random, 257);
    // 4k + 3 vectors and an offset: the four-at-a-time body and the tail both run.
    float[][] others = new float[23][];
    for (int k = 0; k < others.length; k++) {
      others[k] = randomVector(random, 257);
    }
    double[] dots = new double[others.length];
    Vectors.dots(a, others, 4, others.length, dots);
    for (int k = 4; k < others.length; k++) {
      assertThat(Double.doubleToRawLongBits(dots[k - 4])).as("vector %d", k)
          .isEqualTo(Double.doubleToRawLongBits(Vectors.dot(a, others[k])));
    }
  }

  @Test
  void fastDotsOfOneVectorWithManyAreItsFastDotsToTheLastBit() {
    SplittableRandom random = new SplittableRandom(12);
    // 4k + 3 vectors and an offset, and a dimension that leaves a remainder after the four lanes: every tail runs.
    for (int dimension : new int[] {256, 259}) {
      float[] a = randomVector(random, dimension);
      float[][] others = new float[23][];
      for (int k = 0; k < others.length; k++) {
        others[k] = randomVector(random, dimension);
      }
      double[] dots = new double[others.length];
      Vectors.fastDots(a, others, 4, others.length, dots);
      for (int k = 4; k < others.length; k++) {
        assertThat(Double.doubleToRawLongBits(dots[k - 4])).as("dimension %d, vector %d", dimension, k)
            .isEqualTo(Double.doubleToRawLongBits(Vectors.fastDot(a, others[k])));
      }
    }
  }

  @Test
  void aVectorScaledWithItsSquaresSummedAsItIsBuiltIsScaledToTheLastBit() {
    SplittableRandom random = new SplittableRandom(13);
    for (int trial = 0; trial < 100; trial++) {
      float[] a = randomVector(random, 256);
      float[] b = randomVector(random, 256);
      float[] built = new float[a.length];
      double squares = 0;
      for (int d = 0; d < a.length; d++) {
        built[d] = a[d] + b[d] * 0.5f;
        squares += built[d] * built[d];
      }
      float[] scaledAfter = Vectors.scaleToUnit(built.clone());
      assertThat(Vectors.scaleToUnit(built, squares)).isEqualTo(scaledAfter);
    }
    assertThat(Vectors.scaleToUnit(new float[3], 0)).containsOnly(0f);
  }

  @Test
  void theDotProductAddsItsProductsOneAfterAnotherInOrder() {
    SplittableRandom random = new SplittableRandom(14);
    for (int dimension : new int[] {256, 259, 3}) {
      float[] a = randomVector(random, dimension);
      float[] b = randomVector(random, dimension);
      double inOrder = 0;
      for (int d = 0; d < dimension; d++) {
        inOrder += a[d] * b[d];
      }
      assertThat(Double.doubleToRawLongBits(Vectors.dot(a, b))).as("dimension %d", dimension)
          .isEqualTo(Double.doubleToRawLongBits(inOrder));
    }
  }

  @Test
  void cosineOfAKnownDotIsTheCosine() {
    float[] a = {3, 4};
    float[] b = {4, 3};
    assertThat(Vectors.cosineOfDot(Vectors.dot(a, b), Vectors.norm(a), Vectors.norm(b)))
        .isEqualTo(Vectors.cosine(a, b)).isEqualTo(0.96, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(Vectors.cosineOfDot(0, 0, Vectors.norm(b))).isZero();
  }

  private static float[] randomVector(SplittableRandom random, int dimension) {
    float[] v = new float[dimension];
    for (int d = 0; d < dimension; d++) {
      v[d] = (float) (random.nextDouble() * 2 - 1);
    }
    return v;
  }
}

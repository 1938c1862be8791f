package org.qantara.core.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.qantara.core.Problem;
import org.qantara.core.QantaraException;
import org.qantara.core.embed.ModelRecipe.Activation;
import org.qantara.core.io.FileBytes;

/**
 * The dense projection sentence-transformers puts after pooling ({@code 2_Dense}), read from its safetensors
 * file: {@code linear.weight} [out, in] and optional {@code linear.bias} [out], float32. The ONNX exports leave
 * this layer out, so it runs here in plain Java (one small matrix-vector product per sentence).
 */
final class DenseLayer {
  private final float[][] weight;
  private final float[] bias;
  private final Activation activation;

  DenseLayer(float[][] weight, float[] bias, Activation activation) {
    this.weight = weight;
    this.bias = bias;
    this.activation = activation;
  }

  int inputDimension() {
    return weight[0].length;
  }

  int outputDimension() {
    return weight.length;
  }

  float[] apply(float[] x) {
    if (x.length != inputDimension()) {
      throw new IllegalArgumentException("dense layer takes " + inputDimension() + " values, got " + x.length);
    }
    float[] y = new float[weight.length];
    for (int o = 0; o < weight.length; o++) {
      float[] row = weight[o];
      double sum = bias == null ? 0 : bias[o];
      for (int i = 0; i < row.length; i++) {
        sum += row[i] * x[i];
      }
      y[o] = (float) (activation == Activation.TANH ? Math.tanh(sum) : sum);
    }
    return y;
  }

  /** Reads a safetensors file: an 8-byte little-endian header length, a JSON header, then the raw tensors. */
  static DenseLayer load(Path file, Activation activation, String modelName) {
    try {
      byte[] bytes = FileBytes.read(file);
      ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
      long headerLength = buffer.getLong();
      if (headerLength <= 0 || headerLength > bytes.length - 8) {
        throw new IllegalArgumentException("header length " + headerLength + " does not fit the file");
      }
      JsonNode header = new ObjectMapper().readTree(new String(bytes, 8, (int) headerLength, StandardCharsets.UTF_8));
      int dataStart = 8 + (int) headerLength;
      JsonNode weightInfo = header.get("linear.weight");
      if (weightInfo == null) {
        throw new IllegalArgumentException("no tensor named linear.weight");
      }
      int out = weightInfo.get("shape").get(0).asInt();
      int in = weightInfo.get("shape").get(1).asInt();
      float[] flat = floats(buffer, weightInfo, dataStart, out * in);
      float[][] weight = new float[out][in];
      for (int o = 0; o < out; o++) {
        System.arraycopy(flat, o * in, weight[o], 0, in);
      }
      JsonNode biasInfo = header.get("linear.bias");
      float[] bias = biasInfo == null ? null : floats(buffer, biasInfo, dataStart, out);
      return new DenseLayer(weight, bias, activation);
    } catch (IOException | RuntimeException e) {
      throw new QantaraException(new Problem.ModelCorrupt(modelName, false, "cannot read the dense layer " + file
          + " of model '" + modelName + "': " + e.getMessage(), false), e);
    }
  }

  private static float[] floats(ByteBuffer buffer, JsonNode info, int dataStart, int count) {
    if (!"F32".equals(info.get("dtype").asText())) {
      throw new IllegalArgumentException("tensor dtype " + info.get("dtype").asText() + " is not F32");
    }
    long begin = info.get("data_offsets").get(0).asLong();
    long end = info.get("data_offsets").get(1).asLong();
    if (end - begin != 4L * count || dataStart + end > buffer.capacity()) {
      throw new IllegalArgumentException("tensor data [" + begin + ", " + end + ") does not hold " + count
          + " floats");
    }
    float[] values = new float[count];
    buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).position(dataStart + (int) begin).asFloatBuffer().get(values);
    return values;
  }
}

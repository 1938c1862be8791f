package org.qantara.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The form checks a download passes before it is kept, on the built-in model's real files and on damaged copies. */
class ModelFileContentTest {
  private static final Path BUILTIN = Path.of("models/builtin-ar-en");

  @TempDir Path temp;

  @Test
  void theBuiltInModelsGraphAndTokenizerPass() throws IOException {
    assertThat(ModelFileContent.whyNot(ModelRecipe.MODEL_FILE, BUILTIN.resolve(ModelRecipe.MODEL_FILE))).isEmpty();
    assertThat(ModelFileContent.whyNot(ModelRecipe.TOKENIZER_FILE, BUILTIN.resolve(ModelRecipe.TOKENIZER_FILE))).isEmpty();
    assertThat(ModelFileContent.whyNot(ModelRecipe.MODEL_FILE, write("tiny.onnx", TinyModel.onnxBytes()))).isEmpty();
  }

  @Test
  void aCutGraphACutTokenizerAndAnErrorPageAreRefused() throws IOException {
    byte[] onnx = TinyModel.onnxBytes();
    assertThat(ModelFileContent.whyNot(ModelRecipe.MODEL_FILE, write("cut.onnx", Arrays.copyOf(onnx, onnx.length - 7))))
        .hasValueSatisfying(why -> assertThat(why).startsWith("it is not an ONNX model: "));
    byte[] tokenizer = TinyModel.tokenizerBytes();
    assertThat(ModelFileContent.whyNot(ModelRecipe.TOKENIZER_FILE,
        write("cut.json", Arrays.copyOf(tokenizer, tokenizer.length / 2))))
        .hasValueSatisfying(why -> assertThat(why).startsWith("it is not a tokenizer: not valid JSON at line"));
    Path page = write("page", "\n  <html><head><title>404</title></head></html>".getBytes());
    assertThat(ModelFileContent.whyNot(ModelRecipe.MODEL_FILE, page)).hasValue("it is a web page (HTML), not an ONNX model");
    assertThat(ModelFileContent.whyNot(ModelRecipe.TOKENIZER_FILE, page)).hasValue("it is a web page (HTML), not a tokenizer");
    assertThat(ModelFileContent.whyNot("dense.safetensors", write("dense", "{\"a\": 1}".getBytes())))
        .hasValueSatisfying(why -> assertThat(why).startsWith("it is not a safetensors file"));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(temp.resolve(name), bytes);
  }
}

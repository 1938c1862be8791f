package org.qantara.spark;

import java.io.Serializable;
import java.nio.charset.Charset;
import org.qantara.core.text.TextOptions;

/**
 * What every executor needs to know to process a pair: which model, where its files are, whether to
 * review, how to read the texts. Small and serializable: it travels with each task.
 *
 * @param modelName the model's name (e.g. builtin-ar-en)
 * @param modelDir a folder holding the model's files and recipe.json — absolute (a path every executor can
 *     read), or relative (looked up in the executor's working folder, where {@code --archives model.zip#NAME}
 *     unpacks, then among the files shipped with {@code --files}); null to find the model by name in
 *     {@code modelsDir}
 * @param modelsDir the folder of model recipes (the repository's models/), or null for the default lookup
 * @param encoding the texts' encoding for pairs read from files, or null for UTF-8
 */
public record JobSettings(
    String modelName,
    String modelDir,
    String modelsDir,
    boolean review,
    boolean presegmented,
    boolean keepSetAside,
    String encoding) implements Serializable {

  public TextOptions textOptions() {
    return new TextOptions(encoding == null ? null : Charset.forName(encoding), presegmented, keepSetAside);
  }
}

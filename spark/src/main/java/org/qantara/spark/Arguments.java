package org.qantara.spark;

import java.util.Locale;
import org.qantara.core.QantaraException;

/** The job's command line: {@code --input PATH --out DIR} and the options of {@code qantara batch} that apply. */
record Arguments(String input, SparkAlignment.InputKind kind, String out, JobSettings settings, int partitions) {
  static final String USAGE = """
      usage: spark-submit --class org.qantara.spark.SparkAlignment qantara-spark.jar --input PATH --out DIR
        [--kind manifest|parquet|jsonl] [--model NAME] [--model-dir DIR] [--models-dir DIR] [--review]
        [--presegmented] [--keep-set-aside] [--encoding CHARSET] [--partitions N]""";

  static Arguments parse(String[] args) {
    String input = null;
    String kind = null;
    String out = null;
    String model = "builtin-ar-en";
    String modelDir = null;
    String modelsDir = null;
    String encoding = null;
    boolean review = false;
    boolean presegmented = false;
    boolean keepSetAside = false;
    int partitions = 0;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--review" -> review = true;
        case "--presegmented" -> presegmented = true;
        case "--keep-set-aside" -> keepSetAside = true;
        case "--input", "--kind", "--out", "--model", "--model-dir", "--models-dir", "--encoding", "--partitions" -> {
          if (i + 1 >= args.length) {
            throw new QantaraException(option + " needs a value", "see the usage below");
          }
          String value = args[++i];
          switch (option) {
            case "--input" -> input = value;
            case "--kind" -> kind = value;
            case "--out" -> out = value;
            case "--model" -> model = value;
            case "--model-dir" -> modelDir = value;
            case "--models-dir" -> modelsDir = value;
            case "--encoding" -> encoding = value;
            default -> partitions = partitions(value);
          }
        }
        default -> throw new QantaraException("unknown option '" + option + "'", "see the usage below");
      }
    }
    if (input == null || out == null) {
      throw new QantaraException("--input and --out are required", "name the pairs and the output folder");
    }
    return new Arguments(input, kind == null ? guess(input) : kind(kind), out,
        new JobSettings(model, modelDir, modelsDir, review, presegmented, keepSetAside, encoding), partitions);
  }

  private static int partitions(String value) {
    try {
      int n = Integer.parseInt(value);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new QantaraException("--partitions '" + value + "' is not a positive number", "pass e.g. 200");
  }

  private static SparkAlignment.InputKind kind(String value) {
    try {
      return SparkAlignment.InputKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new QantaraException("--kind '" + value + "' is unknown", "use manifest, parquet or jsonl");
    }
  }

  /** A .parquet path is a table; anything else a batch manifest. */
  private static SparkAlignment.InputKind guess(String input) {
    return input.toLowerCase(Locale.ROOT).replaceAll("/+$", "").endsWith(".parquet")
        ? SparkAlignment.InputKind.PARQUET : SparkAlignment.InputKind.MANIFEST;
  }
}

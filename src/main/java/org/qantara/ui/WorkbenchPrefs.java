package org.qantara.ui;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs, in {@link java.util.prefs}: geometry, column widths, the split,
 * the last folder, recent files, theme, zoom and model. Tests and screenshots point {@code
 * qantara.prefs.node} at a node of their own so they neither read nor change the user's settings.
 */
final class WorkbenchPrefs {
  static final String NODE_PROPERTY = "qantara.prefs.node";
  private static final int RECENT_LIMIT = 8;
  private final Preferences node;

  private WorkbenchPrefs(Preferences node) {
    this.node = node;
  }

  static WorkbenchPrefs load() {
    String custom = System.getProperty(NODE_PROPERTY);
    return new WorkbenchPrefs(custom == null ? Preferences.userRoot().node("org/qantara/workbench") : Preferences.userRoot().node(custom));
  }

  Optional<Rectangle> bounds() {
    int w = node.getInt("width", -1);
    int h = node.getInt("height", -1);
    if (w < 200 || h < 150) {
      return Optional.empty();
    }
    return Optional.of(new Rectangle(node.getInt("x", 0), node.getInt("y", 0), w, h));
  }

  void setBounds(Rectangle r) {
    node.putInt("x", r.x);
    node.putInt("y", r.y);
    node.putInt("width", r.width);
    node.putInt("height", r.height);
  }

  boolean maximized() {
    return node.getBoolean("maximized", false);
  }

  void setMaximized(boolean value) {
    node.putBoolean("maximized", value);
  }

  int[] columnWidths(int[] defaults) {
    String saved = node.get("columns", "");
    int[] widths = Arrays.stream(saved.split(",")).filter(s -> s.matches("\\d+")).mapToInt(Integer::parseInt).toArray();
    return widths.length == defaults.length ? widths : defaults.clone();
  }

  void setColumnWidths(int[] widths) {
    node.put("columns", String.join(",", Arrays.stream(widths).mapToObj(Integer::toString).toList()));
  }

  double split() {
    return node.getDouble("split", 0.72);
  }

  void setSplit(double value) {
    node.putDouble("split", value);
  }

  Optional<Path> lastFolder() {
    String folder = node.get("lastFolder", "");
    return folder.isEmpty() ? Optional.empty() : Optional.of(Path.of(folder)).filter(Files::isDirectory);
  }

  void setLastFolder(Path folder) {
    node.put("lastFolder", folder.toAbsolutePath().toString());
  }

  /** Recently opened inputs, newest first: one entry a line, the files of a pair separated by a tab. */
  List<List<Path>> recent() {
    List<List<Path>> entries = new ArrayList<>();
    for (String line : node.get("recent", "").split("\n")) {
      if (!line.isBlank()) {
        entries.add(Arrays.stream(line.split("\t")).map(Path::of).toList());
      }
    }
    return entries;
  }

  void addRecent(List<Path> files) {
    List<Path> absolute = files.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    List<List<Path>> entries = new ArrayList<>(recent());
    entries.remove(absolute);
    entries.addFirst(absolute);
    List<String> lines = entries.stream().limit(RECENT_LIMIT)
        .map(e -> String.join("\t", e.stream().map(Path::toString).toList())).toList();
    node.put("recent", String.join("\n", lines));
  }

  boolean dark() {
    return node.getBoolean("dark", false);
  }

  void setDark(boolean value) {
    node.putBoolean("dark", value);
  }

  float zoom() {
    return node.getFloat("zoom", 1f);
  }

  void setZoom(float value) {
    node.putFloat("zoom", value);
  }

  String model(String fallback) {
    return node.get("model", fallback);
  }

  void setModel(String name) {
    node.put("model", name);
  }

  /** The corpus folder the concordance opened last, while it is still there. */
  Optional<Path> corpusFolder() {
    String folder = node.get("corpusFolder", "");
    return folder.isEmpty() ? Optional.empty() : Optional.of(Path.of(folder)).filter(Files::isDirectory);
  }

  void setCorpusFolder(Path folder) {
    node.put("corpusFolder", folder.toAbsolutePath().toString());
  }
}

package org.qantara.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.qantara.core.embed.ModelRecipe;
import org.qantara.core.embed.ModelRegistry;
import org.qantara.core.embed.ModelRegistry.Availability;
import org.qantara.core.io.ByteSizes;

/**
 * What the model manager shows, without Swing: every model the registry knows with its status (the data of
 * {@code qantara models list}), the one selected, the one the window uses, and a download under way with how
 * far it got. The dialog draws it; the download itself is {@link ModelDownload}'s.
 */
final class ModelManagerModel {

  /** One model as listed. */
  record Row(String name, String description, Availability availability, long size, String licence, List<String> unpinnedFiles) {
    Row {
      unpinnedFiles = List.copyOf(unpinnedFiles);
    }

    static Row of(ModelRecipe recipe, Availability availability) {
      List<String> unpinned = recipe.files().stream().filter(f -> !f.pinned()).map(ModelRecipe.ModelFile::path).toList();
      return new Row(recipe.name(), recipe.description(), availability, recipe.totalSize(), recipe.licence(), unpinned);
    }

    boolean builtin() {
      return availability == Availability.BUILTIN || availability == Availability.BUILTIN_MISSING;
    }
  }

  /**
   * How far a download got: file {@code fileNumber} of {@code files} ({@code file}), {@code done} of its
   * {@code total} bytes ({@code total} below 0 when the server does not say).
   */
  record Transfer(String model, String file, int fileNumber, int files, long done, long total) {
    /** Percent of the current file, or -1 while its size is unknown. */
    int percent() {
      return total <= 0 ? -1 : (int) Math.min(100, done * 100 / total);
    }

    String describe() {
      String amount = total > 0 ? ByteSizes.human(done) + " of " + ByteSizes.human(total) : ByteSizes.human(done);
      return "Downloading " + model + ": " + file + " (file " + fileNumber + " of " + files + "), " + amount;
    }
  }

  private final ModelRegistry registry;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private List<Row> rows = List.of();
  private String selected;
  private String inUse;
  private Transfer transfer;
  private String downloading;
  private String message = "";

  ModelManagerModel(ModelRegistry registry, String inUse) {
    this.registry = registry;
    this.inUse = inUse;
    this.selected = inUse;
    refresh();
  }

  ModelRegistry registry() {
    return registry;
  }

  void addListener(Runnable listener) {
    listeners.add(listener);
  }

  /** Reads the registry again (after a download, or a model built or pulled from the command line meanwhile). */
  void refresh() {
    List<Row> read = new ArrayList<>();
    for (ModelRecipe recipe : registry.list()) {
      read.add(Row.of(recipe, registry.availability(recipe.name())));
    }
    rows = List.copyOf(read);
    if (selected != null && row(selected).isEmpty()) {
      selected = null;
    }
    changed();
  }

  List<Row> rows() {
    return rows;
  }

  Optional<Row> row(String name) {
    return rows.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  int indexOf(String name) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  void select(String name) {
    if (name != null && row(name).isEmpty()) {
      throw new IllegalArgumentException("no model " + name);
    }
    selected = name;
    changed();
  }

  Optional<Row> selected() {
    return selected == null ? Optional.empty() : row(selected);
  }

  String inUse() {
    return inUse;
  }

  void setInUse(String name) {
    inUse = name;
    changed();
  }

  /** A hub model not (fully) downloaded, while no download runs. */
  boolean canDownload() {
    return downloading == null && selected().map(r -> r.availability() == Availability.NOT_DOWNLOADED).orElse(false);
  }

  /** An installed model other than the one in use. */
  boolean canUse() {
    return downloading == null
        && selected().map(r -> r.availability().installed() && !r.name().equals(inUse)).orElse(false);
  }

  boolean isDownloading() {
    return downloading != null;
  }

  /** The model being downloaded, or null. */
  String downloading() {
    return downloading;
  }

  /** How far the running download got; null before its first byte or when none runs. */
  Transfer transfer() {
    return transfer;
  }

  /** One line for the status under the list: what happened last, or how the download goes. */
  String message() {
    return message;
  }

  /** What the selected model needs before it can be used, in words. */
  String advice() {
    return selected().map(r -> switch (r.availability()) {
      case BUILTIN, DOWNLOADED -> r.name().equals(inUse) ? "In use by this window." : "Installed: choose Use this model.";
      case BUILTIN_MISSING -> "Built-in, but its files have not been built: run 'qantara models build " + r.name()
          + "' (it needs the FreeDict dictionaries).";
      case NOT_DOWNLOADED -> "Not downloaded (" + ByteSizes.human(r.size()) + "): choose Download."
          + (r.unpinnedFiles().isEmpty() ? "" : " Its recipe pins no checksum for " + String.join(", ", r.unpinnedFiles())
          + ": the first download is trusted and its checksum recorded, if you allow it.");
    }).orElse("Choose a model.");
  }

  void downloadStarted(String model) {
    if (downloading != null) {
      throw new IllegalStateException("already downloading " + downloading);
    }
    downloading = model;
    transfer = null;
    message = "Downloading " + model + "…";
    changed();
  }

  void progressed(Transfer now) {
    if (downloading == null || !downloading.equals(now.model())) {
      return; // a late report from a download that has ended
    }
    transfer = now;
    message = now.describe();
    changed();
  }

  /** The download ended as {@code outcome}; the statuses are read again from the registry. */
  void downloadEnded(ModelDownload.Outcome outcome) {
    downloading = null;
    transfer = null;
    message = switch (outcome) {
      case ModelDownload.Outcome.Installed done -> done.model() + " is installed in " + done.dir() + ".";
      case ModelDownload.Outcome.Cancelled c -> "Download of " + c.model()
          + " cancelled. What arrived is kept aside; the next download resumes from it.";
      case ModelDownload.Outcome.Failed f -> "Download of " + f.model() + " failed. " + ErrorDialogs.message(f.error()).replace("\n\n", " ");
    };
    refresh();
  }

  private void changed() {
    for (Runnable listener : listeners) {
      listener.run();
    }
  }
}

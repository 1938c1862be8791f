package org.qantara.ui;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.RootPaneContainer;
import org.qantara.core.io.AtomicFiles;

/** Pictures of the window as it is painted, for the docs and for tests (works under Xvfb, no window manager needed). */
public final class Screenshots {
  private Screenshots() {}

  /** Paints a window's contents (menu bar included, decorations excluded) into a PNG; call on the event thread. */
  public static BufferedImage capture(RootPaneContainer window) {
    var root = window.getRootPane();
    BufferedImage image = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      // paint, not printAll: a table being printed drops its selection, and the picture should show it.
      root.paint(g);
    } finally {
      g.dispose();
    }
    return image;
  }

  public static void write(BufferedImage image, Path png) {
    AtomicFiles.writeBytes(png, out -> {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("no PNG writer in this Java runtime");
      }
    });
  }
}

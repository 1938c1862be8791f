package org.qantara.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import javax.swing.UIManager;
import org.qantara.core.QantaraException;
import org.qantara.core.io.CacheFolder;
import org.qantara.core.review.Flag;

/**
 * Look and feel, fonts and colours of the window. FlatLaf light or dark; Arabic is drawn in Amiri, an OFL
 * font bundled with the application (see {@code fonts/Amiri-OFL.txt}), so that it is shaped and readable
 * whatever fonts the platform has; it carries Latin letters and digits too, so mixed text needs no fallback.
 */
final class Theme {
  static final float BASE_SIZE = 13f;
  static final float MIN_ZOOM = 0.7f;
  static final float MAX_ZOOM = 2.5f;
  static final String ARABIC_FONT = "fonts/Amiri-Regular.ttf";
  private static Font arabicBase;

  private Theme() {}

  static void install(boolean dark) {
    if (dark) {
      FlatDarkLaf.setup();
    } else {
      FlatLightLaf.setup();
    }
  }

  static boolean isDark() {
    return FlatLaf.isLafDark();
  }

  /** Switches light/dark in a running window, repainting every open component. */
  static void switchTo(boolean dark) {
    install(dark);
    FlatLaf.updateUI();
  }

  static synchronized Font arabic(float size) {
    if (arabicBase == null) {
      arabicBase = loadArabic();
    }
    // Amiri's letters are small for their line height; a step up keeps them as legible as the English.
    return arabicBase.deriveFont(size * 1.2f);
  }

  /**
   * Java 2D reads a font from a file: given a stream, it copies the font into a temporary file deleted at exit,
   * so every killed window left 0.5 MB behind. The copy in Qantara's cache folder is made once and reused; only
   * where that folder cannot be written does the font go through a temporary file.
   */
  static Font loadArabic() {
    URL resource = Theme.class.getResource(ARABIC_FONT);
    if (resource == null) {
      throw new IllegalStateException("bundled font " + ARABIC_FONT + " is missing from the application");
    }
    try {
      Path cached = CacheFolder.root().resolve("fonts").resolve(Path.of(ARABIC_FONT).getFileName());
      try {
        CacheFolder.unpack(resource, cached);
        return Font.createFont(Font.TRUETYPE_FONT, cached.toFile());
      } catch (IOException | QantaraException unwritableCache) {
        try (InputStream in = resource.openStream()) {
          return Font.createFont(Font.TRUETYPE_FONT, in);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("bundled font " + ARABIC_FONT + " is damaged", e);
    }
  }

  static Font latin(float size) {
    Font base = UIManager.getFont("Table.font");
    return (base == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 13) : base).deriveFont(size);
  }

  static Color evidence() {
    return isDark() ? new Color(0x6b5512) : new Color(0xffe08a);
  }

  static Color manualLink() {
    return isDark() ? new Color(0x2f4a6b) : new Color(0xd8e8ff);
  }

  static Color severity(Flag.Severity severity) {
    return switch (severity) {
      case CRITICAL -> new Color(0xd32f2f);
      case MAJOR -> new Color(0xef8f00);
      case MINOR -> new Color(0x1e88e5);
    };
  }

  static Color scoreBar(double score) {
    if (score >= 0.6) {
      return new Color(0x43a047);
    }
    return score >= 0.4 ? new Color(0xf9a825) : new Color(0xe53935);
  }

  static Color foreground() {
    return UIManager.getColor("Table.foreground");
  }

  static Color muted() {
    Color c = UIManager.getColor("Label.disabledForeground");
    return c == null ? Color.GRAY : c;
  }
}

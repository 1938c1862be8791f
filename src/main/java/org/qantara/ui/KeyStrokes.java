package org.qantara.ui;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.KeyStroke;

/** Shortcuts written as menus show them ("Ctrl+Shift+F8"), for the shortcut list and the README. */
final class KeyStrokes {
  private KeyStrokes() {}

  static String describe(KeyStroke key) {
    String modifiers = InputEvent.getModifiersExText(key.getModifiers());
    String name = KeyEvent.getKeyText(key.getKeyCode());
    return modifiers.isEmpty() ? name : modifiers + "+" + name;
  }
}

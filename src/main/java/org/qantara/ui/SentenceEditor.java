package org.qantara.ui;

import java.awt.BorderLayout;
import java.awt.ComponentOrientation;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import org.qantara.core.edit.EditableAlignment;
import org.qantara.core.edit.EditableLink;
import org.qantara.core.edit.Side;

/**
 * The sentence editor (OmegaT's E, WinAlign's F2): one sentence of the selected link in a text box, Arabic
 * right to left in the Arabic font, English left to right; a list to pick another sentence of the link.
 * Enter keeps the new text, Escape drops it. Only asks; the window makes the edit through the core.
 */
final class SentenceEditor {
  /** What the person wrote: the new text of sentence {@code sentence} (its index in the document) of one side. */
  record Change(Side side, int sentence, String text) {}

  /** One sentence of the link, as the list names it ("Arabic sentence 4"). */
  private record Choice(Side side, int sentence, String text) {
    @Override
    public String toString() {
      return (side == Side.SOURCE ? "Arabic" : "English") + " sentence " + (sentence + 1);
    }
  }

  private SentenceEditor() {}

  /**
   * Shows the editor for {@code link} and waits (modal).
   *
   * @param first the side whose first sentence the editor opens with, if the link has one there
   * @return the new text, or empty when the person cancelled or changed nothing
   */
  static Optional<Change> ask(Window owner, EditableAlignment alignment, EditableLink link, Side first, float zoom) {
    List<Choice> choices = new ArrayList<>();
    for (Side side : List.of(first, first.other())) {
      for (int sentence : link.range(side).indices()) {
        choices.add(new Choice(side, sentence, alignment.document(side).sentences().get(sentence).text()));
      }
    }
    JDialog dialog = new JDialog(owner, "Edit sentence text", JDialog.DEFAULT_MODALITY_TYPE);
    dialog.setName("sentenceEditor");
    dialog.getAccessibleContext().setAccessibleName("Edit the text of a sentence of the selected link");
    JComboBox<Choice> which = new JComboBox<>(choices.toArray(Choice[]::new));
    which.setName("sentenceChoice");
    which.getAccessibleContext().setAccessibleName("Sentence to edit");
    JTextArea text = new JTextArea(5, 60);
    text.setName("sentenceText");
    text.getAccessibleContext().setAccessibleName("The sentence's text; Enter keeps it, Escape cancels");
    text.setLineWrap(true);
    text.setWrapStyleWord(true);
    Runnable showChoice = () -> {
      Choice choice = (Choice) which.getSelectedItem();
      boolean arabic = choice.side() == Side.SOURCE;
      text.setFont(arabic ? Theme.arabic(Theme.BASE_SIZE * zoom) : Theme.latin(Theme.BASE_SIZE * zoom));
      text.setComponentOrientation(arabic ? ComponentOrientation.RIGHT_TO_LEFT : ComponentOrientation.LEFT_TO_RIGHT);
      text.setText(choice.text());
      text.setCaretPosition(text.getDocument().getLength());
      text.requestFocusInWindow();
    };
    which.addActionListener(e -> showChoice.run());

    Change[] result = new Change[1];
    AbstractAction keep = new AbstractAction("OK") {
      @Override
      public void actionPerformed(ActionEvent e) {
        Choice choice = (Choice) which.getSelectedItem();
        if (!text.getText().strip().equals(choice.text())) {
          result[0] = new Change(choice.side(), choice.sentence(), text.getText());
        }
        dialog.dispose();
      }
    };
    AbstractAction cancel = new AbstractAction("Cancel") {
      @Override
      public void actionPerformed(ActionEvent e) {
        dialog.dispose();
      }
    };
    // Enter keeps the text (a sentence has no line breaks; the core segments what is typed), Escape cancels.
    text.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "keep");
    text.getActionMap().put("keep", keep);
    dialog.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
        .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "cancel");
    dialog.getRootPane().getActionMap().put("cancel", cancel);

    JPanel top = new JPanel(new FlowLayout(FlowLayout.LEADING));
    JLabel label = new JLabel("Sentence:");
    label.setLabelFor(which);
    top.add(label);
    top.add(which);
    top.add(new JLabel("Enter keeps the text, Escape cancels; a text of several sentences is split into them."));
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING));
    JButton ok = new JButton(keep);
    ok.getAccessibleContext().setAccessibleName("Keep the new text");
    JButton no = new JButton(cancel);
    no.getAccessibleContext().setAccessibleName("Cancel, keeping the sentence as it was");
    buttons.add(ok);
    buttons.add(no);
    JScrollPane scroll = new JScrollPane(text);
    scroll.getAccessibleContext().setAccessibleName("Sentence text");
    JPanel content = new JPanel(new BorderLayout(6, 6));
    content.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    content.add(top, BorderLayout.NORTH);
    content.add(scroll, BorderLayout.CENTER);
    content.add(buttons, BorderLayout.SOUTH);
    dialog.setContentPane(content);
    dialog.getRootPane().setDefaultButton(ok);
    dialog.setMinimumSize(new Dimension(520, 220));
    dialog.pack();
    dialog.setLocationRelativeTo(owner);
    showChoice.run();
    dialog.setVisible(true);
    return Optional.ofNullable(result[0]);
  }
}

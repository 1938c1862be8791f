package org.qantara.core.edit;

import org.qantara.core.Problem;
import org.qantara.core.QantaraException;

/**
 * An edit that cannot be made on this alignment (merging the last link with the next, reshaping a locked
 * link …). The alignment is unchanged; {@link #reason()} tells a shell which case it is, the message what
 * to do instead; its {@link Problem.EditNotPossible} carries the same for a shell.
 */
public final class EditRefused extends QantaraException {
  private static final long serialVersionUID = 1L;

  public enum Reason {
    NO_SUCH_LINK,
    NO_NEXT_LINK,
    NO_PREVIOUS_LINK,
    /** The edit would reshape a locked link. */
    LOCKED,
    /** A split point outside the link, or one that leaves a part with no sentence. */
    BAD_SPLIT_POINT,
    /** The side of the link the edit works on has no sentence. */
    EMPTY_SIDE,
    /** Only the first or the last sentence of a link's side can leave it. */
    NOT_AT_LINK_EDGE,
    /** The sentence is in a link of its own already. */
    ALREADY_ALONE,
    /** Pinpointing needs one source-only and one target-only link. */
    NOT_ONE_SIDED_PAIR,
    /** Linking these would cross links that hold sentences of both sides. */
    CROSSING_LINKS,
    NO_SUCH_FLAG,
    /** A sentence's new text has no words: a sentence cannot be deleted, only detached. */
    EMPTY_TEXT,
    /** Re-alignment needs a stretch of unlocked, unaccepted links. */
    NOTHING_TO_REALIGN
  }

  public EditRefused(Reason reason, String what, String fix) {
    super(new Problem.EditNotPossible(reason, what, fix));
  }

  public Reason reason() {
    return ((Problem.EditNotPossible) problem()).reason();
  }
}

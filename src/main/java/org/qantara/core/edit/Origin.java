package org.qantara.core.edit;

/** Who made a link: the aligner, or a person editing the alignment. */
public enum Origin {
  ALIGNER,
  PERSON
}

package org.qantara.core.edit;

/** One side of a link: the Arabic source sentences or the English target sentences. */
public enum Side {
  SOURCE,
  TARGET;

  public Side other() {
    return this == SOURCE ? TARGET : SOURCE;
  }
}

package org.qantara.core.text;

/** The two languages Qantara aligns: the Arabic original (source) and its English rendering (target). */
public enum Lang {
  AR,
  EN
}

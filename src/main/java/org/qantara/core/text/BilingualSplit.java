package org.qantara.core.text;

/**
 * Where a file holding both languages was cut: the Arabic and English parts as trimmed spans of the
 * file's text, and a one-line account of the cut for the user.
 */
public record BilingualSplit(Span arabic, Span english, String description) {}

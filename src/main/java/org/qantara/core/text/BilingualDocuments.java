package org.qantara.core.text;

/**
 * The two sides of a file holding an Arabic text and its English translation, each with its own part
 * of the file as {@code original}, and the account of where the file was cut.
 */
public record BilingualDocuments(Document source, Document target, String splitDescription) {}

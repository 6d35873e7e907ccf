package nl.normtoets.norm;

/** A theme of the toetsingskader; theme 4 is described but never judged. */
public record Thema(String id, String titel, boolean beoordeeld) {
}

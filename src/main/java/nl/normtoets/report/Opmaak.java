package nl.normtoets.report;

/**
 * How the JSON report is laid out. Whitespace carries no meaning in JSON, so both are the same document of contract
 * v1 (same fields, same order); compact is about a quarter smaller and faster to write, indented is for people.
 */
public enum Opmaak {
    /** Indented, as the report has always been written. */
    LEESBAAR,
    /** No whitespace between tokens. */
    COMPACT
}

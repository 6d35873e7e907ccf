package nl.normtoets.organisatie;

import java.time.LocalDate;
import java.util.Objects;

/** A cooperation protocol with one gemeente, with the day it was signed (optional). */
public record Samenwerkingsprotocol(String gemeente, LocalDate datum) {

    public Samenwerkingsprotocol {
        Objects.requireNonNull(gemeente, "gemeente");
    }
}

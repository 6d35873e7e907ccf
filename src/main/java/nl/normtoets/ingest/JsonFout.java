package nl.normtoets.ingest;

import java.nio.charset.CharacterCodingException;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Our own text for a failure of the JSON library. Its messages quote the input ("Unrecognized token 'Assen'"),
 * which may be a gemeente, a worker id or free text, so they never reach a user or a log: the text here names only
 * the place (line, column, field path) and the kind of fault.
 */
public final class JsonFout {

    /** Deepest nesting the reader accepts; an audit set needs about 6 levels. */
    public static final int MAX_DIEPTE = 500;
    /** Longest number the reader accepts, in characters. */
    public static final int MAX_CIJFERS = 1000;
    /** Field paths deeper than this are cut short in messages (a 500-level path helps nobody). */
    private static final int MAX_PADDELEN = 12;

    private JsonFout() {
    }

    /** "regel 3, kolom 17, veld dossiers[2].contacten[0].datum: ..." from the failure and the parser (may be null). */
    public static String beschrijf(JacksonException e, JsonParser p) {
        String pad = pad(e, p);
        TokenStreamLocation plek = e.getLocation();
        if ((plek == null || plek.getLineNr() < 0) && p != null) {
            plek = p.currentLocation();
        }
        StringBuilder sb = new StringBuilder();
        if (plek != null && plek.getLineNr() > 0) {
            sb.append("regel ").append(plek.getLineNr()).append(", kolom ").append(plek.getColumnNr());
        }
        if (!pad.isEmpty()) {
            sb.append(sb.isEmpty() ? "" : ", ").append("veld ").append(pad);
        }
        return (sb.isEmpty() ? "" : sb + ": ") + soort(e);
    }

    /** The kind of fault, in Dutch, without any token of the input. */
    static String soort(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof CharacterCodingException) {
                return "geen geldige UTF-8 (sla het bestand op als UTF-8)";
            }
        }
        String m = String.valueOf(e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage());
        if (e instanceof StreamConstraintsException) {
            if (m.contains("nesting depth")) {
                return "te diep genest (meer dan " + MAX_DIEPTE + " niveaus)";
            }
            if (m.contains("Number value length") || m.contains("number length")) {
                return "getal met te veel cijfers (meer dan " + MAX_CIJFERS + ")";
            }
            if (m.contains("String value length")) {
                return "tekst te lang";
            }
            return "document overschrijdt een leeslimiet";
        }
        if (e instanceof InputCoercionException) {
            return "getal buiten het bereik (een geheel getal is hier ten hoogste 2147483647)";
        }
        if (m.startsWith("Duplicate Object property") || m.startsWith("Duplicate field")) {
            return "veld komt twee keer voor in hetzelfde object";
        }
        if (e instanceof InvalidFormatException) {
            return "waarde heeft niet de verwachte vorm";
        }
        if (e instanceof MismatchedInputException) {
            return "waarde heeft het verkeerde type";
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return "het document houdt onverwacht op (niet afgesloten object, lijst of tekst)";
        }
        if (m.startsWith("Unrecognized token") || m.startsWith("Unexpected character")
                || m.startsWith("Unrecognized character") || m.startsWith("Illegal unquoted character")
                || m.startsWith("Unexpected close marker") || m.startsWith("Invalid numeric value")
                || m.startsWith("Non-standard token") || m.startsWith("Leading zeroes")) {
            return "onverwacht teken; geen geldige JSON (ontbreken aanhalingstekens, een komma of een haakje?)";
        }
        if (m.startsWith("Invalid UTF-8") || m.contains("UTF-8")) {
            return "geen geldige UTF-8 (sla het bestand op als UTF-8)";
        }
        return "geen geldige JSON";
    }

    private static String pad(JacksonException e, JsonParser p) {
        List<JacksonException.Reference> refs = e.getPath();
        if (refs != null && !refs.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            int n = 0;
            for (JacksonException.Reference r : refs) {
                if (n++ == MAX_PADDELEN) {
                    return sb + "…";
                }
                if (r.getPropertyName() != null) {
                    sb.append(sb.isEmpty() ? "" : ".").append(r.getPropertyName());
                } else if (r.getIndex() >= 0) {
                    sb.append('[').append(r.getIndex()).append(']');
                }
            }
            return sb.toString();
        }
        if (p == null || p.streamReadContext() == null) {
            return "";
        }
        try {
            return alsPad(p.streamReadContext().pathAsPointer());
        } catch (RuntimeException ignored) {
            return "";
        }
    }

    /** "/dossiers/2/datum" as "dossiers[2].datum". */
    static String alsPad(JsonPointer pointer) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (JsonPointer q = pointer; q != null && !q.matches(); q = q.tail()) {
            if (n++ == MAX_PADDELEN) {
                return sb + "…";
            }
            if (q.mayMatchElement()) {
                sb.append('[').append(q.getMatchingIndex()).append(']');
            } else {
                sb.append(sb.isEmpty() ? "" : ".").append(q.getMatchingProperty());
            }
        }
        return sb.toString();
    }
}

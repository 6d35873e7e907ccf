package nl.normtoets.ingest.validatie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The checks one JSON Schema keyword compiles to, each with the generic validator's semantics (draft 2020-12, format
 * assertions on) and the reader's Dutch message for it. A keyword only applies to the JSON kind it is about
 * (properties to objects, minLength to text ...), as the specification says.
 */
final class Controles {

    private Controles() {
    }

    /** All checks of one schema object, in the order its keywords are written. */
    record Alle(List<Controle> delen) implements Controle {
        @Override
        public void controleer(JsonNode waarde, Pad pad, List<String> fouten) {
            for (Controle c : delen) {
                c.controleer(waarde, pad, fouten);
            }
        }
    }

    /** {@code type}: one type or a list; "integer" includes a number with no fraction (2012.0). */
    record Type(Set<String> typen, String verwacht) implements Controle {
        @Override
        public void controleer(JsonNode w, Pad pad, List<String> fouten) {
            if (!past(w)) {
                Controle.fout(fouten, pad, "heeft het verkeerde type (" + Meldingen.toon(w) + "); verwacht: "
                        + verwacht);
            }
        }

        private boolean past(JsonNode w) {
            return switch (w.getNodeType()) {
                case OBJECT -> typen.contains("object");
                case ARRAY -> typen.contains("array");
                case STRING -> typen.contains("string");
                case BOOLEAN -> typen.contains("boolean");
                case NULL -> typen.contains("null");
                // a non-finite number (1E400 read as Infinity) is of no JSON type, as the generic validator says
                case NUMBER -> (!w.isFloatingPointNumber() || Double.isFinite(w.doubleValue()))
                        && (typen.contains("number") || (typen.contains("integer")
                        && (w.isIntegralNumber() || w.canConvertToExactIntegral())));
                default -> false;
            };
        }
    }

    /** {@code enum}: the value equals one of the listed JSON values. */
    record Opsomming(Set<JsonNode> waarden, String toegestaan) implements Controle {
        @Override
        public void controleer(JsonNode w, Pad pad, List<String> fouten) {
            if (!waarden.contains(w)) {
                Controle.fout(fouten, pad, "is geen toegestane waarde; toegestaan: " + toegestaan);
            }
        }
    }

    /** {@code format: date}: an RFC 3339 full-date, read as the generic validator does (year 0 to 9999). */
    record Datum() implements Controle {
        @Override
        public void controleer(JsonNode w, Pad pad, List<String> fouten) {
            if (w.isString() && !geldig(w.asString())) {
                Controle.fout(fouten, pad, "is geen geldige datum (JJJJ-MM-DD)");
            }
        }

        static boolean geldig(String s) {
            // the common shape JJJJ-MM-DD in ASCII digits is judged without the formatter (which allocates per call);
            // LocalDate.parse is strict (ResolverStyle.STRICT), so the same months and days are valid
            if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
                int jaar = getal(s, 0, 4);
                int maand = getal(s, 5, 7);
                int dag = getal(s, 8, 10);
                if (jaar >= 0 && maand >= 0 && dag >= 0) {
                    return maand >= 1 && maand <= 12 && dag >= 1 && dag <= Month.of(maand).length(Year.isLeap(jaar));
                }
            }
            try {
                int jaar = LocalDate.parse(s).getYear();
                return jaar >= 0 && jaar <= 9999;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }

    /** The ASCII digits {@code s[van, tot)} as a number; -1 if any is not a digit 0-9. */
    private static int getal(String s, int van, int tot) {
        int n = 0;
        for (int i = van; i < tot; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** {@code minLength}, counted in code points. */
    record MinLengte(int min) implements Controle {
        @Override
        public void controleer(JsonNode w, Pad pad, List<String> fouten) {
            if (w.isString()) {
                String s = w.asString();
                if (s.length() < min || s.codePointCount(0, s.length()) < min) {
                    Controle.fout(fouten, pad, "mag niet leeg zijn");
                }
            }
        }
    }

    /** {@code minimum} / {@code maximum} (inclusive), on numbers only. */
    record Grens(BigDecimal grens, boolean minimum) implements Controle {
        @Override
        public void controleer(JsonNode w, Pad pad, List<String> fouten) {
            if (!w.isNumber()) {
                return;
            }
            if (w.isFloatingPointNumber() && !Double.isFinite(w.doubleValue())) {
                return; // 1E400, read as Infinity: no number to the generic validator (its type check reports it)
            }
            int c = w.decimalValue().compareTo(grens);
            if (minimum ? c < 0 : c > 0) {
                Controle.fout(fouten, pad, "ligt buiten het toegestane bereik");
            }
        }
    }

    /** {@code pattern}: a regular expression found anywhere in the text (not anchored unless it says so). */
    record Patroon(Pattern patroon) implements Controle {
        @Override
        public void controleer(JsonNode w, Pad pad, List<String> fouten) {
            if (w.isString() && !patroon.matcher(w.asString()).find()) {
                Controle.fout(fouten, pad, "heeft niet de vereiste vorm (" + patroon.pattern() + ")");
            }
        }
    }

    /** {@code properties}: each named field that is present, checked against its own schema, in schema order. */
    record Velden(List<Map.Entry<String, Controle>> velden) implements Controle {

        Velden(Map<String, Controle> velden) {
            this(List.copyOf(velden.entrySet()));
        }

        @Override
        public void controleer(JsonNode w, Pad pad, List<String> fouten) {
            if (!w.isObject()) {
                return;
            }
            for (Map.Entry<String, Controle> e : velden) {
                JsonNode kind = w.get(e.getKey());
                if (kind != null) {
                    e.getValue().controleer(kind, Pad.veld(pad, e.getKey()), fouten);
                }
            }
        }
    }

    /** {@code required}: the field is present (null counts as present). */
    record Verplicht(List<String> namen) implements Controle {
        @Override
        public void controleer(JsonNode w, Pad pad, List<String> fouten) {
            if (!w.isObject()) {
                return;
            }
            for (String naam : namen) {
                if (!w.has(naam)) {
                    Controle.fout(fouten, Pad.veld(pad, naam), "verplicht veld ontbreekt");
                }
            }
        }
    }

    /** {@code items}: every element of a list. */
    record Elementen(Controle element) implements Controle {
        @Override
        public void controleer(JsonNode w, Pad pad, List<String> fouten) {
            if (!w.isArray()) {
                return;
            }
            for (int i = 0; i < w.size(); i++) {
                element.controleer(w.get(i), Pad.element(pad, i), fouten);
            }
        }
    }

    /** {@code anyOf}: fine when one branch has no error; otherwise the errors of every branch, as the validator gives. */
    record EenVan(List<Controle> takken) implements Controle {
        @Override
        public void controleer(JsonNode w, Pad pad, List<String> fouten) {
            List<String> alle = null;
            for (Controle tak : takken) {
                List<String> eigen = new ArrayList<>(2);
                tak.controleer(w, pad, eigen);
                if (eigen.isEmpty()) {
                    return;
                }
                if (alle == null) {
                    alle = new ArrayList<>();
                }
                alle.addAll(eigen);
            }
            if (alle != null) {
                fouten.addAll(alle);
            }
        }
    }

    /** {@code $ref}: resolved after compiling, so a definition may refer to itself. */
    static final class Verwijzing implements Controle {
        private Controle doel;

        void zet(Controle doel) {
            this.doel = doel;
        }

        @Override
        public void controleer(JsonNode w, Pad pad, List<String> fouten) {
            doel.controleer(w, pad, fouten);
        }
    }
}

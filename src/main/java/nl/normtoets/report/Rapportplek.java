package nl.normtoets.report;

import java.nio.charset.StandardCharsets;

/** Finds a top-level field's array in a written report, whatever its layout, without parsing it into a tree. */
final class Rapportplek {

    private Rapportplek() {
    }

    /**
     * The position of the {@code '['} that opens the value of top-level field {@code veld}. Walks the bytes once,
     * tracking strings and nesting, so a nested field or a string with the same text cannot be taken for it.
     */
    static int openHaak(byte[] json, String veld) {
        byte[] naam = ("\"" + veld + "\"").getBytes(StandardCharsets.UTF_8);
        int diepte = 0;
        for (int i = 0; i < json.length; i++) {
            byte c = json[i];
            if (c == '"') {
                if (diepte == 1 && gelijk(json, i, naam)) {
                    int j = i + naam.length;
                    while (j < json.length && (json[j] == ' ' || json[j] == '\n' || json[j] == '\r' || json[j] == '\t'
                            || json[j] == ':')) {
                        j++;
                    }
                    if (j < json.length && json[j] == '[') {
                        return j;
                    }
                }
                i = eindeTekst(json, i);
            } else if (c == '{' || c == '[') {
                diepte++;
            } else if (c == '}' || c == ']') {
                diepte--;
            }
        }
        throw new IllegalStateException("het rapport heeft geen lijst '" + veld + "' om de bevindingen in te zetten");
    }

    private static boolean gelijk(byte[] json, int van, byte[] naam) {
        if (van + naam.length > json.length) {
            return false;
        }
        for (int k = 0; k < naam.length; k++) {
            if (json[van + k] != naam[k]) {
                return false;
            }
        }
        return true;
    }

    /** The closing quote of the string opened at {@code van}. */
    private static int eindeTekst(byte[] json, int van) {
        for (int i = van + 1; i < json.length; i++) {
            if (json[i] == '\\') {
                i++;
            } else if (json[i] == '"') {
                return i;
            }
        }
        return json.length;
    }
}

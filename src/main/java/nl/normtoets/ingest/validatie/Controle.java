package nl.normtoets.ingest.validatie;

import java.util.List;

import tools.jackson.databind.JsonNode;

/** One compiled check of the schema: appends an error text for each violation at {@code pad}, nothing otherwise. */
interface Controle {

    void controleer(JsonNode waarde, Pad pad, List<String> fouten);

    /** "pad: bericht", or just the message at the root: the reader's error shape. */
    static void fout(List<String> fouten, Pad pad, String bericht) {
        String veld = Pad.tekst(pad);
        fouten.add(veld.isEmpty() ? bericht : veld + ": " + bericht);
    }
}

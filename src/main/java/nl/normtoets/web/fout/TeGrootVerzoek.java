package nl.normtoets.web.fout;

import java.io.IOException;

/** The body passed {@code normtoets.max-omvang} while being read; answered with 413. */
public class TeGrootVerzoek extends IOException {
    public TeGrootVerzoek(long limiet) {
        super("het verzoek is groter dan de toegestane " + limiet + " bytes");
    }
}

package nl.normtoets.monitor;

import java.io.OutputStream;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The overview as JSON (ISO dates), for the service and for scripts. */
public final class MonitorJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private MonitorJson() {
    }

    public static void schrijf(Monitoroverzicht overzicht, OutputStream out) {
        MAPPER.writeValue(out, overzicht);
    }

    public static String tekst(Monitoroverzicht overzicht) {
        return MAPPER.writeValueAsString(overzicht);
    }
}

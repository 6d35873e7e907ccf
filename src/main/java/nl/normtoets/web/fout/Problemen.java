package nl.normtoets.web.fout;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 problem details, also for filters that answer before Spring MVC sees the request. */
public final class Problemen {

    public static final String TYPE_BASIS = "urn:normtoets:probleem:";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Problemen() {
    }

    public static ProblemDetail maak(HttpStatus status, String soort, String titel, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(titel);
        p.setType(URI.create(TYPE_BASIS + soort));
        return p;
    }

    /** Writes a small problem document directly; used where no controller advice applies. */
    public static void schrijf(HttpServletResponse response, int status, String titel, String detail)
            throws IOException {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", titel);
        body.put("status", status);
        body.put("detail", detail);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(MAPPER.writeValueAsBytes(body));
    }
}

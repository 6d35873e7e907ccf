package nl.normtoets.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests against the running service, with the demo users of application.yml. */
final class Dienst {

    static final String KWALITEIT = "kwaliteit:kwaliteit-demo";
    static final String TEAMMANAGER = "teammanager:teammanager-demo";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String basis;

    Dienst(int poort) {
        this.basis = "http://127.0.0.1:" + poort;
    }

    String basis() {
        return basis;
    }

    HttpRequest.Builder verzoek(String pad, String gebruiker) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(basis + pad)).timeout(Duration.ofSeconds(120));
        if (gebruiker != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    gebruiker.getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    HttpResponse<String> tekst(HttpRequest r) {
        try {
            return client.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> bytes(HttpRequest r) {
        try {
            return client.send(r, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String pad, String gebruiker, String accept) {
        return tekst(verzoek(pad, gebruiker).header("Accept", accept).GET().build());
    }

    HttpResponse<String> postJson(String pad, String gebruiker, byte[] body, String accept) {
        return tekst(verzoek(pad, gebruiker).header("Content-Type", "application/json").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpResponse<String> post(String pad, String gebruiker, byte[] body, String contentType, String accept) {
        return tekst(verzoek(pad, gebruiker).header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Audits a set as KWALITEIT and returns the id of the stored audit. */
    String auditeer(byte[] set) {
        HttpResponse<String> r = postJson("/api/audits?strikt=false", KWALITEIT, set, "application/json");
        if (r.statusCode() != 201) {
            throw new AssertionError("audit mislukt: " + r.statusCode() + " " + r.body());
        }
        return r.headers().firstValue("X-Audit-Id").orElseThrow();
    }

    /** A kijklink URL (absolute) for the audit, with the rights of the given user. */
    String kijklink(String auditId, String gebruiker) {
        HttpResponse<String> r = tekst(verzoek("/api/audits/" + auditId + "/kijklink", gebruiker)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        if (r.statusCode() != 200) {
            throw new AssertionError("kijklink mislukt: " + r.statusCode() + " " + r.body());
        }
        return basis + JSON.readTree(r.body()).get("url").asString();
    }

    static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    /** The synthetic set of this module (teams D1 and D2, start months Jan-May 2025). */
    static byte[] synthetischeSet() {
        try (InputStream in = Dienst.class.getResourceAsStream("/web/auditset-demo.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** fixtures/demo.json once it exists on main; otherwise the synthetic set. */
    static byte[] demoSet() {
        Path demo = Path.of("fixtures/demo.json");
        try {
            return Files.isRegularFile(demo) ? Files.readAllBytes(demo) : synthetischeSet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

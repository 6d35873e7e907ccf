package nl.normtoets.web;

import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document at /v3/api-docs: title and version of the build (META-INF/build-info.properties, written by
 * spring-boot-maven-plugin's build-info goal), HTTP Basic as the security scheme of every operation, and the problem
 * details (RFC 9457) every error answers with, declared once and referenced by each operation's 400/401/403/404.
 */
@Configuration
public class ApiBeschrijving {

    static final String BASIC = "basic";
    static final String PROBLEEM = "Probleem";
    static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI normtoetsApi(ObjectProvider<BuildProperties> build) {
        BuildProperties b = build.getIfAvailable();
        String versie = b != null ? b.getVersion() : versieUitJar();
        return new OpenAPI()
                .info(new Info().title("normtoets").version(versie)
                        .description("Toetst een gecertificeerde instelling aan het toetsingskader van de inspecties: "
                                + "auditsets toetsen, rapporten (JSON, HTML, PDF), bevindingen als CSV of Excel, de "
                                + "testmonitor. Elke aanroep behalve health en deze beschrijving vraagt HTTP Basic."))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Gebruikers uit normtoets.gebruikers (rol KWALITEIT of TEAMMANAGER)")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /** Every operation may answer 401 and 403 (and most 400/404) with a problem document; declare it once each. */
    @Bean
    OpenApiCustomizer probleemAntwoorden() {
        Map<String, String> standaard = Map.of(
                "400", "Ongeldig verzoek of onbruikbare invoer",
                "401", "Niet ingelogd (of kijklink verlopen)",
                "403", "Geen toegang voor deze rol of dit team",
                "404", "Onbekend of niet meer bewaard");
        return api -> {
            // added here rather than on the bean: springdoc replaces the schemas it generates from the controllers
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSchemas(PROBLEEM, probleem());
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().values().forEach(pad -> pad.readOperations().forEach(op -> {
                standaard.forEach((code, tekst) -> {
                    ApiResponse a = op.getResponses().get(code);
                    if (a == null) {
                        a = new ApiResponse().description(tekst);
                        op.getResponses().addApiResponse(code, a);
                    }
                    if (a.getContent() == null) {
                        a.setContent(new Content());
                    }
                    a.getContent().addMediaType(PROBLEM_JSON,
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEEM)));
                });
            }));
        };
    }

    @SuppressWarnings("rawtypes")
    private static Schema probleem() {
        return new ObjectSchema()
                .description("Probleemdetails (RFC 9457), media type application/problem+json")
                .addProperty("type", new StringSchema().format("uri").description("Soort fout"))
                .addProperty("title", new StringSchema().description("Korte omschrijving"))
                .addProperty("status", new IntegerSchema().description("HTTP-status"))
                .addProperty("detail", new StringSchema().description("Wat er mis is en wat te doen; nooit een "
                        + "waarde uit een dossier"))
                .addProperty("instance", new StringSchema().format("uri").description("Het verzoek"));
    }

    private static String versieUitJar() {
        String v = ApiBeschrijving.class.getPackage().getImplementationVersion();
        return v != null ? v : "onbekend";
    }
}

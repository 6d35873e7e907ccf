package nl.normtoets.web.beveiliging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import nl.normtoets.web.fout.Problemen;

/**
 * HTTP Basic against the configured users, no sessions (every request carries its credentials or a kijklink).
 * CSRF tokens are off (no session), but a browser re-sends a stored Basic login cross-site, so state-changing requests
 * from another site are refused by {@link Herkomst}. Password guessing is slowed by {@link Aanmeldrem}. HTML pages get
 * a Content-Security-Policy (scripts and styles from this service only) and no Referer leaves a page, since kijktokens
 * travel in URLs. Health and the OpenAPI description are public; they hold no dossier data.
 */
@Configuration
public class Beveiliging {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Inline styles are allowed (the report's own CSS); scripts only as files of this service (start.js). */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** Dossier ids may contain "/": sent as %2F, it must reach the drill-down as part of the id. */
    @Bean
    HttpFirewall firewall() {
        StrictHttpFirewall f = new StrictHttpFirewall();
        f.setAllowUrlEncodedSlash(true);
        // with Tomcat passing %2F through, the decoded path still holds "%2F"; nothing here matches paths by prefix
        f.setAllowUrlEncodedPercent(true);
        return f;
    }

    /** Tomcat refuses %2F by default; pass it on so the id stays one path segment. */
    @Bean
    org.springframework.boot.tomcat.TomcatConnectorCustomizer schuineStreepInId() {
        return c -> c.setEncodedSolidusHandling("passthrough");
    }

    @Bean
    java.time.Clock klok() {
        return java.time.Clock.systemUTC();
    }

    @Bean
    SecurityFilterChain beveiligingsketen(HttpSecurity http, Kijklinks kijklinks, Gebruikers gebruikers,
                                          java.time.Clock klok) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.realmName("normtoets").authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"normtoets\"");
                    Problemen.schrijf(response, 401, "Niet aangemeld",
                            "Meld u aan met gebruikersnaam en wachtwoord (HTTP Basic) of open een geldige kijklink.");
                }))
                .formLogin(AbstractHttpConfigurer::disable)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .addFilterBefore(new Herkomst(), BasicAuthenticationFilter.class)
                .addFilterBefore(new Aanmeldrem(gebruikers, klok), BasicAuthenticationFilter.class)
                .addFilterBefore(new KijklinkFilter(kijklinks), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs",
                                "/v3/api-docs/**", "/error").permitAll()
                        // a single worker only gets the morning list of its own dossiers
                        .requestMatchers("/ochtendlijst", "/ochtendlijst/**", "/api/monitor/dossiers/**")
                        .hasAnyRole(java.util.Arrays.stream(Rol.values()).map(Rol::name).toArray(String[]::new))
                        .anyRequest().hasAnyRole(Rol.KWALITEIT.name(), Rol.TEAMMANAGER.name(),
                                Rol.PRAKTIJKBEGELEIDER.name(), Rol.GEDRAGSWETENSCHAPPER.name()));
        return http.build();
    }
}

package nl.normtoets.web.review;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import nl.normtoets.web.beveiliging.Aanmeldrem;
import nl.normtoets.web.beveiliging.Beveiliging;
import nl.normtoets.web.beveiliging.Gebruikers;
import nl.normtoets.web.beveiliging.Herkomst;
import nl.normtoets.web.beveiliging.Rol;
import nl.normtoets.web.fout.Problemen;

/**
 * The review pages ({@code /review/**}) in a filter chain of their own, because they hold forms that change data:
 * the same HTTP Basic users, no session, the same origin check, login brake and CSP as the main chain (Referrer-Policy
 * same-origin, see below), and in addition Spring Security's CSRF token in every form. Without a session the token is a double-submit
 * cookie (SameSite=Strict, HttpOnly, path /review) that each form page sets and repeats in a hidden field; a POST
 * without the pair is a 403 problem document. JEUGDBESCHERMER has no business here; which dossiers the other roles
 * may open or save is decided per request in {@link Reviewtoegang}.
 */
@Configuration
public class Reviewbeveiliging {

    static final CookieCsrfTokenRepository REVIEW_CSRF = reviewCsrf();

    private static CookieCsrfTokenRepository reviewCsrf() {
        CookieCsrfTokenRepository r = new CookieCsrfTokenRepository();
        r.setCookieName("NORMTOETS-REVIEW");
        r.setCookiePath("/review");
        r.setCookieCustomizer(c -> c.sameSite("Strict").httpOnly(true));
        return r;
    }

    @Bean
    @Order(3)
    SecurityFilterChain reviewketen(HttpSecurity http, Gebruikers gebruikers, Clock klok) throws Exception {
        http.securityMatcher("/review", "/review/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.csrfTokenRepository(REVIEW_CSRF)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .httpBasic(b -> b.realmName("normtoets").authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"normtoets\"");
                    Problemen.schrijf(response, 401, "Niet aangemeld",
                            "Meld u aan met gebruikersnaam en wachtwoord (HTTP Basic).");
                }))
                .formLogin(AbstractHttpConfigurer::disable)
                .requestCache(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(Beveiliging.CSP))
                        // same-origin, not no-referrer: under no-referrer a browser sends "Origin: null" with a
                        // form POST, which Herkomst must refuse; no page here carries a kijktoken in its URL
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, fout) -> {
                    if (fout instanceof CsrfException) {
                        Problemen.schrijf(response, 403, "Formulier verlopen of van elders",
                                "Het formulier mist een geldig beveiligingstoken (CSRF). Open de pagina opnieuw "
                                        + "en verstuur het formulier nog eens.");
                    } else {
                        Problemen.schrijf(response, 403, "Geen toegang",
                                "Uw rol heeft geen toegang tot de dossierlezing.");
                    }
                }))
                .addFilterBefore(new Herkomst(), BasicAuthenticationFilter.class)
                .addFilterBefore(new Aanmeldrem(gebruikers, klok), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole(Rol.KWALITEIT.name(), Rol.REVIEWER.name(),
                        Rol.TEAMMANAGER.name(), Rol.PRAKTIJKBEGELEIDER.name(), Rol.GEDRAGSWETENSCHAPPER.name()));
        return http.build();
    }
}

package nl.normtoets.web.rapport;

import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Two small filter chains next to the service's main one (web.beveiliging.Beveiliging, which stays as it is):
 * <ul>
 * <li>the report's static style and script ({@code /css/**}, {@code /js/**}) are public: they hold no data, and a
 * page opened through a kijklink (no Basic login) must be able to load them;</li>
 * <li>{@code POST /logout} logs out with Spring Security's logout, behind a CSRF token. The service has no session,
 * so the token is a double-submit cookie that the start page sets and puts in its logout form.</li>
 * </ul>
 * With HTTP Basic the browser itself remembers the password; the logout answers 401 with a Basic challenge, which
 * makes the browser drop the remembered login and ask again.
 */
@Configuration
public class Rapportbeveiliging {

    /** Shared by the start page (which issues the token) and the logout chain (which checks it). */
    public static final CookieCsrfTokenRepository AFMELD_CSRF = afmeldCsrf();

    private static CookieCsrfTokenRepository afmeldCsrf() {
        CookieCsrfTokenRepository r = new CookieCsrfTokenRepository();
        r.setCookieName("NORMTOETS-AFMELDEN");
        r.setCookiePath("/");
        r.setCookieCustomizer(c -> c.sameSite("Strict"));
        return r;
    }

    @Bean
    @Order(1)
    SecurityFilterChain statischeBestanden(HttpSecurity http) throws Exception {
        http.securityMatcher("/css/**", "/js/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .requestCache(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain afmelden(HttpSecurity http) throws Exception {
        http.securityMatcher("/logout")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.csrfTokenRepository(AFMELD_CSRF)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .logout(l -> l.logoutUrl("/logout")
                        .addLogoutHandler((req, res, auth) -> AFMELD_CSRF.saveToken(null, req, res))
                        .logoutSuccessHandler((req, res, auth) -> {
                            res.setStatus(401);
                            res.setHeader("WWW-Authenticate", "Basic realm=\"normtoets\"");
                            res.setHeader("Cache-Control", "no-store");
                            res.setContentType("text/html;charset=UTF-8");
                            res.getOutputStream().write(AFGEMELD.getBytes(StandardCharsets.UTF_8));
                        }));
        return http.build();
    }

    private static final String AFGEMELD = """
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="UTF-8"/><title>Afgemeld - normtoets</title>
            <link rel="stylesheet" href="/css/rapport.css"/></head>
            <body><h1>Afgemeld</h1>
            <p>U bent afgemeld bij normtoets. Sluit het inlogvenster en dit tabblad, of
            <a href="/">meld u opnieuw aan</a>.</p></body></html>
            """;
}

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

/**
 * HTTP Basic against the configured users, no sessions (every request carries its credentials or a kijklink).
 * CSRF is off: there is no session cookie to ride on, and POST /api/audits only accepts application/json, which a
 * cross-site form cannot send. Health and the OpenAPI description are public; they hold no dossier data.
 */
@Configuration
public class Beveiliging {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain beveiligingsketen(HttpSecurity http, Kijklinks kijklinks) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.realmName("normtoets"))
                .formLogin(AbstractHttpConfigurer::disable)
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

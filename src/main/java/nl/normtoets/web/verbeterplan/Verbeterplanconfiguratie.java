package nl.normtoets.web.verbeterplan;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.normtoets.geschiedenis.Verbeterplan;

/** The verbeterplan lives in the audit store's database (table verbeteractie, V2 and V6). */
@Configuration
public class Verbeterplanconfiguratie {

    @Bean
    Verbeterplan verbeterplan(@Qualifier("opslagDataSource") DataSource opslagDataSource) {
        return new Verbeterplan(opslagDataSource);
    }
}

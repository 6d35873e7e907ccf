package nl.normtoets.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import nl.normtoets.web.NormtoetsWeb;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * Starts the web service. Only this subcommand creates a Spring context; the other commands stay plain Java so they
 * start fast. Everything after {@code dienst} goes to Spring as-is (e.g. {@code --server.port=9090}).
 */
@Command(name = "dienst", mixinStandardHelpOptions = true,
        description = {"Start de webservice (REST-API, HTML- en PDF-rapport) op 127.0.0.1:8080.",
                "Spring-instellingen als argument, bijvoorbeeld --server.port=9090 of --normtoets.max-omvang=50MB."})
final class ServeCommand implements Callable<Integer> {

    @Unmatched
    List<String> springArgumenten = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        SpringApplication app = new SpringApplication(NormtoetsWeb.class);
        ConfigurableApplicationContext context = app.run(springArgumenten.toArray(String[]::new));
        CountDownLatch gesloten = new CountDownLatch(1);
        context.addApplicationListener(e -> {
            if (e instanceof ContextClosedEvent) {
                gesloten.countDown();
            }
        });
        if (context instanceof WebServerApplicationContext web) {
            String adres = context.getEnvironment().getProperty("server.address", "127.0.0.1");
            System.out.printf("normtoets luistert op http://%s:%d/ (stoppen met Ctrl-C)%n", adres,
                    web.getWebServer().getPort());
        }
        // Main calls System.exit with our return value, so stay here until the context is closed (Ctrl-C, SIGTERM).
        if (context.isActive()) {
            gesloten.await();
        }
        return 0;
    }
}

package nl.normtoets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import nl.normtoets.web.audit.Werkrij;
import nl.normtoets.web.fout.Bezet;

/** Issue 19, defect 12: no more audits in flight than normtoets.max-gelijktijdig; the next one gets Bezet (503). */
class WerkrijTest {

    @Test
    void voorbijDeGrensVolgtBezetEnNaAfloopIsErWeerPlaats() throws Exception {
        Werkrij rij = new Werkrij(1);
        CountDownLatch binnen = new CountDownLatch(1);
        CountDownLatch klaar = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<String> eerste = pool.submit(() -> rij.voer(() -> {
            binnen.countDown();
            try {
                klaar.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "eerste";
        }));
        binnen.await();
        assertThatThrownBy(() -> rij.voer(() -> "tweede")).isInstanceOf(Bezet.class)
                .hasMessageContaining("normtoets.max-gelijktijdig")
                .satisfies(e -> assertThat(((Bezet) e).opnieuwNaSeconden()).isPositive());
        klaar.countDown();
        assertThat(eerste.get()).isEqualTo("eerste");
        assertThat(rij.voer(() -> "derde")).isEqualTo("derde");
        pool.shutdown();
    }
}

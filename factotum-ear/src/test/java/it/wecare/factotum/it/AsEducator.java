package it.wecare.factotum.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Test helper deployed with in-container tests: runs a call with the EDUCATOR role only. */
@Stateless
@RunAs("EDUCATOR")
@PermitAll
public class AsEducator {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(Runnable work) {
        work.run();
    }
}

package it.wecare.factotum.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Test helper deployed with in-container tests: runs a call with the ADMIN role, as a back-office page would. */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class AsAdministrator {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(Runnable work) {
        work.run();
    }
}

package it.wecare.factotum.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Test helper deployed with in-container tests: runs a call as the educator {@link #EMAIL}, with the EDUCATOR role only. */
@Stateless
@RunAs("EDUCATOR")
@RunAsPrincipal(AsEducator.EMAIL)
@PermitAll
public class AsEducator {

    /** The educator the calls run as (an account {@link InContainerAccounts#educator} creates). */
    static final String EMAIL = "educatrice-it@factotum.test";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(Runnable work) {
        work.run();
    }
}

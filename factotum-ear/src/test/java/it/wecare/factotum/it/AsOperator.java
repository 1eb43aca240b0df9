package it.wecare.factotum.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Test helper deployed with in-container tests: runs a call with the OPERATOR role, as an operator's page would. */
@Stateless
@RunAs("OPERATOR")
@PermitAll
public class AsOperator {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}

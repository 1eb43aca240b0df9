package it.wecare.factotum.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real EAR this build produced, as the integration tests deploy it. */
public final class Deployments {

    static final String WEB_MODULE = "factotum-web.war";

    private Deployments() {}

    /** The EAR exactly as built, for tests that talk to it from outside ({@code testable = false}). */
    public static EnterpriseArchive ear() {
        File file = new File(System.getProperty("factotum.ear", "target/factotum.ear"));
        if (!file.isFile()) {
            throw new IllegalStateException("Build the EAR first: " + file.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
    }

    /** The real EAR with the given test classes added to its web module, for tests that run inside the server. */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        return earWithTests(java.util.List.of(), testClasses);
    }

    /**
     * The real EAR with test classes and the jars of test libraries (GreenMail, to receive the server's
     * emails inside the server) added to its web module.
     */
    public static EnterpriseArchive earWithTests(java.util.List<Class<?>> libraries, Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClasses(testClasses);
        for (Class<?> library : libraries) {
            try {
                web.addAsLibrary(new File(library.getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI()));
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }
}

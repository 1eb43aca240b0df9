package it.wecare.factotum.api;

/**
 * What the contract takes as an email address: Bean Validation's {@code @Email} alone accepts
 * {@code a@b} and {@code a@[127.0.0.1]}, which no one can be written to. Used as
 * {@code @Email(regexp = EmailAddresses.DELIVERABLE)}: a local part without spaces, and a domain name of
 * at least two labels ending in a top-level domain of letters (international names included).
 */
public final class EmailAddresses {

    public static final String DELIVERABLE =
            "[^@\\s]+@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+\\p{L}{2,63}";

    private EmailAddresses() {}
}

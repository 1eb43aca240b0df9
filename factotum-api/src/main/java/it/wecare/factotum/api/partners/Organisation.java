package it.wecare.factotum.api.partners;

import java.io.Serializable;

/**
 * A cooperative of the WE.CARE network.
 *
 * @param code a short stable identifier, for example {@code anteo}
 * @param name the organisation's name
 * @param city where it is based
 * @param website its public site
 * @param description what it does, in the language asked for
 */
public record Organisation(String code, String name, String city, String website, String description)
        implements Serializable {}

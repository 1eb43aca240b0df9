package it.wecare.factotum.platform.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The grouped query every capability's figures run: its period bound to the two names the caller's
 * JPQL uses, and {@code :org} bound only when an organisation is named.
 */
public final class PeriodQuery {

    private PeriodQuery() {}

    public static TypedQuery<Object[]> rows(
            EntityManager em,
            String jpql,
            String startName,
            Object start,
            String endName,
            Object end,
            String organisation) {
        TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class)
                .setParameter(startName, start)
                .setParameter(endName, end);
        if (organisation != null) {
            q.setParameter("org", organisation);
        }
        return q;
    }
}

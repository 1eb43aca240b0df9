package it.wecare.factotum.api.requests;

import it.wecare.factotum.api.workers.WorkerKind;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A quote request sent through the API (a partner's site or app, for a client): the same fields as the
 * public form, checked by the same rules — a refused field is named in the 400 problem.
 *
 * @param subcategoryCode the service wanted (a subcategory code of the catalog)
 * @param description what to do, 10-4000 characters
 * @param comuneCode where (ISTAT code)
 * @param address street and number
 * @param exactDate an exact date (today or later), or null for a window
 * @param earliestDate the window's first day
 * @param latestDate the window's last day (at most 90 days after the first)
 * @param timeOfDay MORNING, AFTERNOON or ANY (default)
 * @param preferredKind VOLUNTEER, FACTOTUM or ARTISAN, or null for anyone
 * @param preferredWorkerId a worker the client chose, or null
 * @param clientName the client's name
 * @param clientEmail the client's email, where the tracking link goes (required)
 * @param clientPhone the client's phone
 * @param taxCode codice fiscale or partita IVA, optional
 * @param language it (default) or en
 * @param privacyAccepted the client read the privacy notice and consents (must be true)
 */
public record NewRequest(
        String subcategoryCode,
        String description,
        String comuneCode,
        String address,
        LocalDate exactDate,
        LocalDate earliestDate,
        LocalDate latestDate,
        TimeOfDay timeOfDay,
        WorkerKind preferredKind,
        Long preferredWorkerId,
        String clientName,
        String clientEmail,
        String clientPhone,
        String taxCode,
        String language,
        boolean privacyAccepted)
        implements Serializable {}

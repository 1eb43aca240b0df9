package it.wecare.factotum.workers.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * A team as the back-office edits and lists it.
 *
 * @param id null for a new team
 * @param leadName the lead's name (read only)
 * @param memberNames the members' names (read only)
 * @param version the version read before a change (0 for a new team)
 */
public record TeamForm(
        Long id,
        @NotBlank @Size(max = 120) String name,
        @NotNull Long leadId,
        @NotEmpty List<Long> memberIds,
        String leadName,
        List<String> memberNames,
        boolean active,
        long version)
        implements Serializable {

    public TeamForm {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
        memberNames = memberNames == null ? List.of() : List.copyOf(memberNames);
    }
}

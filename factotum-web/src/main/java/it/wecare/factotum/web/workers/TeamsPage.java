package it.wecare.factotum.web.workers;

import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.training.boundary.TeamJoin;
import it.wecare.factotum.training.boundary.Traineeships;
import it.wecare.factotum.web.platform.Texts;
import it.wecare.factotum.workers.boundary.TeamForm;
import it.wecare.factotum.workers.boundary.Teams;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/** Teams of workers: a lead and members. */
@Named
@ViewScoped
public class TeamsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Teams teams;

    @Inject
    Traineeships traineeships;

    private Map<Long, List<TeamJoin>> joins;

    private List<TeamForm> rows;
    private Map<Long, String> candidates;

    private Long id;

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotNull
    private Long leadId;

    @NotEmpty
    private List<Long> memberIds = new ArrayList<>();

    private boolean active = true;
    private long version;

    @PostConstruct
    void load() {
        rows = teams.all();
        joins = traineeships.teamJoins();
    }

    /** Who joined team {@code teamId} from a traineeship, earliest first. */
    public List<TeamJoin> joinsOf(long teamId) {
        return joins.getOrDefault(teamId, List.of());
    }

    public void startAdd() {
        id = null;
        name = null;
        leadId = null;
        memberIds = new ArrayList<>();
        active = true;
        version = 0;
    }

    public void startEdit(TeamForm team) {
        id = team.id();
        name = team.name();
        leadId = team.leadId();
        memberIds = new ArrayList<>(team.memberIds());
        active = team.active();
        version = team.version();
    }

    public void save() {
        try {
            teams.save(new TeamForm(id, name, leadId, memberIds, null, null, active, version));
            Messages.create(Texts.get("teams.saved", name)).add();
            PrimeFaces.current().executeScript("PF('teamDialog').hide()");
            load();
        } catch (InvalidInput e) {
            Messages.create(Texts.get("teams.members") + ": " + Texts.reason(e))
                    .error()
                    .add();
        } catch (ConflictingChange | RecordNotFound e) {
            Messages.create(Texts.get("conflict.stale")).error().add();
        }
    }

    public Map<Long, String> getCandidates() {
        if (candidates == null) {
            candidates = new LinkedHashMap<>();
            teams.candidates()
                    .forEach(m -> candidates.put(
                            m.id(),
                            m.name() + " · "
                                    + Texts.get("workerKind." + m.kind().name())));
        }
        return candidates;
    }

    public List<TeamForm> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getLeadId() {
        return leadId;
    }

    public void setLeadId(Long leadId) {
        this.leadId = leadId;
    }

    public List<Long> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(List<Long> memberIds) {
        this.memberIds = memberIds;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}

package it.wecare.factotum.web.training;

import it.wecare.factotum.api.training.TraineeSensitiveData;
import it.wecare.factotum.api.training.TraineeshipDetail;
import it.wecare.factotum.api.training.TraineeshipState;
import it.wecare.factotum.api.training.TraineeshipSummary;
import it.wecare.factotum.api.training.TraineeshipsApi;
import it.wecare.factotum.training.boundary.SensitiveData;
import it.wecare.factotum.training.boundary.SensitiveView;
import it.wecare.factotum.training.boundary.TraineeshipView;
import it.wecare.factotum.training.boundary.Traineeships;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;

/** The traineeships' REST resource: a thin mapping of {@link Traineeships} and {@link SensitiveData}. */
@RequestScoped
public class TraineeshipsResource implements TraineeshipsApi {

    @Inject
    Traineeships traineeships;

    @Inject
    SensitiveData sensitive;

    @Override
    public List<TraineeshipSummary> list(TraineeshipState state, Long educatorId) {
        return traineeships.list(state, educatorId).stream()
                .map(r -> new TraineeshipSummary(
                        r.id(),
                        r.traineeName(),
                        r.tutorName(),
                        r.educatorName(),
                        r.state(),
                        r.startsOn(),
                        r.endsOn(),
                        r.hoursDone(),
                        r.hoursDue(),
                        r.nextCheckpoint(),
                        r.alerts().stream().map(Enum::name).collect(Collectors.toSet())))
                .toList();
    }

    @Override
    public TraineeshipDetail get(long id) {
        TraineeshipView t = traineeships.view(id, "it");
        return new TraineeshipDetail(
                t.id(),
                t.workerId(),
                t.traineeName(),
                t.tutorName(),
                t.educatorName(),
                t.promoterCode(),
                t.kind(),
                t.group(),
                t.state(),
                t.hostName(),
                t.startsOn(),
                t.endsOn(),
                t.endedOn(),
                t.weeklyHours(),
                t.monthlyAllowance(),
                t.hoursDone(),
                t.hoursDue(),
                t.hoursPlanned(),
                t.objectives().stream()
                        .map(o -> new TraineeshipDetail.Objective(
                                o.id(), o.subcategoryCode(), o.competence(), o.targetLevel(), o.reachedLevel()))
                        .toList(),
                t.nextCheckpoint(),
                t.checkpointOverdue(),
                t.checkpoints().size(),
                t.assessment() == null ? null : t.assessment().outcome(),
                t.certificateReady(),
                t.version());
    }

    @Override
    public TraineeSensitiveData sensitive(long id) {
        SensitiveView s = sensitive.read(id);
        return new TraineeSensitiveData(
                s.vulnerability(),
                s.referringService(),
                s.legalStatus(),
                s.healthNotes(),
                s.privateNotes(),
                s.updatedAt(),
                s.updatedBy());
    }
}
